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

from eventscribe.actors.codes import is_national
from eventscribe.model import Sentence
from eventscribe.places import Gazetteer

__all__ = ["filed_country"]

#: Where a dateline's place ends: the agency in brackets, or the dash before the story.
ENDS = frozenset({"(", "-", "--", "\u2013", "\u2014"})


#: News hubs where the agencies' world desks and the international bodies sit (AP and the UN in New
#: York, AFP in Paris, Reuters in London, the EU and NATO in Brussels, UN agencies in Geneva and Vienna,
#: the Asia desks in Hong Kong): stories filed there are as often about other countries as about the
#: hub's own, so their dateline names no country of the story.
HUBS = frozenset(
    {"new york", "washington", "london", "paris", "geneva", "brussels", "united nations", "vienna", "hong kong"}
)


def filed_country(sentence: Sentence, dateline: Collection[int], gazetteer: Gazetteer | None = None) -> str:
    """The country of the place a dateline names ("BAGHDAD, Iraq": IRQ; "KATMANDU": NPL), read from its
    last comma-separated part; "" when the gazetteer does not know that part ("ATHENS, Ga.": an
    unknown state is no reason to read "ATHENS" as Greece) or when the place is a news hub (:data:`HUBS`)
    in its own country ("NEW YORK (Reuters)", "LONDON, England")."""
    parts: list[list[str]] = [[]]
    for token in sentence.tokens:
        if token.i not in dateline or token.text in ENDS:
            break
        if token.text == ",":
            parts.append([])
        elif token.pos != "SPACE":
            parts[-1].append(token.text)
    names = [" ".join(words) for words in parts if words]
    if not names:
        return ""
    places = gazetteer or Gazetteer.load()
    country = _country(places, names[-1])
    if names[0].lower() in HUBS and (len(names) == 1 or country == _country(places, names[0])):
        return ""
    return country


def _country(places: Gazetteer, name: str) -> str:
    """The national country code of a place name, "" when unknown or not national."""
    place = places.lookup(name)
    country = place.country if place is not None else ""
    return country if is_national(country) else ""
