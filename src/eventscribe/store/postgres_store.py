"""The PostgreSQL store: the same tables on a shared server, for many writers and readers at once.

Writers code in parallel; their store transactions are serialised by one transaction-scoped advisory lock,
so two runs that meet on the same articles or the same event groups never interleave their writes (the
second sees the first's articles as stored and skips them). Readers are never blocked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.store.sql import SQLStore

__all__ = ["PostgresStore", "is_postgres_url", "to_pyformat"]

#: The advisory lock every writer holds for the length of its transaction.
WRITE_LOCK = 0x65766E7473  # "evnts"


def is_postgres_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def to_pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` as ``%%``), leaving quoted text alone."""
    out, quote = [], ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class PostgresStore(SQLStore):
    """Articles and events in a PostgreSQL database given by a ``postgresql://`` URL."""

    dialect = "postgres"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        import psycopg

        super().__init__()
        self.url, self.location = url, redact(url)
        self.read_only = read_only
        self._db_errors = (psycopg.Error,)
        try:
            self._con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"{self.location}: cannot connect to PostgreSQL ({first}); is the server running and the URL right?"
            ) from exc
        try:
            self._migrate()
        except BaseException:
            self._con.close()
            raise

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._con.execute(to_pyformat(sql), list(params))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._con.transaction():
            self._con.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            yield

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> PostgresStore:
        return self
