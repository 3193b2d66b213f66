"""What the routes share: the store, behind one lock (a store connection serves one query at a time)."""

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
    with state.lock:
        yield state.store
