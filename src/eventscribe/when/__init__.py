"""Date resolution: turn a DATE entity ("on Thursday", "last month", "May 2014") into a calendar date.

Relative expressions are resolved against the article's publication date. A small deterministic parser
handles the forms that news text uses most; ``dateparser`` is the fallback for the rest, imported only
when needed and guarded against its false hits (durations, ages, times of day, future dates).

    >>> import datetime as dt
    >>> resolve_date("on Monday", dt.date(2014, 6, 26))
    ResolvedDate(date=datetime.date(2014, 6, 23), precision='day', text='on Monday')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from eventscribe.model import Sentence
from eventscribe.when.rules import Precision, normalise, resolve_normalised

__all__ = ["Precision", "ResolvedDate", "pick_event_date", "resolve_date"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date. Month precision uses the 1st of the month, year precision the 1st of January."""

    date: dt.date
    precision: Precision
    text: str


# --- public API -----------------------------------------------------------------------------------


def resolve_date(expression: str, article_date: dt.date | None, *, ahead: bool = False) -> ResolvedDate | None:
    """Resolve a DATE expression against the article date.

    Weekdays resolve to the most recent such day on or before the article date; month-level
    expressions ("last month", "May 2014") to the 1st of the month. With ``ahead`` (the expression dates
    something still to come), a weekday, month or day of a month named with no year is the next one on
    or after the article date instead. Returns ``None`` when the
    expression is relative and ``article_date`` is ``None``, or when it names no point in time
    (a duration, an age, a time of day alone).
    """
    if not expression or not expression.strip():
        return None
    found = resolve_normalised(normalise(expression), article_date, ahead)
    if found is None:
        return None
    day, precision = found
    return ResolvedDate(day, precision, expression)


def pick_event_date(
    sentence: Sentence, verb_index: int, article_date: dt.date | None, *, future: bool = False
) -> ResolvedDate | None:
    """The date of the event whose trigger is token ``verb_index``.

    Among the sentence's DATE entities that resolve, prefer one in the verb's own clause, then one
    elsewhere in its syntactic subtree, then the one nearest to the verb. A date is read as still to come
    when the event is (``future``: "will visit Japan in mid-May") or when the verb it hangs on is in the
    future or an infinitive ("a summit to take place in May"). ``None`` when no DATE entity resolves
    (callers then fall back to the article date).
    """
    dates = [e for e in sentence.entities if e.label == "DATE" and not _dates_another_event(sentence, e, verb_index)]
    if not dates:
        return None
    valid = 0 <= verb_index < len(sentence.tokens)
    in_subtree = {t.i for t in sentence.subtree(verb_index)} if valid else set()
    in_clause = sentence.own_clause(verb_index) if valid else set()

    def rank(entity: Any) -> tuple[int, int]:
        span = range(entity.start, max(entity.end, entity.start + 1))
        tier = 0 if any(i in in_clause for i in span) else 1 if any(i in in_subtree for i in span) else 2
        return (tier, min(abs(i - verb_index) for i in span))

    for entity in sorted(dates, key=rank):
        resolved = resolve_date(entity.text, article_date, ahead=future or _told_ahead(sentence, entity.start))
        if resolved is not None:
            return resolved
    return None


#: Prepositions whose object names another event that the act is placed against ("the first accord
#: since their peace treaty 25 years ago", "arrested after the bombing last week").
_REFERENCE_PREPS = frozenset({"since", "after", "before", "following", "until", "till"})


def _dates_another_event(sentence: Sentence, entity: Any, verb_index: int) -> bool:
    """Whether a DATE entity dates the noun of a "since"/"after"/"before" phrase, not the act: its words
    hang on that noun ("since their historic peace treaty 25 years ago"). A date that is itself the
    phrase's object ("since Monday") dates the act, as does one on the trigger itself."""
    tokens = sentence.tokens
    inside = set(range(entity.start, entity.end))
    heads = {tokens[i].head for i in inside if tokens[i].head not in inside}
    for head in heads:
        noun = tokens[head]
        if head == verb_index or noun.pos not in ("NOUN", "PROPN") or noun.dep != "pobj":
            continue
        prep = tokens[noun.head]
        if prep.lemma.lower() in _REFERENCE_PREPS or prep.text.lower() in _REFERENCE_PREPS:
            return True
    return False


#: Auxiliaries of a verb still to come ("will", "shall", "'ll"; "to" of an infinitive).
_FUTURE_WORDS = frozenset({"will", "shall", "'ll", "to"})


def _told_ahead(sentence: Sentence, start: int) -> bool:
    """Whether the DATE entity starting at token ``start`` hangs on a verb still to come: one with "will"
    or "shall", or an infinitive ("will visit Japan in mid-May", "a summit to take place in May")."""
    i = start
    for _ in range(len(sentence.tokens)):
        token = sentence.tokens[i]
        if token.pos in ("VERB", "AUX") and token.dep != "aux":
            return any(c.dep == "aux" and c.text.lower() in _FUTURE_WORDS for c in sentence.children(i))
        if token.head == i:
            return False
        i = token.head
    return False
