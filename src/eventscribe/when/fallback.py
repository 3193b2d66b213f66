"""The dateparser fallback, for the date forms the rules do not know; imported only when needed and
guarded against false hits (anything more than a day after the article date, text with no date word).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from eventscribe.when.rules import DATE_WORD, Precision

__all__ = ["FUTURE_TOLERANCE", "dateparser_fallback", "warm"]

#: How far after the article date a dateparser result may fall before it is treated as a false hit.
FUTURE_TOLERANCE = dt.timedelta(days=1)


# --- dateparser fallback --------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _parser_for(article_date: dt.date) -> Any:
    """One dateparser parser per article date (building one costs more than parsing)."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None
    base = dt.datetime.combine(article_date, dt.time(12))
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_fallback(text: str, article_date: dt.date | None) -> tuple[dt.date, Precision] | None:
    """Hand what the rules did not recognise to dateparser, and keep only plausible answers."""
    if not DATE_WORD.search(text):
        return None
    if article_date is None:  # a base of "today" would make the output depend on the day it runs
        return None
    parser = _parser_for(article_date)
    if parser is None:  # pragma: no cover - dateparser is a declared dependency
        return None
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is the right answer
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if article_date is not None and day > article_date + FUTURE_TOLERANCE:
        return None
    period = data.period or "day"
    if period == "year":
        return dt.date(day.year, 1, 1), "year"
    if period == "month":
        return dt.date(day.year, day.month, 1), "month"
    return day, "day"


def warm() -> None:
    """Import dateparser and build its language data now, so that worker processes forked later share
    them instead of each building them on its first unusual date."""
    dateparser_fallback("the 3rd of March 2000", dt.date(2000, 5, 1))
