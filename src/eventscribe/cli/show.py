"""``eventscribe show``: print stored events (or grouped events) as a table."""

from __future__ import annotations

import argparse
from typing import Any

from eventscribe.cli.options import EXIT_OK, positive_int

ORDER = 20


def register(commands: Any) -> argparse.ArgumentParser:
    show = commands.add_parser(
        "show",
        help="print stored events as a table",
        description="Print the events in a store. Example: eventscribe show --db demo.duckdb --groups",
    )
    show.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to read")
    show.add_argument("--limit", type=positive_int, default=100, help="at most this many rows (default 100)")
    show.add_argument(
        "--groups", action="store_true", help="one row per event with its reports, instead of one per mention"
    )
    return show


def run(args: argparse.Namespace) -> int:
    from eventscribe.show import print_events, print_groups
    from eventscribe.store import open_store

    store = open_store(args.db, read_only=True)
    try:
        if args.groups:
            print_groups(store.groups(limit=args.limit))
        else:
            print_events(list(store.events(limit=args.limit)))
    finally:
        store.close()
    return EXIT_OK
