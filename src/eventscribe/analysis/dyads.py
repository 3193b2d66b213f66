"""Dyad time series: what two actors did to each other, period by period.

For each period: the number of events in each quad class (1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict), their Goldstein sum and mean. Directed series count events from
``a`` to ``b``; undirected ones count both directions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from eventscribe.analysis.filters import AnalysisError, date_window, dyad_match, where
from eventscribe.analysis.periods import FREQUENCIES, period_range, period_start, periods_between
from eventscribe.store import Store

__all__ = ["COLUMNS", "FREQUENCIES", "MAX_PERIODS", "daily_counts", "dyad_series"]

#: The columns of a dyad series, in order.
COLUMNS = ["period", "quad1", "quad2", "quad3", "quad4", "events", "goldstein", "goldstein_mean"]

#: A series longer than this is refused (ask for a coarser frequency or a shorter window).
MAX_PERIODS = 50_000

_DAILY_SQL = """
SELECT date, quad_class, count(*) AS n, sum(goldstein) AS goldstein
FROM events
WHERE {where}
GROUP BY date, quad_class
"""


def daily_counts(
    store: Store, a: str, b: str, *, directed: bool, start: dt.date | None, end: dt.date | None
) -> list[tuple[dt.date, int, int, float]]:
    """(date, quad class, events, Goldstein sum) of the dyad, one row per day and quad class."""
    sql, params = where(dyad_match(a, b, directed=directed), date_window(start, end))
    rows = store.query(_DAILY_SQL.format(where=sql), params).rows
    return [(_as_date(d), int(q), int(n), float(g or 0.0)) for d, q, n, g in rows]


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "month",
    directed: bool = True,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> pd.DataFrame:
    """The dyad's series from its first to its last event (within [start, end]); empty periods are zeros."""
    if freq not in FREQUENCIES:
        raise AnalysisError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")
    rows = daily_counts(store, a, b, directed=directed, start=start, end=end)
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="float64" if "goldstein" in c else "int64") for c in COLUMNS})
    first, last = min(r[0] for r in rows), max(r[0] for r in rows)
    if periods_between(first, last, freq) > MAX_PERIODS:
        raise AnalysisError(
            f"{first} to {last} is more than {MAX_PERIODS} {freq}s; use a coarser frequency or --start/--end"
        )
    table: dict[dt.date, dict[str, Any]] = {
        p: {"quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0, "goldstein": 0.0} for p in period_range(first, last, freq)
    }
    for day, quad, n, goldstein in rows:
        cell = table[period_start(day, freq)]
        if 1 <= quad <= 4:
            cell[f"quad{quad}"] += n
        cell["goldstein"] += goldstein
    frame = pd.DataFrame.from_dict(table, orient="index")
    frame.insert(0, "period", [p.isoformat() for p in table])
    frame["events"] = frame[["quad1", "quad2", "quad3", "quad4"]].sum(axis=1)
    frame["goldstein_mean"] = (frame["goldstein"] / frame["events"].where(frame["events"] > 0)).round(4)
    frame["goldstein"] = frame["goldstein"].round(4)
    return frame[COLUMNS].reset_index(drop=True)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
