"""The store's tables, and the mapping between event records and flat rows.

``articles`` holds one row per article; ``events`` one row per event, with the fields of the output record
flattened into columns (``source_code``, ``cameo_root`` …) so that analysis can query them directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from eventscribe.model import Article, Event

__all__ = [
    "ARTICLE_COLUMNS",
    "EVENT_COLUMNS",
    "SCHEMA_SQL",
    "article_row",
    "content_hash",
    "event_row",
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

#: Bumped whenever the tables change; a store of another version is refused with a clear message.
SCHEMA_VERSION = 1

SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO meta SELECT 'schema_version', '{SCHEMA_VERSION}' WHERE NOT EXISTS (SELECT 1 FROM meta);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    coded_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR,
    source_code VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_sectors VARCHAR,
    target_code VARCHAR, target_text VARCHAR, target_name VARCHAR, target_country VARCHAR,
    target_sectors VARCHAR,
    cameo_code VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR NOT NULL,
    goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    confidence DOUBLE NOT NULL,
    trigger VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    rule VARCHAR
);
"""


#: ``event_records``: the events with the nested fields of the output record (DuckDB structs).
VIEW_SQL = """
CREATE OR REPLACE VIEW event_records AS
SELECT
    event_id, article_id, sentence_index, sentence, date, date_precision,
    CASE WHEN source_code IS NULL THEN NULL ELSE {'code': source_code, 'text': source_text,
        'name': source_name, 'country': source_country, 'sectors': string_split(source_sectors, ',')} END
        AS source,
    CASE WHEN target_code IS NULL THEN NULL ELSE {'code': target_code, 'text': target_text,
        'name': target_name, 'country': target_country, 'sectors': string_split(target_sectors, ',')} END
        AS target,
    {'code': cameo_code, 'root': cameo_root, 'name': cameo_name, 'goldstein': goldstein,
        'quad_class': quad_class} AS cameo,
    CASE WHEN plover_event IS NULL THEN NULL ELSE {'event': plover_event, 'mode': plover_mode,
        'context': plover_context} END AS plover,
    CASE WHEN location_name IS NULL THEN NULL ELSE {'name': location_name, 'country': location_country,
        'lat': lat, 'lon': lon} END AS location,
    confidence,
    {'trigger': trigger, 'start': evidence_start, 'end': evidence_end, 'trigger_start': trigger_start,
        'trigger_end': trigger_end} AS evidence,
    rule
FROM events;
"""


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

    def actor(prefix: str) -> dict[str, Any] | None:
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

    date = row.get("date")
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence": row["sentence"],
        "date": date.isoformat() if isinstance(date, dt.date) else date,
        "date_precision": row.get("date_precision"),
        "source": actor("source"),
        "target": actor("target"),
        "cameo": {
            "code": row["cameo_code"],
            "root": row["cameo_root"],
            "name": row["cameo_name"],
            "goldstein": row["goldstein"],
            "quad_class": row["quad_class"],
        },
        "plover": None
        if row.get("plover_event") is None
        else {
            "event": row["plover_event"],
            "mode": row["plover_mode"] or "",
            "context": json.loads(row["plover_context"] or "[]"),
        },
        "location": None
        if row.get("location_name") is None
        else {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        },
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
