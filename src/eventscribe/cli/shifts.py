"""``eventscribe shifts --actor A``: turns in A's relations (falling out, rapprochement) and their events."""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventscribe.cli.options import EXIT_OK, iso_date, positive_int

ORDER = 42


def register(commands: Any) -> argparse.ArgumentParser:
    shifts = commands.add_parser(
        "shifts",
        help="change points in a relation's balance of cooperation and conflict",
        description="Find when A fell out with B or moved closer (or with each of A's main partners). "
        "Example: eventscribe shifts --db events.duckdb --actor IRN --other PSE",
    )
    shifts.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to read")
    shifts.add_argument("--actor", required=True, help="actor code (prefix)")
    shifts.add_argument("--other", help="the other actor (default: A's ten main partner countries)")
    shifts.add_argument("--freq", choices=["day", "week", "month"], default="month", help="period (default month)")
    shifts.add_argument("--start", type=iso_date, help="first day (YYYY-MM-DD)")
    shifts.add_argument("--end", type=iso_date, help="last day (YYYY-MM-DD)")
    shifts.add_argument("--min-size", type=positive_int, default=2, help="fewest periods between shifts (default 2)")
    shifts.add_argument("--json", action="store_true", help="print JSON (with the driving events) instead of text")
    return shifts


def run(args: argparse.Namespace) -> int:
    from eventscribe.analysis import find_shifts
    from eventscribe.store import open_store

    with open_store(args.db, read_only=True) as store:
        found = find_shifts(
            store, args.actor, args.other, freq=args.freq, start=args.start, end=args.end, min_size=args.min_size
        )
    if args.json:
        print(json.dumps([s.to_dict() for s in found], indent=2))
        return EXIT_OK
    if not found:
        print("no shift found")
    for shift in found:
        print(
            f"{shift.date}  {shift.a}-{shift.b}  {shift.direction:13s}  balance {shift.before:+.2f} -> "
            f"{shift.after:+.2f}  (significance {shift.significance})"
        )
        for event in shift.events[:3]:
            print(f"    {event['date']}  {event['cameo']['code']} {event['cameo']['name']}: {event['sentence'][:100]}")
    return EXIT_OK
