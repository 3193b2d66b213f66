"""Actor networks for a time window: who acts on whom, how cooperatively, and which blocs form.

Nodes are actors at a chosen level (``country``: the first three letters of the code, ``sector``: the
first six, ``actor``: the whole code); actors of unknown country (``---``) are left out. A directed edge from A to B carries the events A directed at B,
split into cooperation (quad classes 1 and 2) and conflict (3 and 4), and their Goldstein sum. Nodes carry
their volume, degree and betweenness centrality, and a community number: blocs found by Louvain modularity
on cooperation (actors that cooperate among themselves more than with the rest).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx

from eventscribe.analysis.filters import AnalysisError, date_window, where
from eventscribe.store import Store

__all__ = ["LEVELS", "MAX_NODES", "actor_network", "network_to_json"]

#: Actor level -> how many leading characters of the code name a node (a closed set, never user text).
LEVELS = {"country": 3, "sector": 6, "actor": 64}

#: The most nodes a network may ask for.
MAX_NODES = 500

_EDGES_SQL = """
SELECT substr(source_code, 1, {n}) AS source, substr(target_code, 1, {n}) AS target,
       sum(CAST(quad_class IN (1, 2) AS INTEGER)) AS cooperation,
       sum(CAST(quad_class IN (3, 4) AS INTEGER)) AS conflict,
       count(*) AS events, sum(goldstein) AS goldstein
FROM events
WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> '' AND target_code <> ''
  AND substr(source_code, 1, 1) <> '-' AND substr(target_code, 1, 1) <> '-'
GROUP BY substr(source_code, 1, {n}), substr(target_code, 1, {n})
"""


def actor_network(
    store: Store,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    level: str = "country",
    max_nodes: int = 60,
    min_events: int = 1,
    include_self: bool = False,
) -> nx.DiGraph:
    """The network of the ``max_nodes`` busiest actors in [start, end]; edges with ``min_events`` or more."""
    if level not in LEVELS:
        raise AnalysisError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    if not 1 <= max_nodes <= MAX_NODES:
        raise AnalysisError(f"max_nodes must be between 1 and {MAX_NODES}")
    sql, params = where(date_window(start, end))
    rows = store.query(_EDGES_SQL.format(n=LEVELS[level], where=sql), params).rows
    edges = [
        (str(s), str(t), int(c), int(k), int(n), float(g or 0.0))
        for s, t, c, k, n, g in rows
        if (include_self or s != t) and int(n) >= min_events
    ]
    keep = _busiest(edges, max_nodes)
    graph = nx.DiGraph(start=start.isoformat() if start else "", end=end.isoformat() if end else "", level=level)
    for s, t, coop, conflict, n, goldstein in edges:
        if s in keep and t in keep:
            graph.add_edge(s, t, cooperation=coop, conflict=conflict, events=n, weight=n, goldstein=round(goldstein, 4))
    _annotate(graph)
    return graph


def _busiest(edges: list[tuple[str, str, int, int, int, float]], max_nodes: int) -> set[str]:
    volume: dict[str, int] = {}
    for s, t, _, _, n, _ in edges:
        volume[s] = volume.get(s, 0) + n
        volume[t] = volume.get(t, 0) + n
    ranked = sorted(volume, key=lambda node: (-volume[node], node))
    return set(ranked[:max_nodes])


def _annotate(graph: nx.DiGraph) -> None:
    """Volume, cooperation, conflict, centrality, community and a layout position for every node."""
    if graph.number_of_nodes() == 0:
        return
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph)
    blocs = _communities(graph)
    layout = nx.spring_layout(graph.to_undirected(as_view=True), seed=7, weight=None, iterations=30)
    for node, data in graph.nodes(data=True):
        touching = {(u, v): d for u, v, d in [*graph.in_edges(node, data=True), *graph.out_edges(node, data=True)]}
        for key in ("events", "cooperation", "conflict"):
            data[key] = sum(d[key] for d in touching.values())
        data["degree"] = round(degree[node], 4)
        data["betweenness"] = round(betweenness[node], 4)
        data["community"] = blocs[node]
        x, y = layout[node]
        data["x"], data["y"] = round(float(x), 4), round(float(y), 4)


def _communities(graph: nx.DiGraph) -> dict[str, int]:
    """Community number per node (0 = the largest bloc), from Louvain modularity on cooperation."""
    cooperation = nx.Graph()
    cooperation.add_nodes_from(graph.nodes)
    for u, v, data in graph.edges(data=True):
        if data["cooperation"] and u != v:
            weight = cooperation.get_edge_data(u, v, {"weight": 0})["weight"]
            cooperation.add_edge(u, v, weight=weight + data["cooperation"])
    found = nx.community.louvain_communities(cooperation, weight="weight", seed=7)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def network_to_json(graph: nx.DiGraph) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...]}`` with every attribute (the API's answer)."""
    nodes = [{"id": node, **data} for node, data in sorted(graph.nodes(data=True))]
    edges = [{"source": u, "target": v, **data} for u, v, data in sorted(graph.edges(data=True))]
    communities = len({n["community"] for n in nodes})
    return {"nodes": nodes, "edges": edges, "communities": communities, **dict(graph.graph)}
