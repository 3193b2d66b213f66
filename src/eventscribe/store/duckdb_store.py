"""The DuckDB store: an embedded file, nothing to start.

DuckDB lets one process write a file at a time (other processes cannot open it meanwhile, not even to
read); within that process, writes are transactions. Opening waits up to :data:`BUSY_TIMEOUT` seconds (with
a growing, jittered pause) for another process to let go of the file, then raises :class:`StoreBusy`.

A *short-lived* store (``short_lived=True``; what ``code --db`` and ``serve`` use) holds the file only
inside :meth:`DuckDBStore.session`, which every public method enters: a writer holds it while it writes
one batch, a reader while it answers one request, so a ``code`` run and ``serve`` take turns on one file.
A reader may ``linger`` (keep the file open a moment after a session, so that busy requests skip the
reopen); a writer that finds the file locked touches ``FILE.waiting``, and a reader lets go of the file,
and waits before opening it again, while that marker is fresh.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventscribe.dedup import EventGroup
from eventscribe.errors import StoreError
from eventscribe.model import CodedArticle
from eventscribe.store.group_query import GroupFilter
from eventscribe.store.result import QueryResult
from eventscribe.store.sql import SQLStore

__all__ = ["BUSY_TIMEOUT", "DuckDBStore", "StoreBusy"]

#: How long opening the file waits for another process to release it (seconds) before StoreBusy.
BUSY_TIMEOUT = 5.0


class StoreBusy(StoreError):
    """Another process held the DuckDB file for longer than the busy timeout (the API answers 503)."""


class DuckDBStore(SQLStore):
    """Articles and events in a DuckDB file (``":memory:"`` for a throw-away store).

    A store of an older schema version is upgraded when opened, also for reading (the file is opened for
    writing just long enough to migrate it).
    """

    dialect = "duckdb"

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        short_lived: bool = False,
        busy_timeout: float = BUSY_TIMEOUT,
        linger: float = 0.0,
    ) -> None:
        import duckdb

        super().__init__()
        self.path = self.location = str(path)
        self._db_errors = (duckdb.Error,)
        self._read_only = read_only
        self._short_lived = short_lived and self.path != ":memory:"
        self._busy_timeout = busy_timeout
        self._depth = 0  # nesting of session()
        self._linger = linger
        self._waiting = self.path + ".waiting"  # a writer waiting for the file touches it
        self._guard = threading.RLock()  # session() against the linger timer's release
        self._timer: threading.Timer | None = None
        self._con: Any = self._connect(read_only)
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
        if self._short_lived:
            self._con.close()
            self._con = None

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
        """A connection; a file locked by another process is retried until the busy timeout."""
        import duckdb

        deadline = time.monotonic() + self._busy_timeout
        if read_only:
            self._let_writer_first(deadline)
        pause = 0.01
        try:
            while True:
                try:
                    return duckdb.connect(self.path, read_only=read_only)
                except duckdb.Error as exc:
                    if "lock" not in str(exc).lower() or time.monotonic() + pause > deadline:
                        raise self._open_error(exc) from exc
                    if not read_only:
                        Path(self._waiting).touch()  # asks a lingering reader to let go
                time.sleep(pause * random.uniform(0.5, 1.5))
                pause = min(pause * 2, 0.25)
        finally:
            if not read_only:
                Path(self._waiting).unlink(missing_ok=True)

    def _writer_waits(self) -> bool:
        """Whether another process is waiting to write (its marker file, refreshed while it waits)."""
        try:
            age = time.time() - os.stat(self._waiting).st_mtime
        except OSError:
            return False
        return age < 2 * self._busy_timeout  # older: left by a writer that died waiting

    def _let_writer_first(self, deadline: float) -> None:
        while self._writer_waits() and time.monotonic() < deadline:
            time.sleep(0.01)

    def _open_error(self, exc: Exception) -> StoreError:
        if "lock" in str(exc).lower():
            return StoreBusy(
                f"{self.path}: the DuckDB store is in use by another process (DuckDB allows one process at a "
                f"time; waited {self._busy_timeout:g} s); wait for it to finish, or use PostgreSQL "
                "(--db postgresql://…) for concurrent writers"
            )
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StoreError(
            f"{self.path}: cannot open the DuckDB store ({first}); is it an eventscribe store? "
            "Code into it with `eventscribe code … --db FILE` first"
        )

    @contextmanager
    def session(self) -> Iterator[None]:
        """Hold the file for the block: a short-lived store opens it here (nested sessions share the outer
        one) and closes it at the end, or ``linger`` seconds later when no other process waits to write;
        a store opened the usual way holds it all along."""
        with self._guard:
            if not self._short_lived or self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._cancel_timer()
            if self._con is not None and self._writer_waits():
                self._release()
            if self._con is None:
                self._con = self._connect(self._read_only)
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                self._after_session()

    def _after_session(self) -> None:
        if self._linger <= 0 or self._writer_waits():
            self._release()
            return
        self._timer = threading.Timer(self._linger, self._release_idle)
        self._timer.daemon = True
        self._timer.start()

    def _release_idle(self) -> None:
        with self._guard:
            if not self._depth:
                self._release()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _release(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self._con is None:
            raise StoreError(f"{self.path}: used outside a session (a short-lived store opens the file per call)")
        return self._con.execute(sql, list(params))

    # -- the public methods, each inside a session (a short-lived store holds the file only meanwhile) ----

    def known(self, article_id: str, text: str) -> bool:
        with self.session():
            return super().known(article_id, text)

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult:
        with self.session():
            return super().query(sql, params)

    def count(self, table: str) -> int:
        with self.session():
            return super().count(table)

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        with self.session():
            found = list(super().events(article_id=article_id, limit=limit))
        yield from found

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        with self.session():
            return super().versions(article_id)

    def find_groups(self, wanted: GroupFilter) -> list[EventGroup]:
        with self.session():
            return super().find_groups(wanted)

    def add_many(self, batch: Iterable[CodedArticle]) -> int:
        with self.session():
            return super().add_many(batch)

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int:
        with self.session():
            return super().add_events(rows)

    def refresh_groups(self) -> int:
        with self.session():
            return super().refresh_groups()

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
        with self._guard:
            self._cancel_timer()
            self._release()

    def __enter__(self) -> DuckDBStore:
        return self
