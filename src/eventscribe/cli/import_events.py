"""``eventscribe import``: read ICEWS and GDELT event files into the store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventscribe.cli.options import EXIT_INPUT_ERRORS, EXIT_OK, positive_int
from eventscribe.errors import InputError

ORDER = 15


def register(commands: Any) -> argparse.ArgumentParser:
    from eventscribe.interop.importing import DEFAULT_BATCH_SIZE, IMPORT_FORMATS

    command = commands.add_parser(
        "import",
        help="import ICEWS or GDELT event files into the store",
        description="Import event data sets into a store. Example: eventscribe import --format icews "
        "icews_events_2018.tab --db events.duckdb",
    )
    command.add_argument("files", nargs="+", metavar="FILE", help="ICEWS .tab or GDELT export files (.gz, .zip too)")
    command.add_argument(
        "--db", required=True, help="the DuckDB file (created if missing) or postgresql:// URL to import into"
    )
    command.add_argument(
        "--format", choices=(*IMPORT_FORMATS, "auto"), default="auto", help="file format (default: told from the file)"
    )
    command.add_argument(
        "--batch-size", type=positive_int, default=DEFAULT_BATCH_SIZE, help="rows per transaction (default 5000)"
    )
    return command


def run(args: argparse.Namespace) -> int:
    from eventscribe.interop.importing import import_files
    from eventscribe.store import open_store

    def report(error: InputError) -> None:
        print(f"eventscribe: skipped {error}", file=sys.stderr)

    store = open_store(args.db)
    try:
        summary = import_files(store, args.files, format=args.format, batch_size=args.batch_size, on_error=report)
    finally:
        store.close()
    print(summary.line())
    return EXIT_OK if summary.ok else EXIT_INPUT_ERRORS
