"""The event store: DuckDB by default (an embedded file)."""

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from eventscribe.model import CodedArticle
from eventscribe.store.duckdb_store import DuckDBStore
from eventscribe.store.result import QueryResult

__all__ = ["DuckDBStore", "QueryResult", "Store", "open_store"]


class Store(Protocol):
    """What the pipeline needs of a store."""

    replaced: int

    def known(self, article_id: str, text: str) -> bool: ...

    def add_many(self, batch: Iterable[CodedArticle]) -> int: ...

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int: ...

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult: ...

    def count(self, table: str) -> int: ...

    def close(self) -> None: ...


def open_store(location: str, *, read_only: bool = False) -> DuckDBStore:
    """Open the store at ``location``: a DuckDB file path (or ``":memory:"``)."""
    return DuckDBStore(location, read_only=read_only)
