"""The deterministic date rules: the forms news text uses most ("on Thursday", "last month", "May 2014",
"three days ago"), and the guards that reject what names no point in time (durations, ages, times of
day). What no rule recognises goes to :mod:`~eventscribe.when.fallback`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache, partial
from typing import Any, Literal

__all__ = ["DATE_WORD", "MONTHS", "Precision", "normalise", "resolve_normalised"]

Precision = Literal["day", "month", "year"]


# --- vocabulary -----------------------------------------------------------------------------------

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

#: Month names and abbreviations, in lower case, to the month's number ("sept" too).
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip

_PARTS_OF_DAY = r"(?:morning|afternoon|evening|night|midday|noon|overnight|dawn|dusk)"
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER_RE = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True)) + r"|\d+"
_UNIT_RE = r"(?:day|week|month|year|decade)s?"

# Leading words that carry no date information ("on Thursday", "since 2012", "as of May").
_LEADING = re.compile(
    r"^(?:on|in|at|during|since|by|from|until|till|as of|as early as|as recently as|as late as|"
    r"around|about|sometime in|some time in|the|of)\s+"
)
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)\b")

# Expressions that are not points in time: durations, ages, times of day alone.
_DURATION = re.compile(
    rf"^(?:for|over|within|after|before|about|nearly|almost|more than|less than|up to|some|"
    rf"the past|the last|the next|the previous|past|last|next)?\s*(?:{_NUMBER_RE})?\s*"
    rf"(?:[\w-]+\s+)?(?:{_UNIT_RE}|hours?|minutes?|seconds?)(?:\s+(?:long|old|later|after|before|earlier|of \w+))?$"
)
_AGE = re.compile(r"\b(?:\d+|\w+)[- ]years?[- ]old\b|\baged?\b|\bages\b")
_TIME_ONLY = re.compile(
    rf"^(?:\d{{1,2}}(?::\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|local time|o'clock)?|"
    rf"(?:this |that |the |in the |late |early )?{_PARTS_OF_DAY}|midnight|noon)$"
)
DATE_WORD = re.compile(
    rf"\b(?:{_WEEKDAY_RE}|{_MONTH_RE}|today|yesterday|tomorrow|tonight|ago|"
    rf"day|week|weekend|month|year|\d{{4}})\b|\d"
)


# --- the parser -----------------------------------------------------------------------------------


def normalise(expression: str) -> str:
    text = expression.strip().lower().replace("\u2019", "'")
    text = re.sub(r"[\s\u00a0]+", " ", text)
    text = text.strip(" ,.;:()\"'")
    text = _ORDINAL.sub(r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
    return text


@lru_cache(maxsize=8192)
def resolve_normalised(
    text: str, article_date: dt.date | None, ahead: bool = False
) -> tuple[dt.date, Precision] | None:
    """The date and precision of a normalised expression; None when it names no calendar date,
    including one outside the calendar ("3000 years ago"). A weekday, month or day of a month named with
    no year ("Thursday", "in May", "May 12") is the latest one on or before the article date, or with
    ``ahead`` (it dates an act still to come: "will visit Japan in mid-May") the next one on or after it."""
    try:
        return _resolve(text, article_date, ahead)
    except (ValueError, OverflowError):
        return None


def _resolve(text: str, article_date: dt.date | None, ahead: bool) -> tuple[dt.date, Precision] | None:
    if not text:
        return None
    for rule in _AHEAD_RULES if ahead else _RULES:
        outcome = rule(text, article_date)
        if outcome is _NO:
            return None
        if outcome is not None:
            return outcome
    if _is_not_a_point(text):
        return None
    from eventscribe.when.fallback import dateparser_fallback

    return dateparser_fallback(text, article_date)


def _is_not_a_point(text: str) -> bool:
    if _AGE.search(text) or _TIME_ONLY.match(text):
        return True
    return bool(_DURATION.match(text))


_NO = object()  # a rule recognised the form and knows it cannot be resolved


def _days_before(article_date: dt.date, days: int) -> dt.date:
    return article_date - dt.timedelta(days=days)


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _rule_deictic(text: str, article_date: dt.date | None) -> Any:
    """today, yesterday, tonight, last night, the previous day …"""
    text = re.sub(rf"\s+{_PARTS_OF_DAY}$", "", text) if text.startswith(("yesterday", "today")) else text
    offsets = {
        "today": 0, "tonight": 0, "last night": 0, "this morning": 0, "this afternoon": 0,
        "this evening": 0, "earlier today": 0, "later today": 0, "overnight": 0, "now": 0,
        "same day": 0, "yesterday": 1, "previous day": 1, "day before": 1, "preceding day": 1,
        "previous night": 1, "night before": 1, "day before yesterday": 2, "tomorrow": -1,
    }  # fmt: skip
    if text not in offsets:
        return None
    if article_date is None:
        return _NO
    return _days_before(article_date, offsets[text]), "day"


def _rule_weekday(text: str, article_date: dt.date | None, ahead: bool = False) -> Any:
    """(last|this|past|next)? Thursday (night|morning …)?; with ``ahead`` a weekday with no "last" or "past"
    is the next one on or after the article date."""
    match = re.fullmatch(
        rf"(?:(last|this|past|this past|next|early|late)\s+)?({_WEEKDAY_RE})(?:\s+{_PARTS_OF_DAY})?", text
    )
    if not match:
        return None
    if article_date is None:
        return _NO
    modifier, weekday = match.group(1), _WEEKDAYS[match.group(2)]
    back = (article_date.weekday() - weekday) % 7
    if modifier == "next":
        return article_date + dt.timedelta(days=(weekday - article_date.weekday()) % 7 or 7), "day"
    if ahead and modifier not in ("last", "past", "this past"):
        return article_date + dt.timedelta(days=(weekday - article_date.weekday()) % 7), "day"
    if modifier in ("last", "past", "this past") and back == 0:
        back = 7
    return _days_before(article_date, back), "day"


def _rule_week(text: str, article_date: dt.date | None) -> Any:
    """this week, last week, last weekend (approximated to a day)."""
    offsets = {"this week": 0, "earlier this week": 0, "later this week": 0, "last week": 7, "past week": 0,
               "previous week": 7, "week before": 7, "last weekend": None, "this weekend": None,
               "weekend": None, "past weekend": None, "this past weekend": None}  # fmt: skip
    if text not in offsets:
        return None
    if article_date is None:
        return _NO
    days = offsets[text]
    if days is None:  # the most recent Saturday strictly before the article date
        days = (article_date.weekday() - calendar.SATURDAY) % 7 or 7
    if text == "earlier this week":
        days = max(article_date.weekday(), 1)
    return _days_before(article_date, days), "day"


def _rule_month_year_relative(text: str, article_date: dt.date | None) -> Any:
    """last month, earlier this month, this year, last year, next month …"""
    match = re.fullmatch(r"(earlier |later |early |late |)(this|last|past|previous|next)\s+(month|year)", text)
    if not match:
        return None
    if article_date is None:
        return _NO
    which, unit = match.group(2), match.group(3)
    step = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1}[which]
    if which == "past" and match.group(1).strip() == "":
        step = -1
    if unit == "month":
        return _shift_months(article_date, step), "month"
    return dt.date(article_date.year + step, 1, 1), "year"


def _rule_ago(text: str, article_date: dt.date | None) -> Any:
    """three years ago, a week ago ("two days earlier" is relative to the story, not the article)."""
    match = re.fullmatch(rf"(?:about |nearly |almost |some |more than )?({_NUMBER_RE})\s+({_UNIT_RE})\s+ago", text)
    if not match:
        return None
    if article_date is None:
        return _NO
    amount = _NUMBERS.get(match.group(1)) or int(match.group(1))
    unit = match.group(2).rstrip("s")
    if unit == "day":
        return _days_before(article_date, amount), "day"
    if unit == "week":
        return _days_before(article_date, 7 * amount), "day"
    if unit == "month":
        return _shift_months(article_date, -amount), "month"
    years = amount * (10 if unit == "decade" else 1)
    return dt.date(article_date.year - years, 1, 1), "year"


def _rule_year(text: str, article_date: dt.date | None) -> Any:
    """2012, the summer of 2012, early 2012, fiscal 2012."""
    match = re.fullmatch(
        r"(?:(?:early|late|mid|mid-|the end of|the start of|the beginning of|the summer of|the spring of|"
        r"the autumn of|the fall of|the winter of|(?:summer|spring|autumn|fall|winter)(?: of)?|end of|start of|"
        r"beginning of|fiscal|the year|year|(?:the )?(?:first|second|last) (?:half|quarter) of)\s*)?"
        r"((?:1[89]|20)\d\d)",
        text,
    )
    if not match:
        return None
    return dt.date(int(match.group(1)), 1, 1), "year"


def _rule_month(text: str, article_date: dt.date | None, ahead: bool = False) -> Any:
    """May, May 2014, May of 2014, early June, the end of May; with ``ahead`` a month with no year and no
    "last" is the next one from the article's month on."""
    match = re.fullmatch(
        rf"(?:(?:early|late|mid|mid-|the end of|the start of|the beginning of|the middle of|end of|"
        rf"start of|beginning of|the month of|last|this|earlier in|later in|"
        rf"(?:the )?(?:first|second|third|fourth|last) (?:week|half) of)\s*)?"
        rf"({_MONTH_RE})\.?(?:,?\s+(?:of\s+)?((?:1[89]|20)\d\d))?",
        text,
    )
    if not match:
        return None
    month = MONTHS[match.group(1)]
    if match.group(2):
        return dt.date(int(match.group(2)), month, 1), "month"
    if article_date is None:
        return _NO
    if ahead and not text.startswith("last"):
        year = article_date.year if month >= article_date.month else article_date.year + 1
    else:
        year = article_date.year if month <= article_date.month else article_date.year - 1
    return dt.date(year, month, 1), "month"


def _rule_day_month(text: str, article_date: dt.date | None, ahead: bool = False) -> Any:
    """June 12, June 12, 2014, 12 June 2014, Thursday, June 12; with ``ahead`` a day with no year is the
    next one on or after the article date."""
    text = re.sub(rf"^(?:{_WEEKDAY_RE}),?\s+", "", text)
    match = re.fullmatch(rf"({_MONTH_RE})\.?\s+(\d{{1,2}})(?:,?\s+((?:1[89]|20)\d\d))?", text)
    if match:
        month, day, year = match.group(1), match.group(2), match.group(3)
    else:
        match = re.fullmatch(rf"(\d{{1,2}})\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+((?:1[89]|20)\d\d))?", text)
        if not match:
            return None
        day, month, year = match.group(1), match.group(2), match.group(3)
    month_number, day_number = MONTHS[month], int(day)
    if year:
        return _safe_date(int(year), month_number, day_number)
    if article_date is None:
        return _NO
    candidates = [_safe_date(article_date.year + k, month_number, day_number) for k in (-1, 0, 1)]
    if ahead:
        coming = [c for c in candidates if c is not _NO and c[0] >= article_date]
        return min(coming, key=lambda c: c[0]) if coming else _NO
    # The latest such date on or before the article date, unless it lies in the coming month.
    horizon = article_date + dt.timedelta(days=31)
    valid = [c for c in candidates if c is not _NO and c[0] <= horizon]
    if not valid:
        return _NO
    return max(valid, key=lambda c: c[0])


def _rule_iso(text: str, article_date: dt.date | None) -> Any:
    match = re.fullmatch(r"((?:1[89]|20)\d\d)-(\d\d)-(\d\d)", text)
    if not match:
        return None
    return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _rule_narrative(text: str, article_date: dt.date | None) -> Any:
    """Forms relative to the story, not the article date: we cannot place them."""
    if re.fullmatch(
        r"(?:next|following|same|that|previous|last) (?:day|night|morning|week|month|year)s?"
        r"|(?:the )?day after|(?:the )?week after|(?:the )?following \w+|then|recently|"
        r"(?:the )?(?:past|last|next|coming) (?:few |several )?(?:days|weeks|months|years)|"
        r"(?:the )?(?:\d+|\w+)s|(?:the )?(?:\w+ )?(?:century|decades)|once|later|earlier|"
        r"annually|daily|weekly|monthly|yearly|every \w+|each \w+",
        text,
    ):
        if text in ("last week", "last month", "last year", "previous week", "past week"):
            return None
        return _NO
    return None


def _safe_date(year: int, month: int, day: int) -> Any:
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return _NO


_RULES = (
    _rule_deictic,
    _rule_weekday,
    _rule_week,
    _rule_month_year_relative,
    _rule_ago,
    _rule_iso,
    _rule_year,
    _rule_day_month,
    _rule_month,
    _rule_narrative,
)
#: The same rules for an expression that dates an act still to come (see :func:`resolve_normalised`).
_AHEAD_RULES = tuple(
    partial(rule, ahead=True) if rule in (_rule_weekday, _rule_day_month, _rule_month) else rule for rule in _RULES
)
