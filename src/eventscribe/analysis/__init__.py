"""Analysis of stored events: dyad time series, actor networks and relationship shifts.

Everything here reads the store through its portable ``query`` interface, so it works on DuckDB and
PostgreSQL alike, and returns pandas DataFrames, NetworkX graphs or plain records::

    dyad_series(store, "IRN", "PSE", freq="month")      -> DataFrame (period, quad1..quad4, goldstein …)
    actor_network(store, start=…, end=…)                -> networkx.DiGraph (centrality, community)
    find_shifts(store, "IRN", "PSE")                    -> [Shift(date, direction, events …)]

Actor arguments match code prefixes: ``IRN`` (a country), ``IRNGOV`` (its government), ``PSEREBHMS``.
"""

from eventscribe.analysis.changepoints import change_points
from eventscribe.analysis.dyads import FREQUENCIES, dyad_series
from eventscribe.analysis.filters import AnalysisError, actor_code
from eventscribe.analysis.network import LEVELS, actor_network, network_to_json
from eventscribe.analysis.shifts import Shift, balance_series, find_shifts

__all__ = [
    "FREQUENCIES",
    "LEVELS",
    "AnalysisError",
    "Shift",
    "actor_code",
    "actor_network",
    "balance_series",
    "change_points",
    "dyad_series",
    "find_shifts",
    "network_to_json",
]
