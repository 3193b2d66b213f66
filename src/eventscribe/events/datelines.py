"""The country a wire story was filed from, by its dateline ("BAGHDAD, Iraq -", "MADRID (Reuters) -").

The dateline is no actor of the story, but it names where the story happens as often as not: a role
that names no country ("protesters", "security forces", "politicians") in a story filed from Kabul is
most likely Afghan. :class:`~eventscribe.events.context.ArticleContext` counts the dateline's country as
one more mention when it weighs the article's main country, where the story itself names no other
country more often: it backs the story's own country, or stands alone, and never outweighs another. In ``/work/shared/corpora`` 533 of the 1,900 AG News world summaries open with
such a dateline, and wire copy at large (Reuters, AP, AFP) nearly always does.
"""

from __future__ import annotations

from collections.abc import Collection

from eventscribe.actors.codes import is_non_national
from eventscribe.model import Sentence
from eventscribe.places import Gazetteer

__all__ = ["filed_country"]

#: Where a dateline's place ends: the agency in brackets, or the dash before the story.
ENDS = frozenset({"(", "-", "--", "\u2013", "\u2014"})


def filed_country(sentence: Sentence, dateline: Collection[int], gazetteer: Gazetteer | None = None) -> str:
    """The country of the place a dateline names ("BAGHDAD, Iraq": IRQ; "KATMANDU": NPL), the last of
    its comma-separated parts that the gazetteer knows being read first; "" when it names none."""
    parts: list[list[str]] = [[]]
    for token in sentence.tokens:
        if token.i not in dateline or token.text in ENDS:
            break
        if token.text == ",":
            parts.append([])
        elif token.pos != "SPACE":
            parts[-1].append(token.text)
    places = gazetteer or Gazetteer.load()
    for words in reversed(parts):
        place = places.lookup(" ".join(words)) if words else None
        country = place.country if place is not None else ""
        if len(country) == 3 and country.isalpha() and not is_non_national(country):
            return country
    return ""
