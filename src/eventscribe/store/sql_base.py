"""The connection side of the SQL stores: what a dialect gives (``_execute`` with ``?`` placeholders,
``_transaction``, ``_db_errors``) and the plain reads and typed bulk inserts built on it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.store.result import QueryResult

__all__ = ["COUNTABLE", "IN_CHUNK", "INSERT_CHUNK", "SQLBase", "chunks", "marks"]

#: Rows per INSERT statement.
INSERT_CHUNK = 5000
#: Values per ``IN (…)`` list.
IN_CHUNK = 500
#: Tables that :meth:`SQLBase.count` counts.
COUNTABLE = ("articles", "events", "event_groups", "group_reports", "superseded_articles", "superseded_events")


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class SQLBase:
    """An SQL connection with the store's reads and inserts; :class:`~eventscribe.store.sql.SQLStore` adds
    the tables' meaning."""

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

    # -- reading -----------------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._execute(sql, params).fetchall()]

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

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
