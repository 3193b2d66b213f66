"""Score coded events against a gold file (the gold-file contract of DESIGN.md).

Matching rules:

* A predicted event matches a gold event when the countries (first three letters of the actor code) of
  source and target agree (an empty gold target matches any target) and its CAMEO code starts with one of
  the gold prefixes.
* Each gold event matches at most one prediction and each prediction at most one gold event. Per record
  the matching is a maximum bipartite matching (augmenting paths, Kuhn's algorithm), so the counts do not
  depend on the order of the predictions: first a maximum matching between predictions and the required
  ``events`` (its size is what recall counts), then the predictions still unmatched are matched to
  ``optional_events`` by further augmenting paths. A path may hand a required gold event to another
  prediction but never leaves one unmatched, so recall stays maximal while precision counts the largest
  number of predictions that match ``events`` and ``optional_events`` together.
* The sector-level score compares country plus FIRST SECTOR, the first role code that
  :func:`eventscribe.actors.codes.sectors_of` finds in each code (``IGOUNOMIL`` -> ``MIL``,
  ``PSEREBHMS`` -> ``REB``). A gold code with no sector (``ISR``) matches any sector of its country; a
  gold code with a sector needs a prediction with the same first sector. The unknown country ``---``
  is a country like any other: gold ``---GOV`` matches a prediction whose code starts with ``---`` and
  whose first sector is ``GOV``.
* A gold event that lists no CAMEO code (as in PLOVER records) is treated as optional, matching any code.
* Three levels are scored: ``root`` takes the gold prefixes as the file gives them (``042`` needs a code
  starting ``042``), ``cameo_root`` cuts every gold prefix to its two-digit CAMEO root (``042`` -> ``04``,
  the "root level" at which event coders are usually compared), and ``sector`` is ``root`` plus the
  first sector of each actor.

A confusion table of gold and predicted CAMEO roots is kept as well (predictions paired with gold events
by country of source and target, in order).

Gold files are read by :mod:`eventscribe.gold_records` (a file that cannot be read, a malformed line, a
record whose ``text`` is not a non-empty string, and an ``id`` used twice raise :class:`GoldFileError`
naming the file and line); its names are importable from here too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from eventscribe.actors.codes import sectors_of
from eventscribe.gold_records import GoldEvent, GoldRecord, load_gold, split_of
from eventscribe.model import Event

__all__ = [
    "GoldEvent",
    "GoldRecord",
    "Report",
    "Score",
    "at_root",
    "load_gold",
    "matched_flags",
    "outcomes",
    "reliability",
    "score",
    "split_of",
    "threshold_table",
]

NONE = "--"


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
    cameo_root: Score = field(default_factory=Score)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    records: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "country": self.root.as_dict(),
            "country_and_cameo_root": self.cameo_root.as_dict(),
            "country_and_sector": self.sector.as_dict(),
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def score(
    records: Sequence[GoldRecord],
    predictions: Callable[[GoldRecord], Iterable[Event]],
    *,
    threshold: float = 0.0,
    dyadic: bool = False,
) -> Report:
    """Score ``predictions(record)`` for every gold record.

    ``dyadic`` scores only predictions that name both a source and a target: the convention of dyadic
    coders such as PETRARCH and ICEWS, whose gold files list no event without a target, so a target-less
    prediction there is neither right nor wrong but outside what the file codes.
    """
    report = Report()
    for record in records:
        predicted = [e for e in predictions(record) if e.confidence >= threshold and (not dyadic or _is_dyad(e))]
        report.records += 1
        _score_record(report.root, record, predicted, sectors=False)
        _score_record(report.sector, record, predicted, sectors=True)
        _score_record(report.cameo_root, at_root(record), predicted, sectors=False)
        _confusion(report.confusion, record, predicted)
    return report


def _is_dyad(event: Event) -> bool:
    return event.source is not None and event.target is not None


def at_root(record: GoldRecord) -> GoldRecord:
    """``record`` with every gold CAMEO prefix cut to its two-digit root."""

    def cut(events: tuple[GoldEvent, ...]) -> tuple[GoldEvent, ...]:
        return tuple(replace(e, cameo=tuple(dict.fromkeys(c[:2] for c in e.cameo))) for e in events)

    return replace(record, events=cut(record.events), optional_events=cut(record.optional_events))


def _score_record(total: Score, record: GoldRecord, predicted: list[Event], *, sectors: bool) -> None:
    """Add one record's counts: maximum matching on ``events``, then extended to ``optional_events``."""
    owner = _matching(record, predicted, sectors=sectors)
    n_required = len(record.events)
    total.gold += n_required
    total.predicted += len(predicted)
    total.matched += sum(i is not None for i in owner)
    total.matched_required += sum(i is not None for i in owner[:n_required])


def _matching(record: GoldRecord, predicted: list[Event], *, sectors: bool) -> list[int | None]:
    """Gold index -> the prediction matched to it (maximum on ``events`` first, then extended)."""
    gold = [*record.events, *record.optional_events]
    n_required = len(record.events)
    # Gold indices each prediction may take; required events (indices < n_required) come first.
    candidates = [[j for j, g in enumerate(gold) if _matches(g, event, sectors=sectors)] for event in predicted]
    required_only = [[j for j in row if j < n_required] for row in candidates]
    owner: list[int | None] = [None] * len(gold)  # gold index -> prediction index
    for i in range(len(predicted)):
        _augment(i, required_only, owner, set())
    # Augmenting paths never unmatch a gold event, so the required matching stays maximum.
    taken = {i for i in owner if i is not None}
    for i in range(len(predicted)):
        if i not in taken and _augment(i, candidates, owner, set()):
            taken.add(i)
    return owner


def outcomes(
    records: Sequence[GoldRecord], predictions: Callable[[GoldRecord], Iterable[Event]]
) -> list[tuple[float, bool]]:
    """(confidence, matched at the country + CAMEO prefix level) for every predicted event: the data a
    calibration is fitted on and a reliability table is read from."""
    out: list[tuple[float, bool]] = []
    for record in records:
        predicted = list(predictions(record))
        matched = {i for i in _matching(record, predicted, sectors=False) if i is not None}
        out.extend((e.confidence, i in matched) for i, e in enumerate(predicted))
    return out


def matched_flags(record: GoldRecord, predicted: Sequence[Event]) -> list[bool]:
    """For each predicted event, whether it matches a gold event of ``record`` (required or optional)
    at country + CAMEO root, in the maximum matching ``score`` counts: the label a learned vetting of
    events is trained on."""
    owner = _matching(at_root(record), list(predicted), sectors=False)
    matched = {i for i in owner if i is not None}
    return [i in matched for i in range(len(predicted))]


def threshold_table(
    records: Sequence[GoldRecord],
    predictions: Callable[[GoldRecord], Iterable[Event]],
    thresholds: Sequence[float],
) -> list[tuple[float, Score]]:
    """Precision, recall and F1 (country + CAMEO prefix) when only events at each threshold or above count."""
    return [(t, score(records, predictions, threshold=t).root) for t in thresholds]


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = 5) -> list[tuple[float, float, float, int]]:
    """Bins of equal width over confidence: (low, high, share matched, events) for each non-empty bin."""
    rows = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [ok for c, ok in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        if inside:
            rows.append((low, high, sum(inside) / len(inside), len(inside)))
    return rows


def _augment(i: int, candidates: list[list[int]], owner: list[int | None], seen: set[int]) -> bool:
    """Kuhn's step: find an augmenting path from prediction ``i``; on success ``owner`` is updated."""
    for j in candidates[i]:
        if j in seen:
            continue
        seen.add(j)
        current = owner[j]
        if current is None or _augment(current, candidates, owner, seen):
            owner[j] = i
            return True
    return False


def _matches(gold: GoldEvent, event: Event, *, sectors: bool) -> bool:
    source = event.source.code if event.source else ""
    target = event.target.code if event.target else ""
    if not _same_actor(gold.source, source, sectors=sectors):
        return False
    if gold.target and not _same_actor(gold.target, target, sectors=sectors):
        return False
    return any(event.cameo.code.startswith(prefix) for prefix in gold.cameo)


def _same_actor(gold: str, predicted: str, *, sectors: bool) -> bool:
    """Same country (``---`` included) and, at the sector level, the same first sector when gold has one."""
    if predicted[:3] != gold[:3]:
        return False
    if not sectors:
        return True
    wanted = sectors_of(gold)
    if not wanted:
        return True
    found = sectors_of(predicted)
    return bool(found) and found[0] == wanted[0]


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
