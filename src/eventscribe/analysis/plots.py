"""PNG drawings of a dyad series and of a network (matplotlib, with the file-only Agg backend)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

__all__ = ["plot_dyad", "plot_network"]

QUAD_COLOURS = ("#7fb3e0", "#1f6fb5", "#f0a07a", "#c0392b")
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_dyad(frame: pd.DataFrame, title: str, path: str | Path) -> None:
    """Stacked bars of events by quad class per period, with the Goldstein mean on a second axis."""
    plt = _pyplot()
    fig, counts = plt.subplots(figsize=(10, 4.2), dpi=100)
    try:
        x = list(range(len(frame)))
        base = [0] * len(frame)
        for quad in range(4):
            values = frame[f"quad{quad + 1}"].tolist()
            counts.bar(x, values, bottom=base, color=QUAD_COLOURS[quad], label=QUAD_NAMES[quad], width=0.85)
            base = [b + v for b, v in zip(base, values, strict=True)]
        counts.set_ylabel("events")
        goldstein = counts.twinx()
        goldstein.plot(x, frame["goldstein_mean"].tolist(), color="#222", marker=".", label="Goldstein mean")
        goldstein.set_ylim(-10.5, 10.5)
        goldstein.set_ylabel("Goldstein mean")
        step = max(1, len(x) // 10)
        counts.set_xticks(x[::step], frame["period"].tolist()[::step], rotation=30, ha="right", fontsize=8)
        counts.set_title(f"{title}: {int(frame['events'].sum())} events")
        handles = counts.get_legend_handles_labels()[0] + goldstein.get_legend_handles_labels()[0]
        fig.legend(handles=handles, loc="lower center", ncol=5, fontsize=8, frameon=False)
        fig.tight_layout(rect=(0, 0.07, 1, 1))
        fig.savefig(path)
    finally:
        plt.close(fig)


def plot_network(graph: nx.DiGraph, path: str | Path) -> None:
    """Nodes coloured by bloc and sized by volume; edges green where cooperation dominates, red otherwise."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 7), dpi=100)
    try:
        positions = {node: (data["x"], data["y"]) for node, data in graph.nodes(data=True)}
        edge_colours = [
            "#2e8b57" if d["cooperation"] >= d["conflict"] else "#c0392b" for *_, d in graph.edges(data=True)
        ]
        widths = [0.5 + d["events"] ** 0.5 / 3 for *_, d in graph.edges(data=True)]
        nx.draw_networkx_edges(graph, positions, ax=ax, edge_color=edge_colours, width=widths, alpha=0.5, arrows=False)
        sizes = [60 + 8 * d["events"] ** 0.5 for _, d in graph.nodes(data=True)]
        blocs = [d["community"] for _, d in graph.nodes(data=True)]
        nx.draw_networkx_nodes(graph, positions, ax=ax, node_size=sizes, node_color=blocs, cmap="tab10", vmin=0, vmax=9)
        nx.draw_networkx_labels(graph, positions, ax=ax, font_size=8)
        window = f"{graph.graph.get('start') or '…'} to {graph.graph.get('end') or '…'}"
        ax.set_title(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations, {window}")
        ax.axis("off")
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)
