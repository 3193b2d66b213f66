"""``eventscribe export``: write stored events as JSON lines, CSV, Parquet, GDELT 2.0 or PLOVER records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from eventscribe.cli.options import EXIT_FAILURE, EXIT_OK, iso_date, positive_int

ORDER = 40


def _window(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if days < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return days


def register(commands: Any) -> argparse.ArgumentParser:
    from eventscribe.dedup import DEFAULT_WINDOW_DAYS
    from eventscribe.interop.export import EXPORT_FORMATS
    from eventscribe.interop.selection import DEFAULT_PAGE_SIZE

    export = commands.add_parser(
        "export",
        help="write stored events in another format",
        description="Export stored events. Example: eventscribe export --db events.duckdb --format gdelt "
        "--output events.tsv",
    )
    export.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to read")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="the output format")
    export.add_argument("--output", "-o", required=True, help="the file to write (replaced when complete)")
    unit = export.add_mutually_exclusive_group()
    unit.add_argument("--events", dest="unit", action="store_const", const="groups", help="grouped events")
    unit.add_argument("--mentions", dest="unit", action="store_const", const="mentions", help="raw mentions")
    export.add_argument("--start", type=iso_date, help="only events on or after this date (YYYY-MM-DD)")
    export.add_argument("--end", type=iso_date, help="only events on or before this date (YYYY-MM-DD)")
    export.add_argument("--actor", help="only events whose source or target code starts with this (e.g. PSE)")
    export.add_argument(
        "--window-days", type=_window, default=DEFAULT_WINDOW_DAYS, help="mentions this many days apart are one event"
    )
    export.add_argument(
        "--page-size", type=positive_int, default=DEFAULT_PAGE_SIZE, help="rows read from the store at a time"
    )
    return export


def run(args: argparse.Namespace) -> int:
    from eventscribe.interop.export import export_store
    from eventscribe.interop.selection import Selection
    from eventscribe.store import open_store

    if Path(args.output).resolve() == Path(args.db).resolve():
        print("eventscribe: error: --output must not be the --db file", file=sys.stderr)
        return EXIT_FAILURE
    try:
        selection = Selection(start=args.start, end=args.end, actor=args.actor)
    except ValueError as exc:
        print(f"eventscribe: error: --actor: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    store = open_store(args.db, read_only=True)
    try:
        summary = export_store(
            store,
            args.format,
            args.output,
            unit=args.unit,
            selection=selection,
            window_days=args.window_days,
            page_size=args.page_size,
        )
    finally:
        store.close()
    print(summary.line())
    return EXIT_OK
