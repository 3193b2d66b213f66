"""What the DuckDB and PostgreSQL stores share: the same tables, written and read with portable SQL.

Every write (a batch of coded articles, a batch of imported event rows) is one transaction: the articles,
their events, the superseded versions they replace and the refreshed groups of the mentions they touch are
committed together or not at all. A run killed at any point leaves whole batches, and a rerun skips what
is stored (resume without duplicates or gaps).

Subclasses give the connection: ``_execute`` (``?`` placeholders), ``_transaction`` and ``_db_errors``
(see :mod:`eventscribe.store.sql_base`); the groups are kept by :mod:`eventscribe.store.sql_groups`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.model import CodedArticle
from eventscribe.store.migrate import apply, pending
from eventscribe.store.schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    article_row,
    content_hash,
    event_row,
    mention_record,
    row_to_record,
)
from eventscribe.store.sql_base import COUNTABLE, IN_CHUNK, INSERT_CHUNK, chunks, marks
from eventscribe.store.sql_groups import SQLGroups, mention_point
from eventscribe.store.versions import plan_writes, unique_runs

__all__ = ["COUNTABLE", "IN_CHUNK", "INSERT_CHUNK", "SQLStore", "chunks", "marks"]

#: The schema version that brought event groups: upgrading to it groups the events already stored.
GROUPS_VERSION = 2
_VERSIONED_ARTICLE = (*ARTICLE_COLUMNS, "version")
_VERSIONED_EVENT = (*EVENT_COLUMNS, "article_version")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SQLStore(SQLGroups):
    """Articles (with their versions), events and event groups in an SQL database."""

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

    def known(self, article_id: str, text: str) -> bool:
        """True when this article, with this exact text, is the stored current version."""
        row = self._rows("SELECT content_hash FROM articles WHERE id = ?", [article_id])
        return bool(row) and row[0][0] == content_hash(text)

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
        touches |= {mention_point(e.to_dict()) for w in writes for e in w.coded.events}
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
        return {mention_point(mention_record(row)) for row in moved}

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
                self._regroup(
                    {mention_point(mention_record(dict(zip(EVENT_COLUMNS, row, strict=True)))) for row in batch}
                )
                return self.count("events") - before
        except self._db_errors as exc:
            raise StoreError(f"{self.location}: cannot write {len(batch)} imported events: {exc}") from exc
