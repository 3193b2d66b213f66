"""The DuckDB store: an embedded file, nothing to start.

Each coded article is written in one transaction together with its events, so a run that is killed leaves
whole articles or nothing, and a rerun skips what is already stored (resume without duplicates).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.model import CodedArticle
from eventscribe.store.result import QueryResult
from eventscribe.store.schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    SCHEMA_SQL,
    SCHEMA_VERSION,
    VIEW_SQL,
    article_row,
    content_hash,
    event_row,
    row_to_record,
)

__all__ = ["DuckDBStore"]

#: Rows per INSERT statement.
INSERT_CHUNK = 256


class DuckDBStore:
    """Articles and events in a DuckDB file (``":memory:"`` for a throw-away store)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        #: Stored articles replaced because their text changed (counted over this store's life).
        self.replaced = 0
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self._con.execute(SCHEMA_SQL)
                self._con.execute(VIEW_SQL)
            version = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the DuckDB store ({exc}); is it an eventscribe store? "
                "Code into it with `eventscribe code … --db FILE` first"
            ) from exc
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version[0] if version else 'none'}, this eventscribe "
                f"reads version {SCHEMA_VERSION}; code into a new file"
            )

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, article_id: str, text: str) -> bool:
        """True when this article, with this exact text, is already stored."""
        row = self._con.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None and row[0] == content_hash(text)

    def add(self, coded: CodedArticle) -> bool:
        """Store an article and its events; False (and nothing written) when it is already stored."""
        return self.add_many([coded]) == 1

    def add_many(self, batch: Iterable[CodedArticle]) -> int:
        """Store several coded articles in one transaction; returns how many were new."""
        import duckdb

        articles: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        for coded in batch:
            if coded.error is not None or self.known(coded.article.id, coded.article.text):
                continue
            articles.append(article_row(coded.article, len(coded.events)))
            events.extend(event_row(e) for e in coded.events)
        if not articles:
            return 0
        ids = [row[0] for row in articles]
        try:
            self._con.execute("BEGIN TRANSACTION")
            # A changed text for a known id replaces the old coding (versions come with the store issue).
            replaced = self._con.execute("SELECT count(*) FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            self.replaced += int(replaced.fetchone()[0])  # type: ignore[index]
            self._con.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?))", [ids])
            self._con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            self._insert("articles", ARTICLE_COLUMNS, articles)
            if events:
                self._insert("events", EVENT_COLUMNS, events)
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                self._con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction is gone already; report the error that ended it
            raise StoreError(f"{self.path}: cannot write {len(articles)} articles: {exc}") from exc
        return len(articles)

    def _insert(
        self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]], *, conflict: str = ""
    ) -> None:
        """Insert rows with one multi-row statement per chunk (``executemany`` is far slower in DuckDB)."""
        row_marks = "(" + ", ".join("?" for _ in columns) + ")"
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start : start + INSERT_CHUNK]
            values = ", ".join(row_marks for _ in chunk)
            params = [value for row in chunk for value in row]
            self._con.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values} {conflict}", params)

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int:
        """Store event rows that come without a coded article (imports of GDELT or ICEWS files).

        Each row maps :data:`EVENT_COLUMNS` to values (missing columns are NULL). Rows whose ``event_id``
        is already stored are skipped, so an import can be rerun; returns how many were new.
        """
        import duckdb

        batch = [tuple(row.get(column) for column in EVENT_COLUMNS) for row in rows]
        if not batch:
            return 0
        before = self.count("events")
        try:
            self._con.execute("BEGIN TRANSACTION")
            self._insert("events", EVENT_COLUMNS, batch, conflict="ON CONFLICT (event_id) DO NOTHING")
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                self._con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"{self.path}: cannot write {len(batch)} imported events: {exc}") from exc
        return self.count("events") - before

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult:
        """Run one read query with ``?`` placeholders; the SQL must be portable (DuckDB and PostgreSQL)."""
        import duckdb

        try:
            cursor = self._con.execute(sql, list(params))
            columns = [d[0] for d in cursor.description or ()]
            return QueryResult(columns, cursor.fetchall())
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed: {exc}") from exc

    def count(self, table: str) -> int:
        if table not in ("articles", "events"):
            raise ValueError(f"unknown table {table!r}")
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Stored events as output records, in article and sentence order."""
        sql = "SELECT * FROM events"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        sql += " ORDER BY article_id, sentence_index, event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        cursor = self._con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            yield row_to_record(dict(zip(names, row, strict=True)))
