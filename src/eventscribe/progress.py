"""A progress display on stderr: articles, events, rate and elapsed time.

It shows only when stderr is a terminal, so logs and pipes stay clean; ``--quiet`` turns it off.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

from eventscribe.model import CodedArticle

__all__ = ["Progress"]


class Progress:
    """Context manager; call :meth:`advance` once per coded article."""

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.articles = 0
        self.events = 0
        self._started = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        self._started = time.perf_counter()
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(
                SpinnerColumn(),
                TextColumn("{task.completed} articles, {task.fields[events]} events, {task.fields[rate]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("coding", total=None, events=0, rate="")
        return self

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        elapsed = time.perf_counter() - self._started
        return self.articles / elapsed if elapsed > 0 else 0.0

    def advance(self, coded: CodedArticle) -> None:
        self.articles += 1
        self.events += len(coded.events)
        if self._bar is not None:
            self._bar.update(self._task, advance=1, events=self.events, rate=f"{self.rate:.1f} articles/s")

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
