"""``eventscribe network``: the actor network of a time window, as GraphML, JSON or a PNG drawing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventscribe.cli.options import EXIT_FAILURE, EXIT_OK, iso_date, positive_int

ORDER = 41


def register(commands: Any) -> argparse.ArgumentParser:
    network = commands.add_parser(
        "network",
        help="the actor network of a time window (GraphML, JSON or PNG)",
        description="Who acted on whom between --start and --end: edges weighted by cooperation and conflict, "
        "nodes with centrality and bloc. Example: eventscribe network --db events.duckdb --start 2014-01-01 "
        "--end 2014-12-31 --format graphml --output net.graphml",
    )
    network.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to read")
    network.add_argument("--start", type=iso_date, help="first day (YYYY-MM-DD)")
    network.add_argument("--end", type=iso_date, help="last day (YYYY-MM-DD)")
    network.add_argument(
        "--level", choices=["country", "sector", "actor"], default="country", help="node level (default: %(default)s)"
    )
    network.add_argument("--max-nodes", type=positive_int, default=60, help="keep the busiest N actors (default 60)")
    network.add_argument("--format", choices=["graphml", "json", "png"], default="json", help="output format")
    network.add_argument("--output", "-o", help="write here (default: JSON to stdout; required for graphml/png)")
    return network


def run(args: argparse.Namespace) -> int:
    from eventscribe.analysis import actor_network, network_to_json
    from eventscribe.store import open_store

    if args.format != "json" and not args.output:
        print(f"eventscribe: error: --format {args.format} needs --output FILE", file=sys.stderr)
        return EXIT_FAILURE
    with open_store(args.db, read_only=True) as store:
        graph = actor_network(store, start=args.start, end=args.end, level=args.level, max_nodes=args.max_nodes)
    if args.format == "graphml":
        import networkx as nx

        nx.write_graphml(graph, args.output)
    elif args.format == "png":
        from eventscribe.analysis.plots import plot_network

        plot_network(graph, args.output)
    else:
        text = json.dumps(network_to_json(graph), indent=2)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(text + "\n")
        else:
            print(text)
    print(
        f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges"
        + (f" -> {args.output}" if args.output else ""),
        file=sys.stderr,
    )
    return EXIT_OK
