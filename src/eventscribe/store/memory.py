"""An in-memory twin of the stores, in pure Python, for fast unit tests of what uses a store.

It keeps articles, versions, events and groups exactly as the SQL stores decide them (the same
:mod:`eventscribe.store.versions` and :mod:`eventscribe.dedup` code); it answers no SQL (``query`` raises
:class:`StoreError`): use ``open_store(":memory:")`` for a throw-away DuckDB store that does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventscribe.dedup import EventGroup, group_events
from eventscribe.errors import StoreError
from eventscribe.model import CodedArticle
from eventscribe.store.group_query import GroupFilter, GroupQueries
from eventscribe.store.result import QueryResult
from eventscribe.store.schema import EVENT_COLUMNS, content_hash, event_row, row_to_record
from eventscribe.store.sql import COUNTABLE
from eventscribe.store.versions import plan_writes, unique_runs

__all__ = ["MemoryStore"]


def _prefix(value: str | None, prefix: str | None) -> bool:
    return not prefix or (value or "").startswith(prefix)


class MemoryStore(GroupQueries):
    """Articles, their versions, events and event groups in dicts."""

    location = ":memory-twin:"

    def __init__(self) -> None:
        self.replaced = 0
        self._articles: dict[str, dict[str, Any]] = {}  # id -> current version
        self._events: dict[str, dict[str, Any]] = {}  # event_id -> flat row of a current event
        self._superseded: list[dict[str, Any]] = []  # superseded versions, with their events
        self._groups: list[EventGroup] | None = None

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release."""

    def known(self, article_id: str, text: str) -> bool:
        current = self._articles.get(article_id)
        return current is not None and current["content_hash"] == content_hash(text)

    def add_many(self, batch: Iterable[CodedArticle]) -> int:
        written = 0
        for run in unique_runs(batch):
            current = [self._articles[c.article.id] for c in run if c.article.id in self._articles]
            stored = {a["id"]: (a["content_hash"], a["version"]) for a in current}
            for write in plan_writes(run, stored):
                article = write.coded.article
                if write.supersedes is not None:
                    self._supersede(article.id)
                rows = [dict(zip(EVENT_COLUMNS, event_row(e), strict=True)) for e in write.coded.events]
                self._articles[article.id] = {
                    "id": article.id, "version": write.version, "content_hash": content_hash(article.text),
                    "n_events": len(rows), "event_ids": [r["event_id"] for r in rows],
                }  # fmt: skip
                self._events.update((r["event_id"], r) for r in rows)
                written += 1
        self._groups = None
        return written

    def _supersede(self, article_id: str) -> None:
        old = self._articles.pop(article_id)
        events = [self._events.pop(event_id) for event_id in old["event_ids"]]
        self._superseded.append({**old, "events": events, "superseded_at": dt.datetime.now(dt.UTC)})
        self.replaced += 1

    def add_events(self, rows: Iterable[dict[str, Any]]) -> int:
        added = 0
        for row in rows:
            if row["event_id"] not in self._events:
                self._events[row["event_id"]] = {column: row.get(column) for column in EVENT_COLUMNS}
                added += 1
        self._groups = None
        return added

    def events(self, *, article_id: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        rows = [r for r in self._events.values() if article_id is None or r["article_id"] == article_id]
        rows.sort(key=lambda r: (r["article_id"], r["sentence_index"], r["event_id"]))
        for row in rows[:limit] if limit is not None else rows:
            yield row_to_record(row)

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        found = [{**v, "superseded": True} for v in self._superseded if v["id"] == article_id]
        if article_id in self._articles:
            found.append({**self._articles[article_id], "superseded": False, "superseded_at": None})
        keep = ("id", "version", "content_hash", "n_events", "superseded", "superseded_at")
        return [{k: v[k] for k in keep} for v in sorted(found, key=lambda v: v["version"])]

    def find_groups(self, wanted: GroupFilter) -> list[EventGroup]:
        if self._groups is None:
            self._groups = group_events(row_to_record(r) for r in self._events.values())
        found = [
            g
            for g in self._groups
            if _prefix(g.source_code, wanted.source) and _prefix(g.target_code, wanted.target)
            and _prefix(g.cameo_code, wanted.code)
            and (wanted.start is None or (g.date_end is not None and g.date_end >= wanted.start))
            and (wanted.end is None or (g.date_start is not None and g.date_start <= wanted.end))
        ]  # fmt: skip
        return found[: wanted.limit] if wanted.limit is not None else found

    def refresh_groups(self) -> int:
        """Groups are computed when asked for; returns how many there are."""
        self._groups = None
        return len(self.groups())

    def query(self, sql: str, params: Sequence[Any] = ()) -> QueryResult:
        raise StoreError(f"{self.location}: the in-memory twin answers no SQL; use open_store(':memory:') for that")

    def count(self, table: str) -> int:
        if table not in COUNTABLE:
            raise ValueError(f"unknown table {table!r}; one of {', '.join(COUNTABLE)}")
        sizes = {
            "articles": len(self._articles),
            "events": len(self._events),
            "event_groups": len(self.groups()),
            "group_reports": sum(g.n_reports for g in self.groups()),
            "superseded_articles": len(self._superseded),
            "superseded_events": sum(len(v["events"]) for v in self._superseded),
        }
        return sizes[table]
