"""Import event files (ICEWS, GDELT) into a store, in batches of rows, one transaction per batch.

::

    summary = import_files(store, ["icews.tab"], format="icews", on_error=print)

Rows are keyed by stable ids (``icews:<Event ID>``, ``gdelt:<GLOBALEVENTID>``), and the store skips ids
it holds already, so rerunning an import adds nothing. A bad row is handed to ``on_error`` (a
:class:`~eventscribe.errors.RecordError` naming file and line) and the rest of the file is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventscribe.errors import InputError, RecordError
from eventscribe.interop.gdelt_import import gdelt_rows, looks_like_gdelt
from eventscribe.interop.icews import icews_rows, is_icews_header
from eventscribe.interop.sources import numbered_lines
from eventscribe.store import Store

__all__ = ["DEFAULT_BATCH_SIZE", "IMPORT_FORMATS", "ImportSummary", "detect_format", "import_files"]

IMPORT_FORMATS = ("icews", "gdelt")
DEFAULT_BATCH_SIZE = 5_000


@dataclass(slots=True)
class ImportSummary:
    files: int = 0
    read: int = 0
    added: int = 0
    bad: int = 0

    @property
    def ok(self) -> bool:
        return self.bad == 0

    def line(self) -> str:
        files = "1 file" if self.files == 1 else f"{self.files} files"
        text = f"imported {files}: {self.read} events read, {self.added} new"
        return text + (f", {self.bad} bad rows skipped" if self.bad else "")


def detect_format(path: Path) -> str:
    """ "icews" or "gdelt", told from the first line of the file."""
    for _, line in numbered_lines(path):
        if isinstance(line, str) and is_icews_header(line):
            return "icews"
        if isinstance(line, str) and looks_like_gdelt(line):
            return "gdelt"
        if isinstance(line, str) and len(line.split("\t")) == 16:
            raise InputError(str(path), "a GDELT mentions file, not an event export; import the events file")
        break
    raise InputError(str(path), "neither an ICEWS .tab file nor a GDELT event export; give --format")


def _rows(path: Path, format: str) -> Iterator[dict[str, Any] | RecordError]:
    if format == "icews":
        return icews_rows(path)
    if format == "gdelt":
        return gdelt_rows(path)
    raise ValueError(f"format must be one of {', '.join(IMPORT_FORMATS)} or 'auto', not {format!r}")


def _import_one(
    store: Store,
    path: Path,
    format: str,
    batch_size: int,
    on_error: Callable[[InputError], None],
    summary: ImportSummary,
) -> None:
    batch: dict[str, dict[str, Any]] = {}
    try:
        for item in _rows(path, detect_format(path) if format == "auto" else format):
            if isinstance(item, RecordError):
                summary.bad += 1
                on_error(item)
                continue
            summary.read += 1
            batch[item["event_id"]] = item
            if len(batch) >= batch_size:
                summary.added += store.add_events(batch.values())
                batch = {}
    finally:  # what was read before a file broke off is kept
        if batch:
            summary.added += store.add_events(batch.values())


def import_files(
    store: Store,
    paths: Iterable[str | Path],
    *,
    format: str = "auto",
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: Callable[[InputError], None] | None = None,
) -> ImportSummary:
    """Import each file into ``store``; a file that cannot be read at all is reported and skipped."""
    summary = ImportSummary()

    def report(error: InputError) -> None:
        if on_error is not None:
            on_error(error)

    for path in paths:
        try:
            _import_one(store, Path(path), format, batch_size, report, summary)
            summary.files += 1
        except InputError as exc:
            summary.bad += 1
            report(exc)
    return summary
