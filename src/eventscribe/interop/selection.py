"""Which stored events an export reads, streamed from the store in pages through portable SQL.

Mentions come page by page in ``event_id`` order (keyset pagination: ``event_id > ?``). Grouped events are
built by :func:`eventscribe.dedup.group_events`, which only merges mentions of the same source, target and
CAMEO code; so the store is cut into slices of whole (source, target, code) keys of at most ``page_size``
mentions each, and each slice is grouped on its own. Memory stays bounded by the page size (a single key
with more mentions than that is read as one slice).

Each row carries the event's columns (``store/schema.py``) plus ``article_url``, ``article_source``,
``article_coded_at`` and ``article_date`` from the ``articles`` table (NULL for imported events).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventscribe.dedup import DEFAULT_WINDOW_DAYS, group_events
from eventscribe.store import Store
from eventscribe.store.schema import EVENT_COLUMNS, row_to_record

__all__ = ["DEFAULT_PAGE_SIZE", "ExportItem", "Selection", "iter_groups", "iter_mentions"]

DEFAULT_PAGE_SIZE = 20_000

_COLUMNS = ", ".join(f"events.{c}" for c in EVENT_COLUMNS)
_SELECT = (
    f"SELECT {_COLUMNS}, articles.url AS article_url, articles.source AS article_source, "
    "articles.coded_at AS article_coded_at, articles.date AS article_date FROM events LEFT JOIN articles ON articles.id = events.article_id"
)
#: Grouping key columns, NULL read as '' so that ranges over them are well defined.
_KEYS = ("COALESCE(events.source_code, '')", "COALESCE(events.target_code, '')", "events.cameo_code")
_ACTOR = re.compile(r"^[A-Z]{3}[A-Z]*$")


@dataclass(frozen=True, slots=True)
class Selection:
    """Filters of an export: event dates from ``start`` to ``end`` (inclusive), and an actor code prefix
    matched against source and target (``PSE`` matches ``PSEREBHMS``)."""

    start: dt.date | None = None
    end: dt.date | None = None
    actor: str | None = None

    def __post_init__(self) -> None:
        if self.actor is not None and not _ACTOR.match(self.actor):
            raise ValueError(f"actor {self.actor!r} is not an actor code prefix such as PSE or IRNGOV")

    def where(self) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.start is not None:
            clauses.append("events.date >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append("events.date <= ?")
            params.append(self.end)
        if self.actor is not None:
            clauses.append("(events.source_code LIKE ? OR events.target_code LIKE ?)")
            params += [self.actor + "%", self.actor + "%"]
        return clauses, params


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One unit of an export: a mention (``group`` is None) or a grouped event.

    ``row`` is the flat row of the mention, or of the group's first report; ``group`` is
    ``EventGroup.to_dict()``; ``sources`` counts the distinct outlets (or articles) that reported it."""

    row: dict[str, Any]
    group: dict[str, Any] | None = None
    sources: int = 1

    def record(self) -> dict[str, Any]:
        """The output record (DESIGN.md) of the mention, or of the group's first report."""
        return row_to_record(self.row)


def _sql(clauses: list[str], tail: str = "") -> str:
    return _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "") + tail


def iter_mentions(store: Store, selection: Selection, *, page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[ExportItem]:
    """Each selected mention, in ``event_id`` order, read ``page_size`` rows at a time."""
    clauses, params = selection.where()
    last: str | None = None
    while True:
        page_clauses = clauses + (["events.event_id > ?"] if last is not None else [])
        page_params = params + ([last] if last is not None else [])
        result = store.query(_sql(page_clauses, " ORDER BY events.event_id LIMIT ?"), [*page_params, page_size])
        for row in result.dicts():
            yield ExportItem(row)
        if len(result) < page_size:
            return
        last = result.rows[-1][0]


def _slices(
    store: Store, clauses: list[str], params: list[Any], depth: int, page_size: int
) -> Iterator[tuple[list[str], list[Any]]]:
    """Conditions that cut the selection into slices of whole grouping keys, each of at most ``page_size``
    mentions where the keys allow it."""
    key = _KEYS[depth]
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = f"SELECT {key} AS k, COUNT(*) AS n FROM events{where} GROUP BY {key} ORDER BY k"
    counts = store.query(sql, params).rows
    i = 0
    while i < len(counts):
        value, n = counts[i]
        if n > page_size and depth + 1 < len(_KEYS):
            yield from _slices(store, [*clauses, f"{key} = ?"], [*params, value], depth + 1, page_size)
            i += 1
            continue
        j, total = i + 1, n
        while j < len(counts) and counts[j][1] <= page_size and total + counts[j][1] <= page_size:
            total += counts[j][1]
            j += 1
        yield [*clauses, f"{key} >= ?", f"{key} <= ?"], [*params, value, counts[j - 1][0]]
        i = j


def iter_groups(
    store: Store,
    selection: Selection,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> Iterator[ExportItem]:
    """Each grouped event of the selected mentions, slice by slice (by source, target and code)."""
    clauses, params = selection.where()
    # _slices counts over the events table alone, so its filters must not name the articles table
    for slice_clauses, slice_params in _slices(store, clauses, params, 0, page_size):
        rows = {row["event_id"]: row for row in store.query(_sql(slice_clauses), slice_params).dicts()}
        records = [row_to_record(row) for row in rows.values()]
        for group in group_events(records, window_days=window_days):
            data = group.to_dict()
            reports = data["reports"]
            outlets = {rows[r["event_id"]].get("article_source") or r["article_id"] for r in reports}
            yield ExportItem(rows[reports[0]["event_id"]], data, len(outlets))
