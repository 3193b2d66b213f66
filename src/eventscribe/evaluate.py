"""Score coded events against a gold file (the gold-file contract of DESIGN.md).

A predicted event matches a gold event when the first three letters of source and target agree (an empty
gold target matches any) and its CAMEO code starts with one of the gold prefixes; each gold event matches
once. Precision counts matches to ``events`` and ``optional_events``; recall counts ``events`` only. The
same is scored again with the first sector compared too, and a confusion table of CAMEO roots is kept.
A gold event that lists no CAMEO code (as in PLOVER records) is treated as optional, matching any code.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.errors import GoldFileError
from eventscribe.model import Article, Event

__all__ = ["GoldEvent", "GoldRecord", "Report", "Score", "load_gold", "score", "split_of"]

NONE = "--"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    cameo: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    optional_events: tuple[GoldEvent, ...] = ()

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, date=self.date)


@dataclass
class Score:
    """Counts and the measures derived from them."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    matched_required: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Report:
    root: Score = field(default_factory=Score)
    sector: Score = field(default_factory=Score)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    records: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "country": self.root.as_dict(),
            "country_and_sector": self.sector.as_dict(),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def load_gold(path: str | Path, *, on_warning: Callable[[str], None] | None = None) -> list[GoldRecord]:
    """Read a gold file; a malformed line raises :class:`GoldFileError` naming the file and line.

    A date that is not ``YYYY-MM-DD`` is dropped (the record is still scored, with relative dates
    unresolved) and reported to ``on_warning``.
    """
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
                if raw.get("date") and not _is_iso_date(raw["date"]):
                    if on_warning is not None:
                        on_warning(f"{where}: date {raw['date']!r} is not YYYY-MM-DD; scored without a date")
                    raw["date"] = None
                records.append(_gold_record(raw))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise GoldFileError(where, f"not a gold record ({exc}); see the gold-file format in DESIGN.md") from exc
    return records


def _is_iso_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def _gold_record(raw: dict[str, Any]) -> GoldRecord:
    date = dt.date.fromisoformat(raw["date"][:10]) if raw.get("date") else None
    events = raw.get("events") or ()
    # An event without CAMEO codes (some PLOVER records) cannot be recalled by code: it is optional.
    coded = [e for e in events if e.get("cameo")]
    uncoded = [e for e in events if not e.get("cameo")]
    return GoldRecord(
        id=str(raw["id"]),
        text=raw["text"],
        date=date,
        events=tuple(_gold_event(e) for e in coded),
        optional_events=tuple(_gold_event(e) for e in [*(raw.get("optional_events") or ()), *uncoded]),
    )


def _gold_event(raw: dict[str, Any]) -> GoldEvent:
    cameo = raw.get("cameo") or ""
    prefixes = (cameo,) if isinstance(cameo, str) else tuple(str(c) for c in cameo)
    return GoldEvent(source=raw.get("source") or "", target=raw.get("target") or "", cameo=prefixes)


def score(
    records: Sequence[GoldRecord],
    predictions: Callable[[GoldRecord], Iterable[Event]],
    *,
    threshold: float = 0.0,
) -> Report:
    """Score ``predictions(record)`` for every gold record."""
    report = Report()
    for record in records:
        predicted = [e for e in predictions(record) if e.confidence >= threshold]
        report.records += 1
        _score_record(report.root, record, predicted, sectors=False)
        _score_record(report.sector, record, predicted, sectors=True)
        _confusion(report.confusion, record, predicted)
    return report


def _score_record(total: Score, record: GoldRecord, predicted: list[Event], *, sectors: bool) -> None:
    required = list(record.events)
    optional = list(record.optional_events)
    total.gold += len(required)
    total.predicted += len(predicted)
    for event in predicted:
        for pool, counts_for_recall in ((required, True), (optional, False)):
            hit = next((g for g in pool if _matches(g, event, sectors=sectors)), None)
            if hit is not None:
                pool.remove(hit)
                total.matched += 1
                total.matched_required += counts_for_recall
                break


def _matches(gold: GoldEvent, event: Event, *, sectors: bool) -> bool:
    size = 6 if sectors else 3
    source = event.source.code if event.source else ""
    target = event.target.code if event.target else ""
    if source[:size] != gold.source[:size]:
        return False
    if gold.target and target[:size] != gold.target[:size]:
        return False
    return any(event.cameo.code.startswith(prefix) for prefix in gold.cameo)


def _confusion(table: Counter[tuple[str, str]], record: GoldRecord, predicted: list[Event]) -> None:
    left = list(predicted)
    for gold in record.events:
        same_actors = next(
            (e for e in left if _matches(GoldEvent(gold.source, gold.target, ("",)), e, sectors=False)), None
        )
        if same_actors is None:
            table[(gold.cameo[0][:2], NONE)] += 1
            continue
        left.remove(same_actors)
        table[(gold.cameo[0][:2], same_actors.cameo.root)] += 1
    for event in left:
        table[(NONE, event.cameo.root)] += 1


def split_of(record_id: str) -> str:
    """The fixed split a gold record belongs to: "dev" (tune on it) or "test" (held out, never tuned on).

    The split is a hash of the id, so it is the same on every machine and for every gold file.
    """
    import hashlib

    digest = hashlib.sha1(record_id.encode("utf-8")).digest()
    return "test" if digest[0] % 2 else "dev"
