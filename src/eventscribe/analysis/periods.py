"""Calendar periods (day, week, month) as plain dates: each period is named by its first day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

__all__ = ["FREQUENCIES", "next_period", "period_range", "period_start", "periods_between"]

FREQUENCIES = ("day", "week", "month")


def period_start(day: dt.date, freq: str) -> dt.date:
    """The first day of the period that holds ``day`` (weeks start on Monday)."""
    if freq == "day":
        return day
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")


def next_period(start: dt.date, freq: str) -> dt.date:
    """The first day of the period after the one starting on ``start``."""
    if freq == "day":
        return start + dt.timedelta(days=1)
    if freq == "week":
        return start + dt.timedelta(days=7)
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    return dt.date(year, month, 1)


def period_range(first: dt.date, last: dt.date, freq: str) -> Iterator[dt.date]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    current, stop = period_start(first, freq), period_start(last, freq)
    while current <= stop:
        yield current
        if current == stop:
            return
        current = next_period(current, freq)


def periods_between(first: dt.date, last: dt.date, freq: str) -> int:
    """How many periods :func:`period_range` would yield (without yielding them)."""
    a, b = period_start(first, freq), period_start(last, freq)
    if freq == "month":
        return (b.year - a.year) * 12 + b.month - a.month + 1
    return (b - a).days // (7 if freq == "week" else 1) + 1
