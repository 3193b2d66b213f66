"""Export stored events: choose the unit (mentions or grouped events), stream them, write one format.

::

    summary = export_store(store, "gdelt", "events.tsv", selection=Selection(actor="PSE"))

The output is written under a hidden partial name and moved into place when complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventscribe.dedup import DEFAULT_WINDOW_DAYS
from eventscribe.interop.gdelt_export import write_gdelt
from eventscribe.interop.partial import written_atomically
from eventscribe.interop.plover_export import write_plover
from eventscribe.interop.selection import DEFAULT_PAGE_SIZE, ExportItem, Selection, iter_groups, iter_mentions
from eventscribe.interop.tabular import write_csv, write_jsonl, write_parquet
from eventscribe.store import Store

__all__ = ["DEFAULT_UNITS", "EXPORT_FORMATS", "ExportSummary", "export_store"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
#: The unit each format exports unless told otherwise: GDELT lines are events with mention counts.
DEFAULT_UNITS = {"jsonl": "mentions", "csv": "mentions", "parquet": "mentions", "gdelt": "groups", "plover": "mentions"}


@dataclass(frozen=True, slots=True)
class ExportSummary:
    format: str
    unit: str
    path: str
    written: int
    skipped: int = 0

    def line(self) -> str:
        noun = "mentions" if self.unit == "mentions" else "events"
        text = f"exported {self.written} {noun} to {self.path} ({self.format})"
        if self.skipped:
            why = "without a date" if self.format == "gdelt" else "without a PLOVER event type"
            text += f"; skipped {self.skipped} {why}"
        return text


def _items(store: Store, unit: str, selection: Selection, window_days: int, page_size: int) -> Iterator[ExportItem]:
    if unit == "mentions":
        return iter_mentions(store, selection, page_size=page_size)
    if unit == "groups":
        return iter_groups(store, selection, window_days=window_days, page_size=page_size)
    raise ValueError(f"unit must be 'mentions' or 'groups', not {unit!r}")


def export_store(
    store: Store,
    format: str,
    output: str | Path,
    *,
    unit: str | None = None,
    selection: Selection | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> ExportSummary:
    """Write the selected events of ``store`` to ``output`` in ``format`` (one of :data:`EXPORT_FORMATS`)."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}, not {format!r}")
    unit = unit or DEFAULT_UNITS[format]
    items = _items(store, unit, selection or Selection(), window_days, page_size)
    grouped = unit == "groups"
    skipped = 0
    with written_atomically(output) as partial:
        if format == "jsonl":
            written = write_jsonl(items, partial)
        elif format == "csv":
            written = write_csv(items, partial, grouped=grouped)
        elif format == "parquet":
            written = write_parquet(items, partial, grouped=grouped)
        elif format == "gdelt":
            written, skipped = write_gdelt(items, partial)
        else:
            written, skipped = write_plover(items, partial)
    return ExportSummary(format, unit, str(output), written, skipped)
