"""``eventscribe show``: print stored events as a table."""

from __future__ import annotations

import argparse
from typing import Any

from eventscribe.cli.options import EXIT_OK, positive_int

ORDER = 20


def register(commands: Any) -> argparse.ArgumentParser:
    show = commands.add_parser(
        "show",
        help="print stored events as a table",
        description="Print the events in a store. Example: eventscribe show --db demo.duckdb",
    )
    show.add_argument("--db", required=True, help="the DuckDB file to read")
    show.add_argument("--limit", type=positive_int, default=100, help="at most this many events (default 100)")
    return show


def run(args: argparse.Namespace) -> int:
    from eventscribe.show import print_events
    from eventscribe.store import open_store

    store = open_store(args.db, read_only=True)
    try:
        print_events(list(store.events(limit=args.limit)))
    finally:
        store.close()
    return EXIT_OK
