"""``eventscribe dyad A B``: a dyad's time series as a table, a CSV file or a PNG chart."""

from __future__ import annotations

import argparse
from typing import Any

from eventscribe.cli.options import EXIT_OK, iso_date

ORDER = 40


def register(commands: Any) -> argparse.ArgumentParser:
    dyad = commands.add_parser(
        "dyad",
        help="a dyad's time series (counts by quad class, Goldstein sum and mean)",
        description="What actor A did to actor B, period by period. Actors match code prefixes (IRN, IRNGOV, "
        "PSEREBHMS). Example: eventscribe dyad IRN PSE --db events.duckdb --undirected --plot dyad.png",
    )
    dyad.add_argument("a", metavar="A", help="source actor code (prefix)")
    dyad.add_argument("b", metavar="B", help="target actor code (prefix)")
    dyad.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to read")
    dyad.add_argument("--freq", choices=["day", "week", "month"], default="month", help="period (default month)")
    dyad.add_argument("--undirected", action="store_true", help="count both directions (A to B and B to A)")
    dyad.add_argument("--start", type=iso_date, help="first day (YYYY-MM-DD)")
    dyad.add_argument("--end", type=iso_date, help="last day (YYYY-MM-DD)")
    dyad.add_argument("--csv", metavar="FILE", help="write the series to this CSV file")
    dyad.add_argument("--plot", metavar="PNG", help="draw the series into this PNG file")
    return dyad


def run(args: argparse.Namespace) -> int:
    from eventscribe.analysis import dyad_series
    from eventscribe.store import open_store

    with open_store(args.db, read_only=True) as store:
        frame = dyad_series(
            store, args.a, args.b, freq=args.freq, directed=not args.undirected, start=args.start, end=args.end
        )
    title = f"{args.a.upper()} {'<->' if args.undirected else '->'} {args.b.upper()}"
    if args.csv:
        frame.to_csv(args.csv, index=False)
    if args.plot:
        from eventscribe.analysis.plots import plot_dyad

        plot_dyad(frame, title, args.plot)
    if not args.csv and not args.plot:
        _print_table(frame, title)
    return EXIT_OK


def _print_table(frame: Any, title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title}: {int(frame['events'].sum())} events")
    for column in frame.columns:
        table.add_column(column, justify="left" if column == "period" else "right")
    for row in frame.itertuples(index=False):
        table.add_row(*("" if value != value else str(value) for value in row))  # NaN: no events, no mean
    Console(width=120).print(table)
