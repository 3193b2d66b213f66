"""What the routes share: the store, behind one lock (a store connection serves one query at a time).

Each request holds the store in one session: a short-lived DuckDB store opens the file for the request
and closes it after, so a ``code --db`` run in another process can write between requests.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from eventscribe.store import Store

__all__ = ["AppState", "using_store"]


@dataclass
class AppState:
    store: Store
    token: str | None = None
    writable: bool = False
    pipeline: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)


@contextlib.contextmanager
def using_store(request: Request) -> Iterator[Store]:
    state: AppState = request.app.state.eventscribe
    session = getattr(state.store, "session", None)
    with state.lock, session() if session is not None else contextlib.nullcontext():
        yield state.store
