"""The event groups of the SQL stores: read with their reports, and kept current as mentions come and go
(only the groups near a touched point are dissolved and grouped again)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventscribe.dedup import DEFAULT_WINDOW_DAYS, EventGroup, Report, group_events, group_key
from eventscribe.errors import StoreError
from eventscribe.store.group_query import GroupFilter, GroupQueries
from eventscribe.store.schema import GROUP_COLUMNS, MENTION_COLUMNS, group_row, mention_record
from eventscribe.store.sql_base import SQLBase, chunks, marks

__all__ = ["SQLGroups", "mention_point"]


class SQLGroups(SQLBase, GroupQueries):
    """The ``event_groups`` and ``group_reports`` tables of an SQL store."""

    # -- reading -----------------------------------------------------------------------------------------

    def find_groups(self, wanted: GroupFilter) -> list[EventGroup]:
        """The groups :meth:`groups` asks for, from ``event_groups``, by date."""
        where, params = list[str](), list[Any]()
        for column, prefix in (
            ("source_code", wanted.source),
            ("target_code", wanted.target),
            ("cameo_code", wanted.code),
        ):
            if prefix:
                where.append(f"{column} LIKE ?")
                params.append(prefix + "%")
        if wanted.start is not None:
            where.append("date_end >= ?")
            params.append(wanted.start)
        if wanted.end is not None:
            where.append("date_start <= ?")
            params.append(wanted.end)
        sql = f"SELECT {', '.join(GROUP_COLUMNS)} FROM event_groups"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date_start NULLS LAST, group_id"
        if wanted.limit is not None:
            sql += " LIMIT ?"
            params.append(wanted.limit)
        rows = self._dicts(sql, params)
        reports = self._reports([row["group_id"] for row in rows])
        return [_group(row, reports.get(row["group_id"], [])) for row in rows]

    def _reports(self, group_ids: list[str]) -> dict[str, list[Report]]:
        reports: dict[str, list[Report]] = {}
        for chunk in chunks(group_ids):
            sql = (
                "SELECT r.group_id, e.event_id, e.article_id, e.sentence_index, e.sentence FROM group_reports r "
                f"JOIN events e ON e.event_id = r.event_id WHERE r.group_id IN ({marks(chunk)}) "
                "ORDER BY e.date NULLS FIRST, e.article_id, e.event_id"
            )
            for group_id, *report in self._rows(sql, chunk):
                reports.setdefault(group_id, []).append(Report(*report))
        return reports

    # -- writing -----------------------------------------------------------------------------------------

    def refresh_groups(self) -> int:
        """Recompute every group from the current events (after rows were loaded with raw SQL); returns how
        many groups there are. Writes through this store keep the groups current without it."""
        try:
            with self._transaction():
                self._regroup_all()
        except self._db_errors as exc:
            raise StoreError(f"{self.location}: cannot refresh the event groups: {exc}") from exc
        return self.count("event_groups")

    def _regroup_all(self) -> None:
        """Group every stored event afresh (when a store from before groups is upgraded, or on refresh)."""
        self._execute("DELETE FROM group_reports")
        self._execute("DELETE FROM event_groups")
        self._group_ungrouped("")

    def _regroup(self, touches: set[tuple[str, dt.date | None]]) -> None:
        """Refresh the groups near these points (grouping key, date) where mentions were added or removed.

        Only groups of the same key within the date window of a point can change (merge or split); they are
        dissolved, and every mention of those keys left without a group is grouped again. The points go
        into a temporary table, so one join finds them, whatever their number.
        """
        if not touches:
            return
        self._execute(
            "CREATE TEMP TABLE IF NOT EXISTS regroup_touch (group_key VARCHAR, source_code VARCHAR, "
            "target_code VARCHAR, cameo_code VARCHAR, place VARCHAR, lo DATE, hi DATE)"
        )
        self._execute("DELETE FROM regroup_touch")
        window = dt.timedelta(days=DEFAULT_WINDOW_DAYS)
        rows = [
            (key, *key.split("\x1f"), day - window if day else None, day + window if day else None)
            for key, day in sorted(touches, key=lambda t: (t[0], t[1] or dt.date.min))
        ]
        names = ("group_key", "source_code", "target_code", "cameo_code", "place", "lo", "hi")
        self._insert("regroup_touch", names, rows, types=["VARCHAR"] * 5 + ["DATE"] * 2)
        near = (
            "SELECT g.group_id FROM event_groups g JOIN regroup_touch t ON g.group_key = t.group_key "
            "AND ((t.lo IS NULL AND g.date_start IS NULL) OR (g.date_start <= t.hi AND g.date_end >= t.lo))"
        )
        self._execute(f"DELETE FROM group_reports WHERE group_id IN ({near})")
        self._execute(f"DELETE FROM event_groups WHERE group_id IN ({near})")
        self._group_ungrouped(
            "JOIN (SELECT DISTINCT source_code, target_code, cameo_code, place FROM regroup_touch) k "
            "ON e.cameo_code = k.cameo_code AND coalesce(e.source_code, '') = k.source_code "
            "AND coalesce(e.target_code, '') = k.target_code "
            "AND coalesce(nullif(e.location_country, ''), nullif(e.location_name, ''), '') = k.place"
        )

    def _group_ungrouped(self, join: str) -> None:
        """Group the current mentions (those matching ``join``) that belong to no group."""
        columns = ", ".join(f"e.{column}" for column in MENTION_COLUMNS)
        mentions = self._dicts(
            f"SELECT {columns} FROM events e {join} "
            "LEFT JOIN group_reports r ON r.event_id = e.event_id WHERE r.event_id IS NULL"
        )
        groups = group_events(mention_record(row) for row in mentions)
        self._insert("event_groups", GROUP_COLUMNS, [group_row(g) for g in groups])
        self._insert(
            "group_reports", ("event_id", "group_id"), [(r.event_id, g.group_id) for g in groups for r in g.reports]
        )


def mention_point(mention: dict[str, Any]) -> tuple[str, dt.date | None]:
    """The point (grouping key, date) of a mention, for :meth:`SQLGroups._regroup`."""
    day = mention.get("date")
    if day is not None and not isinstance(day, dt.date):
        try:
            day = dt.date.fromisoformat(str(day)[:10])
        except ValueError:
            day = None
    return group_key(mention), day


def _group(row: dict[str, Any], reports: list[Report]) -> EventGroup:
    return EventGroup(
        group_id=row["group_id"],
        source_code=row["source_code"],
        target_code=row["target_code"],
        cameo_code=row["cameo_code"],
        cameo_root=row["cameo_root"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        location_name=row["location_name"],
        location_country=row["location_country"],
        reports=tuple(reports),
    )
