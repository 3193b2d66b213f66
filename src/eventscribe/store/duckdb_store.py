"""The DuckDB store: an embedded file, nothing to start.

DuckDB lets one process write a file at a time (other processes cannot open it meanwhile, not even to
read); within that process, writes are transactions. A second writer gets a clear error naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.store.sql import SQLStore

__all__ = ["DuckDBStore"]


class DuckDBStore(SQLStore):
    """Articles and events in a DuckDB file (``":memory:"`` for a throw-away store).

    A store of an older schema version is upgraded when opened, also for reading (the file is opened for
    writing just long enough to migrate it).
    """

    dialect = "duckdb"

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        super().__init__()
        self.path = self.location = str(path)
        self._db_errors = (duckdb.Error,)
        self._con = self._connect(read_only)
        try:
            if read_only:
                self._open_for_reading()
            else:
                self._migrate()
        except (StoreError, duckdb.Error) as exc:
            self._con.close()
            if isinstance(exc, StoreError):
                raise
            raise self._open_error(exc) from exc

    def _open_for_reading(self) -> None:
        """Check the file is a store; upgrade an older one (opened for writing just for that)."""
        if self._stored_version() is None:
            raise StoreError(f"{self.path}: not an eventscribe store (no schema version); code into it first")
        if self._needs_migration():
            self._con.close()
            self._con = self._connect(False)
            self._migrate()
            self._con.close()
            self._con = self._connect(True)

    def _connect(self, read_only: bool) -> Any:
        import duckdb

        try:
            return duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise self._open_error(exc) from exc

    def _open_error(self, exc: Exception) -> StoreError:
        if "lock" in str(exc).lower():
            return StoreError(
                f"{self.path}: the DuckDB store is in use by another process (DuckDB allows one process at a "
                "time); wait for it to finish, or use PostgreSQL (--db postgresql://…) for concurrent writers"
            )
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StoreError(
            f"{self.path}: cannot open the DuckDB store ({first}); is it an eventscribe store? "
            "Code into it with `eventscribe code … --db FILE` first"
        )

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._con.execute(sql, list(params))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        import duckdb

        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            try:
                self._con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction is gone already; report the error that ended it
            raise
        self._con.execute("COMMIT")

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> DuckDBStore:
        return self
