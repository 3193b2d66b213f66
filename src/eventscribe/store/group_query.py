"""The ``groups(...)`` query of every store, written once: its keyword filters become a :class:`GroupFilter`
that each store answers in ``find_groups`` (SQL in :mod:`eventscribe.store.sql_groups`, Python in
:mod:`eventscribe.store.memory`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from eventscribe.dedup import EventGroup

__all__ = ["GroupFilter", "GroupQueries"]


@dataclass(frozen=True)
class GroupFilter:
    """Which groups to return: code prefixes, a date window the group must overlap, and how many."""

    source: str | None = None
    target: str | None = None
    code: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    limit: int | None = None


class GroupQueries(Protocol):
    """What a store needs to answer :meth:`groups`: :meth:`find_groups`."""

    def groups(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int | None = None,
    ) -> list[EventGroup]:
        """Grouped events (one per event, with its reports), by date; filters match code prefixes and
        groups that overlap ``start``..``end``."""
        return self.find_groups(GroupFilter(source, target, code, start, end, limit))

    def find_groups(self, wanted: GroupFilter) -> list[EventGroup]: ...
