"""A progress display on stderr: articles done out of the total, events, rate and the time left (ETA).

It shows only when its console (stderr) is a terminal, so logs and pipes stay clean; ``--quiet`` turns it
off. The total comes from :func:`count_records`, a cheap pass over the inputs that counts records without
decoding them (JSON lines are counted as non-blank lines, CSV rows by the csv module, one per text or HTML
file, items by their tags in feeds). It runs in a background thread, so coding starts at once and the
ETA appears as soon as the count is known. Records that are not coded (already stored, or bad) count as
done too, so the bar reaches its end.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from eventscribe.errors import InputError
from eventscribe.ingest import SUPPORTED_SUFFIXES
from eventscribe.ingest.files import find_inputs
from eventscribe.model import CodedArticle

__all__ = ["Progress", "count_records"]

_BLOCK = 1 << 20
_FEED_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")


def count_records(paths: Sequence[str | os.PathLike[str]], *, exclude: Collection[str | os.PathLike[str]] = ()) -> int:
    """How many records ``paths`` hold, counted without decoding them (bad records included)."""
    excluded = frozenset(Path(path).resolve() for path in exclude)
    total = 0
    for found in find_inputs([os.fspath(path) for path in paths], SUPPORTED_SUFFIXES, [], exclude=excluded):
        if isinstance(found, InputError):
            continue
        try:
            total += _count_file(found.path, Path(found.path).suffix.lower())
        except OSError:
            continue  # reading it will report it
    return total


def _count_file(path: str, suffix: str) -> int:
    if suffix in (".jsonl", ".ndjson"):
        return _count_lines(path)
    if suffix == ".json":
        return _count_json(path)
    if suffix in (".csv", ".tsv"):
        return _count_rows(path, "\t" if suffix == ".tsv" else ",")
    if suffix in (".rss", ".atom", ".xml"):
        return len(_FEED_ITEM.findall(Path(path).read_bytes()))
    return 1  # .txt, .html: one article per file


def _count_lines(path: str) -> int:
    with open(path, "rb") as handle:
        return sum(1 for line in handle if not line.isspace())


def _count_json(path: str) -> int:
    data = Path(path).read_bytes()
    if data.lstrip()[:1] == b"[":
        try:
            items = json.loads(data)
        except ValueError:
            return 1
        return len(items) if isinstance(items, list) else 1
    return sum(1 for line in data.split(b"\n") if line.strip())


def _count_rows(path: str, delimiter: str) -> int:
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)
    with open(path, "rb") as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="") as text:
        rows = csv.reader(text, delimiter=delimiter)
        try:
            count = sum(1 for row in rows if row and (len(row) > 1 or row[0].strip()))
        except csv.Error:
            return 0
    return max(count - 1, 0)  # the header


def _clock_text(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Context manager; call :meth:`advance` once per coded article and :meth:`skip` for each record
    that is counted but not coded. ``console``: where to draw (default: stderr)."""

    def __init__(
        self,
        *,
        enabled: bool = True,
        console: Any = None,
        total: int | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        if enabled and console is None:
            from rich.console import Console

            console = Console(stderr=True)
        self.enabled = enabled and bool(console is not None and console.is_terminal)
        self.console = console
        self.total = total
        self.articles = 0
        self.events = 0
        self.skipped = 0
        self._clock = clock
        self._started = clock()
        self._bar: Any = None
        self._task: Any = None
        self._lock = threading.Lock()

    def __enter__(self) -> Progress:
        self._started = self._clock()
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(
                SpinnerColumn(),
                BarColumn(bar_width=24),
                MofNCompleteColumn(),
                TextColumn("articles, {task.fields[events]} events, {task.fields[rate]}, {task.fields[eta]}"),
                console=self.console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("coding", total=self.total, **self._fields())
        return self

    @property
    def done(self) -> int:
        """Records dealt with so far: coded, or counted and not coded."""
        return self.articles + self.skipped

    @property
    def rate(self) -> float:
        """Records per second so far."""
        elapsed = self._clock() - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far, or None while the total or the rate is unknown."""
        rate = self.rate
        if self.total is None or rate <= 0:
            return None
        return max(self.total - self.done, 0) / rate

    def set_total(self, total: int) -> None:
        with self._lock:
            self.total = max(total, self.done)
            self._refresh()

    def count_in_background(
        self, paths: Sequence[str | os.PathLike[str]], *, exclude: Collection[str | os.PathLike[str]] = ()
    ) -> threading.Thread | None:
        """Count the records of ``paths`` in a thread and set the total when done (only when shown)."""
        if not self.enabled:
            return None
        thread = threading.Thread(
            target=lambda: self.set_total(count_records(paths, exclude=exclude)), name="count-records", daemon=True
        )
        thread.start()
        return thread

    def advance(self, coded: CodedArticle) -> None:
        with self._lock:
            self.articles += 1
            self.events += len(coded.events)
            self._refresh()

    def skip(self, count: int = 1) -> None:
        with self._lock:
            self.skipped += count
            self._refresh()

    def say(self, message: str) -> None:
        """Write a line to stderr, above the bar while it is shown."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)

    def _fields(self) -> dict[str, Any]:
        eta = self.eta
        return {
            "events": self.events,
            "rate": f"{self.rate:.1f} articles/s",
            "eta": f"ETA {_clock_text(eta)}" if eta is not None else "ETA --",
        }

    def _refresh(self) -> None:
        if self._bar is not None:
            if self.total is not None and self.done > self.total:
                self.total = self.done  # the count was an estimate (feeds, odd files)
            self._bar.update(self._task, completed=self.done, total=self.total, **self._fields())

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
