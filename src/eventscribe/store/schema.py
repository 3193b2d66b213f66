"""The store's tables, and the mapping between event records and flat rows.

``articles`` holds one row per article (its current version); ``events`` one row per event of it, with the
fields of the output record flattened into columns (``source_code``, ``cameo_root`` …) so that analysis can
query them directly. The tables themselves are made by the migrations in ``store/migrations/``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from eventscribe.dedup import EventGroup
from eventscribe.model import Article, Event

__all__ = [
    "ARTICLE_COLUMNS",
    "EVENT_COLUMNS",
    "GROUP_COLUMNS",
    "MENTION_COLUMNS",
    "SCHEMA_VERSION",
    "article_row",
    "content_hash",
    "event_row",
    "group_row",
    "mention_record",
    "row_to_record",
]

ARTICLE_COLUMNS = ("id", "content_hash", "date", "title", "url", "source", "origin", "text", "n_events", "coded_at")

EVENT_COLUMNS = (
    "event_id", "article_id", "sentence_index", "sentence", "date", "date_precision",
    "source_code", "source_text", "source_name", "source_country", "source_sectors",
    "target_code", "target_text", "target_name", "target_country", "target_sectors",
    "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_event", "plover_mode", "plover_context",
    "location_name", "location_country", "lat", "lon",
    "confidence", "trigger", "evidence_start", "evidence_end", "trigger_start", "trigger_end", "rule",
)  # fmt: skip

#: The schema this eventscribe writes: the number of the last migration in ``store/migrations/<dialect>/``.
#: Older stores are upgraded when opened; a newer one is refused with a clear message.
SCHEMA_VERSION = 2

#: The columns of ``event_groups``: one row per event reported by one or more mentions (see :mod:`eventscribe.dedup`).
GROUP_COLUMNS = (
    "group_id", "group_key", "source_code", "target_code", "cameo_code", "cameo_root", "quad_class", "goldstein",
    "date_start", "date_end", "location_name", "location_country", "n_reports", "n_articles",
)  # fmt: skip


def content_hash(text: str) -> str:
    """A stable fingerprint of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(article: Article, n_events: int) -> tuple[Any, ...]:
    return (
        article.id,
        content_hash(article.text),
        article.date,
        article.title,
        article.url,
        article.source,
        article.origin,
        article.text,
        n_events,
        dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )


def event_row(event: Event) -> tuple[Any, ...]:
    src, tgt, loc, plover = event.source, event.target, event.location, event.plover
    return (
        event.event_id, event.article_id, event.sentence_index, event.sentence, event.date,
        event.extra.get("date_precision"),
        src.code if src else None, src.text if src else None, src.name if src else None,
        src.country if src else None, ",".join(src.sectors) if src else None,
        tgt.code if tgt else None, tgt.text if tgt else None, tgt.name if tgt else None,
        tgt.country if tgt else None, ",".join(tgt.sectors) if tgt else None,
        event.cameo.code, event.cameo.root, event.cameo.name, event.cameo.goldstein, event.cameo.quad_class,
        plover.event if plover else None, plover.mode if plover else None,
        json.dumps(list(plover.context)) if plover else None,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
        loc.lon if loc else None,
        event.confidence, event.evidence.trigger, event.evidence.start, event.evidence.end,
        event.evidence.trigger_start, event.evidence.trigger_end, event.extra.get("rule"),
    )  # fmt: skip


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """Rebuild the output record (DESIGN.md) from a flat ``events`` row."""
    date = row.get("date")
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": date.isoformat() if isinstance(date, dt.date) else date,
        "date_precision": row.get("date_precision"),
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "cameo": {
            "code": row["cameo_code"],
            "root": row["cameo_root"],
            "name": row["cameo_name"],
            "goldstein": row["goldstein"],
            "quad_class": row["quad_class"],
        },
        "plover": _plover(row),
        "location": _location(row),
        "confidence": row["confidence"],
        "evidence": {
            "trigger": row["trigger"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
            "trigger_start": row.get("trigger_start"),
            "trigger_end": row.get("trigger_end"),
        },
        "rule": row.get("rule"),
    }


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    """The record's ``source`` or ``target`` (``prefix``), None where the row has no such actor."""
    if row.get(f"{prefix}_code") is None:
        return None
    sectors = row.get(f"{prefix}_sectors") or ""
    return {
        "code": row[f"{prefix}_code"],
        "text": row[f"{prefix}_text"],
        "name": row[f"{prefix}_name"],
        "country": row[f"{prefix}_country"],
        "sectors": [s for s in sectors.split(",") if s],
    }


def _plover(row: dict[str, Any]) -> dict[str, Any] | None:
    """The record's PLOVER mapping, None where the row has none."""
    if row.get("plover_event") is None:
        return None
    return {
        "event": row["plover_event"],
        "mode": row["plover_mode"] or "",
        "context": json.loads(row["plover_context"] or "[]"),
    }


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    """The record's place, None where the row has none."""
    if row.get("location_name") is None:
        return None
    return {"name": row["location_name"], "country": row["location_country"], "lat": row["lat"], "lon": row["lon"]}


#: The ``events`` columns that grouping needs (see :func:`mention_record`).
MENTION_COLUMNS = (
    "event_id", "article_id", "sentence_index", "sentence", "date", "source_code", "target_code",
    "cameo_code", "cameo_root", "quad_class", "goldstein", "location_name", "location_country",
)  # fmt: skip


def mention_record(row: dict[str, Any]) -> dict[str, Any]:
    """The part of the output record that :func:`eventscribe.dedup.group_events` reads, from a flat row."""
    has_place = row.get("location_name") is not None or row.get("location_country") is not None
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": row["date"],
        "source": {"code": row["source_code"]} if row.get("source_code") is not None else None,
        "target": {"code": row["target_code"]} if row.get("target_code") is not None else None,
        "cameo": {"code": row["cameo_code"], "root": row["cameo_root"], "quad_class": row["quad_class"],
                  "goldstein": row["goldstein"]},
        "location": {"name": row.get("location_name"), "country": row.get("location_country")} if has_place else None,
    }  # fmt: skip


def group_row(group: EventGroup) -> tuple[Any, ...]:
    """An ``event_groups`` row (:data:`GROUP_COLUMNS`)."""
    return (
        group.group_id, group.key, group.source_code, group.target_code, group.cameo_code, group.cameo_root,
        group.quad_class, group.goldstein, group.date_start, group.date_end, group.location_name,
        group.location_country, group.n_reports, group.n_articles,
    )  # fmt: skip
