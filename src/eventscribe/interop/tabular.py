"""JSON lines, CSV and Parquet exports, of raw mentions or of grouped events.

- Mentions: JSON lines carry the output record of DESIGN.md (as ``code --output`` writes it); CSV and
  Parquet carry the flat columns of the ``events`` table (``store/schema.py``), in that order.
- Groups: JSON lines carry ``EventGroup.to_dict()``; CSV and Parquet carry :data:`GROUP_COLUMNS`, with
  the reports as ``;``-separated ``event_ids`` and ``article_ids`` in CSV and as a list of structs
  (``reports``) in Parquet.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventscribe.interop.selection import ExportItem
from eventscribe.store.schema import EVENT_COLUMNS

__all__ = ["GROUP_COLUMNS", "PARQUET_BATCH", "write_csv", "write_jsonl", "write_parquet"]

GROUP_COLUMNS = (
    "group_id", "source_code", "target_code", "cameo_code", "cameo_root", "quad_class", "goldstein",
    "date_start", "date_end", "location_name", "location_country", "n_reports", "n_articles",
    "event_ids", "article_ids",
)  # fmt: skip

#: Rows per Parquet row group written.
PARQUET_BATCH = 10_000

_INT_COLUMNS = {"sentence_index", "quad_class", "evidence_start", "evidence_end", "trigger_start", "trigger_end"}
_FLOAT_COLUMNS = {"goldstein", "lat", "lon", "confidence"}


def _group_row(group: dict[str, Any]) -> dict[str, Any]:
    row = {k: group[k] for k in GROUP_COLUMNS[:-2]}
    row["event_ids"] = ";".join(r["event_id"] for r in group["reports"])
    row["article_ids"] = ";".join(dict.fromkeys(r["article_id"] for r in group["reports"]))
    return row


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_jsonl(items: Iterable[ExportItem], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            data = item.group if item.group is not None else item.record()
            out.write(json.dumps(data, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def write_csv(items: Iterable[ExportItem], path: Path, *, grouped: bool) -> int:
    columns = GROUP_COLUMNS if grouped else EVENT_COLUMNS
    n = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for item in items:
            row = _group_row(item.group) if item.group is not None else item.row
            writer.writerow([_csv_value(row[c]) for c in columns])
            n += 1
    return n


def _schema(grouped: bool) -> Any:
    import pyarrow as pa

    if grouped:
        report = pa.struct(
            [("event_id", pa.string()), ("article_id", pa.string()), ("sentence_index", pa.int32()),
             ("sentence", pa.string())]
        )  # fmt: skip
        fields = []
        for name in GROUP_COLUMNS[:-2]:
            kind = {"quad_class": pa.int32(), "goldstein": pa.float64(), "n_reports": pa.int32(),
                    "n_articles": pa.int32(), "date_start": pa.date32(), "date_end": pa.date32()}  # fmt: skip
            fields.append((name, kind.get(name, pa.string())))
        return pa.schema([*fields, ("reports", pa.list_(report))])
    fields = []
    for name in EVENT_COLUMNS:
        kind = pa.int32() if name in _INT_COLUMNS else pa.float64() if name in _FLOAT_COLUMNS else pa.string()
        fields.append((name, pa.date32() if name == "date" else kind))
    return pa.schema(fields)


def _parquet_row(item: ExportItem) -> dict[str, Any]:
    if item.group is None:
        return {c: item.row[c] for c in EVENT_COLUMNS}
    row = {k: item.group[k] for k in GROUP_COLUMNS[:-2]}
    for key in ("date_start", "date_end"):
        row[key] = dt.date.fromisoformat(row[key]) if row[key] else None
    row["reports"] = item.group["reports"]
    return row


def write_parquet(items: Iterable[ExportItem], path: Path, *, grouped: bool) -> int:
    """Write row groups of :data:`PARQUET_BATCH` rows as they come, so memory stays bounded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(grouped)
    n = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        for item in items:
            batch.append(_parquet_row(item))
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
