"""A progress display on stderr: articles, events and rate. Silent when stderr is not a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

from eventscribe.model import CodedArticle

__all__ = ["Progress"]


class Progress:
    """Context manager; call :meth:`advance` once per coded article."""

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.articles = 0
        self.events = 0
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(
                SpinnerColumn(),
                TextColumn("{task.completed} articles, {task.fields[events]} events"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("coding", total=None, events=0)
        return self

    def advance(self, coded: CodedArticle) -> None:
        self.articles += 1
        self.events += len(coded.events)
        if self._bar is not None:
            self._bar.update(self._task, advance=1, events=self.events)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
