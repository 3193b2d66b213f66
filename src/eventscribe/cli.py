"""The command line: a thin layer that parses arguments and calls one library function per command.

Only this module prints or chooses exit codes; the library raises :mod:`eventscribe.errors`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from eventscribe import __version__
from eventscribe.errors import EventscribeError, InputError
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.ingest import DEFAULT_MAX_CHARS

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_FAILURE = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventscribe",
        description="Turn news text into coded political events (CAMEO, PLOVER) with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"eventscribe {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = commands.add_parser(
        "code",
        help="code articles into events",
        description="Code news articles into events. Example: eventscribe code news/ --db events.duckdb",
    )
    code.add_argument("inputs", nargs="+", metavar="INPUT", help="files (.jsonl .csv .txt .html) or directories")
    code.add_argument("--output", "-o", help="write events as JSON lines to this file")
    code.add_argument("--db", help="store articles and events in this DuckDB file (resumable)")
    code.add_argument("--date", type=_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    code.add_argument("--processes", type=_positive, default=1, help="worker processes (default 1)")
    code.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)")
    code.add_argument("--batch-size", type=_positive, default=8, help="articles per nlp.pipe batch (default 8)")
    code.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, help="longest article accepted")
    code.add_argument(
        "--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE, help="drop events below this confidence"
    )
    code.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    show = commands.add_parser(
        "show",
        help="print stored events as a table",
        description="Print the events in a store. Example: eventscribe show --db demo.duckdb",
    )
    show.add_argument("--db", required=True, help="the DuckDB file to read")
    show.add_argument("--limit", type=_positive, default=100, help="at most this many events (default 100)")

    evaluate = commands.add_parser(
        "evaluate",
        help="score the coder against a gold file",
        description="Score against a gold file. Example: eventscribe evaluate --gold gold.jsonl --split test",
    )
    evaluate.add_argument("--gold", required=True, help="gold file (JSON lines, see DESIGN.md)")
    evaluate.add_argument("--split", choices=("all", "dev", "test"), default="all", help="which fixed split")
    evaluate.add_argument("--threshold", type=float, default=0.0, help="score only events at this confidence or above")
    evaluate.add_argument(
        "--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE, help="the coder's own cut (as for code)"
    )
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--output", "-o", help="also write the predicted events as JSON lines")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "code":
            return _code(args)
        if args.command == "show":
            return _show(args)
        if args.command == "evaluate":
            return _evaluate(args)
    except EventscribeError as exc:
        print(f"eventscribe: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"eventscribe: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("eventscribe: interrupted; rerun the same command to resume", file=sys.stderr)
        return 130
    return EXIT_FAILURE


def _code(args: argparse.Namespace) -> int:
    from eventscribe.coding import code_inputs
    from eventscribe.progress import Progress

    if not args.output and not args.db:
        print("eventscribe: error: give --output FILE and/or --db FILE", file=sys.stderr)
        return EXIT_FAILURE

    def report(error: InputError) -> None:
        print(f"eventscribe: skipped {error}", file=sys.stderr)

    with Progress(enabled=not args.quiet) as progress:
        summary = code_inputs(
            args.inputs,
            output=args.output,
            db=args.db,
            date=args.date,
            processes=args.processes,
            model=args.model,
            batch_size=args.batch_size,
            max_chars=args.max_chars,
            min_confidence=args.min_confidence,
            on_error=report,
            on_article=progress.advance,
        )
    print(summary.line())
    return EXIT_OK if summary.ok else EXIT_INPUT_ERRORS


def _show(args: argparse.Namespace) -> int:
    from eventscribe.show import print_events
    from eventscribe.store import open_store

    store = open_store(args.db, read_only=True)
    try:
        print_events(list(store.events(limit=args.limit)))
    finally:
        store.close()
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from eventscribe.coding import EventSink
    from eventscribe.evaluate import load_gold, score, split_of
    from eventscribe.pipeline import Pipeline

    def warn(message: str) -> None:
        print(f"eventscribe: warning: {message}", file=sys.stderr)

    records = [r for r in load_gold(args.gold, on_warning=warn) if args.split == "all" or split_of(r.id) == args.split]
    sink = EventSink(args.output) if args.output else None  # fail now, not after all the coding
    pipeline = Pipeline(min_confidence=args.min_confidence)
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}
    report = score(records, lambda r: coded[r.id], threshold=args.threshold)
    if sink is not None:
        for events in coded.values():
            sink.write(event.to_dict() for event in events)
        sink.close()
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        from eventscribe.show import print_report

        print_report(report, title=f"{args.gold} ({args.split}, {len(records)} records)")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
