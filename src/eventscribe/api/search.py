"""Event search and article look-up for the API: portable SQL, every user value a ``?`` parameter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from eventscribe.analysis.filters import Condition, actor_match, date_window, where
from eventscribe.store import Store
from eventscribe.store.schema import EVENT_COLUMNS, row_to_record

__all__ = ["EventFilter", "article_with_events", "one_event", "search_events"]

_COLUMNS = ", ".join(EVENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``GET /api/events`` filters on; None means no filter. Values are already validated."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    code: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    q: str | None = None

    def condition(self) -> Condition:
        parts: list[Condition] = [("1 = 1", [])]
        if self.actor:
            src, p1 = actor_match("source_code", self.actor)
            tgt, p2 = actor_match("target_code", self.actor)
            parts.append((f"({src} OR {tgt})", p1 + p2))
        if self.source:
            parts.append(actor_match("source_code", self.source))
        if self.target:
            parts.append(actor_match("target_code", self.target))
        if self.code:
            parts.append(("cameo_code LIKE ?", [_literal(self.code) + "%"]))
        if self.start or self.end:
            parts.append(date_window(self.start, self.end))
        if self.place:
            parts.append(
                ("(lower(location_name) LIKE ? ESCAPE '\\' OR location_country = ?)", [_contains(self.place),
                                                                                       self.place.upper()])
            )  # fmt: skip
        if self.q:
            parts.append(("lower(sentence) LIKE ? ESCAPE '\\'", [_contains(self.q)]))
        return where(*parts)


def _literal(text: str) -> str:
    """``text`` with LIKE's wildcards and escape character escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(text: str) -> str:
    return f"%{_literal(text.lower())}%"


def search_events(store: Store, filters: EventFilter, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """One page of matching events (newest first) and how many match in all."""
    sql, params = filters.condition()
    total = int(store.query(f"SELECT count(*) FROM events WHERE {sql}", params).scalar() or 0)
    if offset >= total:
        return [], total
    # The page's ids first (a narrow sort), then their rows by primary key: far cheaper than sorting wide rows.
    ids = store.query(
        f"SELECT event_id FROM events WHERE {sql} ORDER BY date DESC NULLS LAST, event_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).rows
    order = {row[0]: i for i, row in enumerate(ids)}
    if not order:
        return [], total
    marks = ", ".join("?" for _ in order)
    page = store.query(f"SELECT {_COLUMNS} FROM events WHERE event_id IN ({marks})", list(order))
    rows = sorted(page.dicts(), key=lambda row: order[row["event_id"]])
    return [row_to_record(row) for row in rows], total


def one_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """The event's record, and ``has_article``: whether its article is stored (imported events have none)."""
    rows = list(store.query(f"SELECT {_COLUMNS} FROM events WHERE event_id = ?", [event_id]).dicts())
    if not rows:
        return None
    record = row_to_record(rows[0])
    found = store.query("SELECT count(*) FROM articles WHERE id = ?", [record["article_id"]]).scalar()
    record["has_article"] = bool(found)
    return record


def article_with_events(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article, its text, and its events in sentence order (their evidence spans index the text)."""
    found = list(
        store.query("SELECT id, date, title, url, source, text FROM articles WHERE id = ?", [article_id]).dicts()
    )
    if not found:
        return None
    article = found[0]
    if isinstance(article["date"], dt.date):
        article["date"] = article["date"].isoformat()
    events = store.query(
        f"SELECT {_COLUMNS} FROM events WHERE article_id = ? ORDER BY sentence_index, evidence_start, event_id",
        [article_id],
    )
    article["events"] = [row_to_record(row) for row in events.dicts()]
    return article
