"""Relationship shifts: change points in a dyad's balance of cooperation and conflict.

Each period gets a balance score, (cooperation - conflict) / (cooperation + conflict), from +1 (only
cooperation) to -1 (only conflict), weighted by the period's number of events; periods without events
carry no information and are skipped. The change points of that series (:mod:`eventscribe.analysis.changepoints`: penalised segmentation, then a
size and significance check of each change) are the shifts. Each regime lasts at least ``min_size``
periods.

A drop in balance is a "falling out", a rise a "rapprochement". The events that drive a shift are those of
the new direction (conflict for a falling out, cooperation for a rapprochement) in its first periods,
strongest Goldstein value first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from eventscribe.analysis.changepoints import change_points, weighted_mean
from eventscribe.analysis.dyads import dyad_series
from eventscribe.analysis.filters import AnalysisError, actor_code, actor_match, date_window, dyad_match, where
from eventscribe.analysis.periods import next_period
from eventscribe.store import Store
from eventscribe.store.schema import EVENT_COLUMNS, row_to_record

__all__ = ["FALLING_OUT", "RAPPROCHEMENT", "Shift", "balance_series", "find_shifts", "partners"]

FALLING_OUT = "falling out"
RAPPROCHEMENT = "rapprochement"


@dataclass(frozen=True, slots=True)
class Shift:
    """A turn in a relationship: from ``date`` (the first period of the new regime) on."""

    a: str
    b: str
    date: dt.date
    direction: str
    before: float
    after: float
    #: The change of mean over its standard error (at least the ``threshold`` that found it).
    significance: float
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "date": self.date.isoformat(),
            "direction": self.direction,
            "before": self.before,
            "after": self.after,
            "significance": self.significance,
            "events": self.events,
        }


def balance_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "month",
    directed: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """Periods with events: ``period``, ``cooperation``, ``conflict`` and ``balance`` in [-1, 1]."""
    series = dyad_series(store, a, b, freq=freq, directed=directed, start=start, end=end)
    frame = pd.DataFrame({"period": series["period"]})
    frame["cooperation"] = series["quad1"] + series["quad2"]
    frame["conflict"] = series["quad3"] + series["quad4"]
    total = frame["cooperation"] + frame["conflict"]
    frame = frame[total > 0].reset_index(drop=True)
    frame["balance"] = (frame["cooperation"] - frame["conflict"]) / (frame["cooperation"] + frame["conflict"])
    return frame


def find_shifts(
    store: Store,
    a: str,
    b: str | None = None,
    *,
    freq: str = "month",
    start: dt.date | None = None,
    end: dt.date | None = None,
    min_size: int = 2,
    min_delta: float = 0.3,
    threshold: float = 4.0,
    min_events: int = 8,
    max_events: int = 10,
) -> list[Shift]:
    """Shifts in the relation of ``a`` and ``b`` (both directions), or of ``a`` with each main partner.

    A regime on either side of a shift holds at least ``min_events`` events (a few stray events in a quiet
    relation are no turn); each shift lists up to ``max_events`` driving events."""
    a = actor_code(a)
    others = [actor_code(b)] if b else partners(store, a, start=start, end=end)
    shifts: list[Shift] = []
    for other in others:
        frame = balance_series(store, a, other, freq=freq, start=start, end=end)
        counts = (frame["cooperation"] + frame["conflict"]).tolist()
        try:
            found = change_points(frame["balance"].tolist(), counts, min_size=min_size, min_delta=min_delta,
                                  threshold=threshold)  # fmt: skip
        except ValueError as exc:
            raise AnalysisError(f"{a}-{other}: {exc}") from None
        found = _with_enough_events(found, counts, min_events)
        shifts += _describe(store, a, other, frame, found, freq=freq, min_size=min_size, max_events=max_events)
    return sorted(shifts, key=lambda s: (s.date, s.b))


def _with_enough_events(found: list[tuple[int, float]], counts: list[int], min_events: int) -> list[tuple[int, float]]:
    """Drop change points next to a regime of fewer than ``min_events`` events (the thinnest first)."""
    found = list(found)
    while found:
        bounds = [0, *(k for k, _ in found), len(counts)]
        sizes = [sum(counts[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1)]
        thinnest = min(range(len(sizes)), key=sizes.__getitem__)
        if sizes[thinnest] >= min_events:
            break
        # merge the thin regime into a neighbour: drop the change point at its start (or its end, if first)
        found.pop(thinnest - 1 if thinnest > 0 else 0)
    return found


def _describe(
    store: Store, a: str, b: str, frame: pd.DataFrame, found: list[tuple[int, float]], *, freq: str, min_size: int,
    max_events: int,
) -> list[Shift]:  # fmt: skip
    """A :class:`Shift` for each change point: the mean balance before and after, and the driving events."""
    values = frame["balance"].tolist()
    counts = (frame["cooperation"] + frame["conflict"]).tolist()
    bounds = [0, *(k for k, _ in found), len(values)]
    shifts = []
    for i, (k, score) in enumerate(found):
        before = weighted_mean(values[bounds[i] : k], counts[bounds[i] : k])
        after = weighted_mean(values[k : bounds[i + 2]], counts[k : bounds[i + 2]])
        direction = FALLING_OUT if after < before else RAPPROCHEMENT
        first = dt.date.fromisoformat(frame["period"][k])
        last = dt.date.fromisoformat(frame["period"][min(k + min_size, len(values)) - 1])
        window = (first, next_period(last, freq) - dt.timedelta(days=1))
        drivers = _drivers(store, a, b, direction, window, max_events)
        shifts.append(Shift(a, b, first, direction, round(before, 4), round(after, 4), score, drivers))
    return shifts


_PARTNERS_SQL = """
SELECT CASE WHEN {a_src} THEN substr(target_code, 1, 3) ELSE substr(source_code, 1, 3) END AS other,
       count(*) AS n
FROM events
WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
GROUP BY 1
ORDER BY n DESC
LIMIT {limit}
"""


def partners(
    store: Store, a: str, *, start: dt.date | None = None, end: dt.date | None = None, limit: int = 10
) -> list[str]:
    """The countries ``a`` deals with most (either direction), busiest first; ``a``'s own country left out."""
    a = actor_code(a)
    src, p_src = actor_match("source_code", a)
    tgt, p_tgt = actor_match("target_code", a)
    cond, p_where = where((f"({src} OR {tgt})", p_src + p_tgt), date_window(start, end))
    sql = _PARTNERS_SQL.format(a_src=src, where=cond, limit=int(limit) + 1)
    rows = store.query(sql, p_src + p_where).rows
    return [str(other) for other, _ in rows if other and not a.startswith(str(other))][:limit]


def _drivers(
    store: Store, a: str, b: str, direction: str, window: tuple[dt.date, dt.date], limit: int
) -> list[dict[str, Any]]:
    quads, order = ("(3, 4)", "goldstein ASC") if direction == FALLING_OUT else ("(1, 2)", "goldstein DESC")
    cond, params = where(dyad_match(a, b, directed=False), date_window(*window))
    sql = (
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {cond} AND quad_class IN {quads} "
        f"ORDER BY {order}, date, event_id LIMIT {int(limit)}"
    )
    return [row_to_record(row) for row in store.query(sql, params).dicts()]
