"""POLECAT-style PLOVER records as JSON lines: event type, mode, context, actors, date, place, evidence.

Events without a PLOVER event type (CAMEO 01x statements, which PLOVER does not code) are left out and
counted as skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventscribe.interop.selection import ExportItem

__all__ = ["plover_record", "write_plover"]


def _actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {k: actor[k] for k in ("code", "name", "text", "country", "sectors")}


def plover_record(item: ExportItem) -> dict[str, Any] | None:
    """The PLOVER record of an item, or None when its CAMEO code has no PLOVER event type."""
    record = item.record()
    plover = record["plover"]
    if plover is None:
        return None
    evidence = record["evidence"]
    out: dict[str, Any] = {
        "id": item.group["group_id"] if item.group else record["event_id"],
        "event_type": plover["event"],
        "mode": plover["mode"],
        "context": plover["context"],
        "source": _actor(record["source"]),
        "target": _actor(record["target"]),
        "date": record["date"],
        "location": record["location"],
        "evidence": {
            "article_id": record["article_id"],
            "event_id": record["event_id"],
            "sentence_index": record["sentence_index"],
            "text": record["sentence"],
            "trigger": evidence["trigger"],
            "start": evidence["start"],
            "end": evidence["end"],
        },
        "cameo": record["cameo"]["code"],
        "goldstein": record["cameo"]["goldstein"],
        "quad_class": record["cameo"]["quad_class"],
        "confidence": record["confidence"],
    }
    if item.group is not None:
        out.update(
            date=item.group["date_start"],
            date_end=item.group["date_end"],
            n_reports=item.group["n_reports"],
            n_articles=item.group["n_articles"],
            mentions=item.group["reports"],
        )
    return out


def write_plover(items: Iterable[ExportItem], path: Path) -> tuple[int, int]:
    """Write the items; returns (records written, items skipped for want of a PLOVER event type)."""
    written = skipped = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            record = plover_record(item)
            if record is None:
                skipped += 1
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written, skipped
