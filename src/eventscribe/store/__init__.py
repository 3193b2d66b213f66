"""The event store: DuckDB by default (an embedded file), PostgreSQL for ``postgresql://`` URLs.

Both have the same tables (made and upgraded by the migrations in ``store/migrations/``) and answer the
same :class:`Store` protocol; :class:`MemoryStore` is a pure-Python twin for fast unit tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from eventscribe.model import CodedArticle
from eventscribe.store.duckdb_store import DuckDBStore
from eventscribe.store.group_query import GroupFilter, GroupQueries
from eventscribe.store.memory import MemoryStore
from eventscribe.store.postgres_store import PostgresStore, is_postgres_url
from eventscribe.store.result import QueryResult
from eventscribe.store.sql import SQLStore

__all__ = [
    "DuckDBStore", "GroupFilter", "GroupQueries", "MemoryStore", "PostgresStore", "QueryResult", "SQLStore", "Store", "is_postgres_url", "open_store",
]  # fmt: skip


class Store(GroupQueries, Protocol):
    """What the pipeline, exports and analysis need of a store (``groups`` and ``find_groups``: see
    :class:`~eventscribe.store.group_query.GroupQueries`)."""

    #: Stored articles given a new version because their text changed (over this store object's life).
    replaced: int

    def known(self, article_id: str, text: str) -> bool: ...

    def add_many(self, batch: Iterable[CodedArticle]) -> int: ...

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int: ...

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]: ...

    def versions(self, article_id: str) -> list[dict[str, Any]]: ...

    def refresh_groups(self) -> int: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult: ...

    def count(self, table: str) -> int: ...

    def close(self) -> None: ...


def open_store(location: str, *, read_only: bool = False, short_lived: bool = False, linger: float = 0.0) -> SQLStore:
    """Open the store at ``location``: a ``postgresql://`` URL, else a DuckDB file path (or ``":memory:"``).

    ``short_lived``: a DuckDB file is held only while a call runs (so other processes can use it between
    calls; ``linger`` seconds longer when no other process waits to write); PostgreSQL takes concurrent
    readers and writers anyway.
    """
    if is_postgres_url(location):
        return PostgresStore(location, read_only=read_only)
    return DuckDBStore(location, read_only=read_only, short_lived=short_lived, linger=linger)
