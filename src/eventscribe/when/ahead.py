"""Dates of what is still to come: a month, a weekday or a day of a month named with no year, in a clause
that tells the future ("will visit Japan in mid-May", "talks are to resume on Thursday", "a summit to take
place in May").

News names past and coming dates the same way. Told of a past act, "in May" is the latest May on or
before the article's date (:mod:`~eventscribe.when.rules`); told of an act to come, it is the next May on
or after it: "will visit Japan in mid-May", written on 27 April 1987, is May 1987, and "a round of talks
starting in July", written in April, is this July, not last year's.
"""

from __future__ import annotations

import datetime as dt
import re

from eventscribe.model import Sentence
from eventscribe.when.rules import MONTHS, Precision

__all__ = ["resolve_ahead", "told_ahead"]

#: Auxiliaries of a verb still to come ("will", "shall", "'ll"; "to" of an infinitive).
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "to"})

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RE = re.compile(
    rf"(?:(?:early|late|mid|mid-|the end of|the start of|the beginning of|the middle of|end of|start of|"
    rf"beginning of|the month of)\s*)?({_MONTH_WORDS})\.?"
)
_DAY_MONTH_RE = re.compile(rf"(?:({_MONTH_WORDS})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+(?:of\s+)?({_MONTH_WORDS})\.?)")


def resolve_ahead(text: str, article_date: dt.date | None) -> tuple[dt.date, Precision] | None:
    """The next date on or after ``article_date`` that a normalised expression with no year names, or
    None when the expression is not such a date (it has a year, a "last", or is no month or weekday)."""
    if article_date is None:
        return None
    if text in _WEEKDAYS:
        days = (_WEEKDAYS[text] - article_date.weekday()) % 7
        return article_date + dt.timedelta(days=days), "day"
    month = _MONTH_RE.fullmatch(text)
    if month:
        number = MONTHS[month.group(1)]
        year = article_date.year if number >= article_date.month else article_date.year + 1
        return dt.date(year, number, 1), "month"
    day_month = _DAY_MONTH_RE.fullmatch(text)
    if day_month:
        name = day_month.group(1) or day_month.group(4)
        day = int(day_month.group(2) or day_month.group(3))
        for year in (article_date.year, article_date.year + 1):
            try:
                candidate = dt.date(year, MONTHS[name], day)
            except ValueError:
                return None
            if candidate >= article_date:
                return candidate, "day"
    return None


def told_ahead(sentence: Sentence, start: int) -> bool:
    """Whether the DATE entity starting at token ``start`` hangs on a verb still to come: one with "will"
    or "shall", or an infinitive ("will visit Japan in mid-May", "a summit to take place in May")."""
    tokens = sentence.tokens
    i = start
    for _ in range(len(tokens)):
        token = tokens[i]
        if token.pos in ("VERB", "AUX") and token.dep != "aux":
            return any(c.dep == "aux" and c.text.lower() in FUTURE_WORDS for c in sentence.children(i))
        if token.head == i:
            return False
        i = token.head
    return False
