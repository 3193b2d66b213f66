"""Deduplication across articles: event mentions that report the same event are grouped.

Many outlets report one event. Mentions are grouped when they share the dyad (source and target codes),
the CAMEO code and the place (the location's country, else its name, else none), and their dates chain
within ``window_days`` of each other. Undated mentions are never merged across articles. The raw
mentions are kept as they are; a group only lists them (its reports).

Works on output records (the dicts of DESIGN.md, as ``Store.events()`` yields them), so any store or
export can use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_WINDOW_DAYS", "EventGroup", "Report", "group_events", "group_key"]

#: Mentions whose dates are at most this many days apart (chained) are one event.
DEFAULT_WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class Report:
    """One mention of a grouped event: where it was reported."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str


@dataclass(frozen=True, slots=True)
class EventGroup:
    """One event as reported by one or more mentions."""

    group_id: str
    source_code: str | None
    target_code: str | None
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    date_start: dt.date | None
    date_end: dt.date | None
    location_name: str | None
    location_country: str | None
    reports: tuple[Report, ...]

    @property
    def key(self) -> str:
        """The grouping key (dyad, code, place) its mentions share: :func:`group_key` of each of them."""
        place = self.location_country or self.location_name or ""
        return "\x1f".join((self.source_code or "", self.target_code or "", self.cameo_code, place))

    @property
    def n_reports(self) -> int:
        return len(self.reports)

    @property
    def n_articles(self) -> int:
        return len({r.article_id for r in self.reports})

    def to_dict(self) -> dict[str, Any]:
        return {
            "group_id": self.group_id,
            "source_code": self.source_code,
            "target_code": self.target_code,
            "cameo_code": self.cameo_code,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "location_name": self.location_name,
            "location_country": self.location_country,
            "n_reports": self.n_reports,
            "n_articles": self.n_articles,
            "reports": [
                {"event_id": r.event_id, "article_id": r.article_id, "sentence_index": r.sentence_index,
                 "sentence": r.sentence}
                for r in self.reports
            ],
        }  # fmt: skip


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _key(record: Mapping[str, Any]) -> tuple[str, str, str, str]:
    source, target, location = record.get("source") or {}, record.get("target") or {}, record.get("location") or {}
    place = location.get("country") or location.get("name") or ""
    return (source.get("code") or "", target.get("code") or "", record["cameo"]["code"], place)


def group_key(record: Mapping[str, Any]) -> str:
    """What mentions of one event share: dyad, CAMEO code and place, as one string (stores index it)."""
    return "\x1f".join(_key(record))


def group_events(records: Iterable[Mapping[str, Any]], *, window_days: int = DEFAULT_WINDOW_DAYS) -> list[EventGroup]:
    """Group event records into events; groups come sorted by start date (undated last), then id."""
    if window_days < 0:
        raise ValueError("window_days must be 0 or more")
    by_key: dict[tuple[str, ...], list[Mapping[str, Any]]] = defaultdict(list)
    for record in records:
        date = _date(record.get("date"))
        # undated mentions stay within their article
        key = _key(record) + (("", "") if date is not None else ("undated", record["article_id"]))
        by_key[key].append(record)
    groups: list[EventGroup] = []
    for members in by_key.values():
        members.sort(key=lambda r: (_date(r.get("date")) or dt.date.min, r["article_id"], r["event_id"]))
        run: list[Mapping[str, Any]] = []
        for record in members:
            date = _date(record.get("date"))
            last = _date(run[-1].get("date")) if run else None
            if run and date is not None and last is not None and (date - last).days > window_days:
                groups.append(_group(run))
                run = []
            run.append(record)
        if run:
            groups.append(_group(run))
    groups.sort(key=lambda g: (g.date_start is None, g.date_start or dt.date.min, g.group_id))
    return groups


def _group(run: list[Mapping[str, Any]]) -> EventGroup:
    first = run[0]
    dates = [d for d in (_date(r.get("date")) for r in run) if d is not None]
    location = first.get("location") or {}
    # the id names the key and the earliest mention, so it survives reruns and later reports of the event
    anchor = min(run, key=lambda r: (_date(r.get("date")) or dt.date.min, r["event_id"]))["event_id"]
    return EventGroup(
        group_id=hashlib.sha1(f"{group_key(first)}\x1e{anchor}".encode()).hexdigest()[:16],
        source_code=(first.get("source") or {}).get("code"),
        target_code=(first.get("target") or {}).get("code"),
        cameo_code=first["cameo"]["code"],
        cameo_root=first["cameo"]["root"],
        quad_class=first["cameo"]["quad_class"],
        goldstein=first["cameo"]["goldstein"],
        date_start=min(dates) if dates else None,
        date_end=max(dates) if dates else None,
        location_name=location.get("name"),
        location_country=location.get("country"),
        reports=tuple(Report(r["event_id"], r["article_id"], r["sentence_index"], r["sentence"]) for r in run),
    )
