"""What the DuckDB and PostgreSQL stores share: the same tables, written and read with portable SQL.

Every write (a batch of coded articles, a batch of imported event rows) is one transaction: the articles,
their events, the superseded versions they replace and the refreshed groups of the mentions they touch are
committed together or not at all. A run killed at any point leaves whole batches, and a rerun skips what
is stored (resume without duplicates or gaps).

Subclasses give the connection: ``_execute`` (``?`` placeholders), ``_transaction`` and ``_db_errors``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from eventscribe.dedup import DEFAULT_WINDOW_DAYS, EventGroup, Report, group_events, group_key
from eventscribe.errors import StoreError
from eventscribe.model import CodedArticle
from eventscribe.store.migrate import apply, pending
from eventscribe.store.result import QueryResult
from eventscribe.store.schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    GROUP_COLUMNS,
    MENTION_COLUMNS,
    article_row,
    content_hash,
    event_row,
    group_row,
    mention_record,
    row_to_record,
)
from eventscribe.store.versions import plan_writes, unique_runs

__all__ = ["COUNTABLE", "SQLStore"]

#: Rows per INSERT statement.
INSERT_CHUNK = 5000
#: Values per ``IN (…)`` list.
IN_CHUNK = 500
#: The schema version that brought event groups: upgrading to it groups the events already stored.
GROUPS_VERSION = 2
#: Tables that :meth:`SQLStore.count` counts.
COUNTABLE = ("articles", "events", "event_groups", "group_reports", "superseded_articles", "superseded_events")

_VERSIONED_ARTICLE = (*ARTICLE_COLUMNS, "version")
_VERSIONED_EVENT = (*EVENT_COLUMNS, "article_version")


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SQLStore:
    """Articles (with their versions), events and event groups in an SQL database."""

    dialect = ""
    #: Where the store is, as shown in messages (a path, or a URL without its password).
    location = ""

    def __init__(self) -> None:
        #: Stored articles given a new version because their text changed (over this store object's life).
        self.replaced = 0
        self._types: dict[str, dict[str, str]] = {}  # table -> column -> SQL type, for inserts

    # -- what a dialect provides -------------------------------------------------------------------------

    _db_errors: tuple[type[BaseException], ...] = ()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------------------

    def _stored_version(self) -> int | None:
        """The schema version in ``meta``; None for an empty database; refuses a database of other tables."""
        tables = {
            row[0]
            for row in self._rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        }
        if "meta" not in tables:
            if tables & {"articles", "events"}:
                raise StoreError(
                    f"{self.location}: has tables but no eventscribe schema version; not an eventscribe store"
                )
            return None
        value = self._rows("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(value[0][0]) if value else None

    def _needs_migration(self) -> bool:
        return bool(pending(self._stored_version(), self.dialect, self.location))

    def _migrate(self) -> None:
        """Bring the store to this eventscribe's schema version (each step in its own transaction)."""
        for step in pending(self._stored_version(), self.dialect, self.location):
            try:
                with self._transaction():
                    if step in pending(self._stored_version(), self.dialect, self.location):  # not done by another
                        apply(step, self._execute)
                        self._types.clear()
                        if step.version == GROUPS_VERSION:
                            self._regroup_all()
            except self._db_errors as exc:
                raise StoreError(f"{self.location}: cannot upgrade the store to version {step.version}: {exc}") from exc

    # -- reading -----------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._execute(sql, params).fetchall()]

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def known(self, article_id: str, text: str) -> bool:
        """True when this article, with this exact text, is the stored current version."""
        row = self._rows("SELECT content_hash FROM articles WHERE id = ?", [article_id])
        return bool(row) and row[0][0] == content_hash(text)

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult:
        """Run one read query with ``?`` placeholders; the SQL must be portable (DuckDB and PostgreSQL)."""
        try:
            cursor = self._execute(sql, list(params))
            columns = [d[0] for d in cursor.description or ()]
            return QueryResult(columns, [tuple(row) for row in cursor.fetchall()])
        except self._db_errors as exc:
            raise StoreError(f"{self.location}: query failed: {exc}") from exc

    def count(self, table: str) -> int:
        if table not in COUNTABLE:
            raise ValueError(f"unknown table {table!r}; one of {', '.join(COUNTABLE)}")
        return int(self._rows(f"SELECT count(*) FROM {table}")[0][0])

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Stored events of the current versions as output records, in article and sentence order."""
        sql, params = "SELECT * FROM events", list[Any]()
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        sql += " ORDER BY article_id, sentence_index, event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self._dicts(sql, params):
            row.pop("article_version", None)
            yield row_to_record(row)

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        """Every stored version of an article, oldest first: ``version``, ``content_hash``, ``superseded`` …"""
        return self._dicts(
            "SELECT id, version, content_hash, n_events, coded_at, superseded, superseded_at FROM article_versions "
            "WHERE id = ? ORDER BY version",
            [article_id],
        )

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
        where, params = list[str](), list[Any]()
        for column, prefix in (("source_code", source), ("target_code", target), ("cameo_code", code)):
            if prefix:
                where.append(f"{column} LIKE ?")
                params.append(prefix + "%")
        if start is not None:
            where.append("date_end >= ?")
            params.append(start)
        if end is not None:
            where.append("date_start <= ?")
            params.append(end)
        sql = f"SELECT {', '.join(GROUP_COLUMNS)} FROM event_groups"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date_start NULLS LAST, group_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
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

    def add(self, coded: CodedArticle) -> bool:
        """Store one article and its events; False (nothing written) when it is already stored."""
        return self.add_many([coded]) == 1

    def add_many(self, batch: Iterable[CodedArticle]) -> int:
        """Store coded articles in one transaction; returns how many were written (new, or new versions)."""
        runs = unique_runs(batch)
        if not runs:
            return 0
        try:
            with self._transaction():
                return sum(self._store_run(run) for run in runs)
        except self._db_errors as exc:
            n = sum(len(run) for run in runs)
            raise StoreError(f"{self.location}: cannot write {n} articles: {exc}") from exc

    def _store_run(self, run: list[CodedArticle]) -> int:
        ids = [coded.article.id for coded in run]
        stored = {
            row[0]: (row[1], int(row[2]))
            for row in self._rows(f"SELECT id, content_hash, version FROM articles WHERE id IN ({marks(ids)})", ids)
        }
        writes = plan_writes(run, stored)
        if not writes:
            return 0
        touches = self._supersede([w.coded.article.id for w in writes if w.supersedes is not None])
        articles = [(*article_row(w.coded.article, len(w.coded.events)), w.version) for w in writes]
        events = [(*event_row(e), w.version) for w in writes for e in w.coded.events]
        self._insert("articles", _VERSIONED_ARTICLE, articles)
        self._insert("events", _VERSIONED_EVENT, events)
        touches |= {_touch(e.to_dict()) for w in writes for e in w.coded.events}
        self._regroup(touches)
        return len(writes)

    def _supersede(self, ids: list[str]) -> set[tuple[str, dt.date | None]]:
        """Move the current versions of ``ids`` and their events to the superseded tables; returns the
        points (grouping key, date) of the events moved: their groups must be refreshed."""
        if not ids:
            return set()
        now, where = _now(), f"IN ({marks(ids)})"
        a_cols, e_cols = ", ".join(_VERSIONED_ARTICLE), ", ".join(_VERSIONED_EVENT)
        self._execute(
            f"INSERT INTO superseded_articles ({a_cols}, superseded_at) "
            f"SELECT {a_cols}, CAST(? AS TIMESTAMP) FROM articles WHERE id {where}",
            [now, *ids],
        )
        self._execute(
            f"INSERT INTO superseded_events ({e_cols}, superseded_at) "
            f"SELECT {e_cols}, CAST(? AS TIMESTAMP) FROM events WHERE article_id {where}",
            [now, *ids],
        )
        moved = self._dicts(f"SELECT {', '.join(MENTION_COLUMNS)} FROM events WHERE article_id {where}", ids)
        self._execute(f"DELETE FROM events WHERE article_id {where}", ids)
        self._execute(f"DELETE FROM articles WHERE id {where}", ids)
        self.replaced += len(ids)
        return {_touch(mention_record(row)) for row in moved}

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int:
        """Store event rows that come without a coded article (imports of GDELT or ICEWS files).

        Each row maps :data:`EVENT_COLUMNS` to values (missing columns are NULL). Rows whose ``event_id``
        is already stored are skipped, so an import can be rerun; returns how many were new.
        """
        batch = [tuple(row.get(column) for column in EVENT_COLUMNS) for row in rows]
        if not batch:
            return 0
        try:
            with self._transaction():
                before = self.count("events")
                self._insert("events", EVENT_COLUMNS, batch, conflict="ON CONFLICT (event_id) DO NOTHING")
                self._regroup({_touch(mention_record(dict(zip(EVENT_COLUMNS, row, strict=True)))) for row in batch})
                return self.count("events") - before
        except self._db_errors as exc:
            raise StoreError(f"{self.location}: cannot write {len(batch)} imported events: {exc}") from exc

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: list[tuple[Any, ...]],
        *,
        conflict: str = "",
        types: Sequence[str] | None = None,
    ) -> None:
        """Insert rows as one typed list per column, unnested in SQL: in DuckDB many times faster than
        rows of ``VALUES`` (and ``executemany`` is slower still); the same SQL serves PostgreSQL."""
        types = types or self._column_types(table, columns)
        select = ", ".join(f"unnest(CAST(? AS {kind}[]))" for kind in types)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} {conflict}"
        for chunk in chunks(rows, INSERT_CHUNK):
            self._execute(sql, [list(column) for column in zip(*chunk, strict=True)])

    def _column_types(self, table: str, columns: Sequence[str]) -> list[str]:
        """The SQL types of ``columns`` of ``table``, as this database names them (cached)."""
        cache = self._types
        if table not in cache:
            cache[table] = dict(
                self._rows(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_name = ? AND table_schema = current_schema()",
                    [table],
                )
            )
        return [cache[table][column] for column in columns]

    # -- groups ------------------------------------------------------------------------------------------

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


def _touch(mention: dict[str, Any]) -> tuple[str, dt.date | None]:
    """The point (grouping key, date) of a mention, for :meth:`SQLStore._regroup`."""
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
