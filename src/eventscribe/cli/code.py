"""``eventscribe code``: code articles into events (JSON lines and/or a store)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventscribe.cli.options import (
    EXIT_FAILURE,
    EXIT_INPUT_ERRORS,
    EXIT_OK,
    add_dictionary_options,
    dictionary_options_error,
    iso_date,
    positive_int,
    probability,
)
from eventscribe.errors import InputError
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.ingest import DEFAULT_MAX_CHARS, SUPPORTED_SUFFIXES
from eventscribe.nlp.parse import DEFAULT_MODELS
from eventscribe.runners import RUNNERS

ORDER = 10


def register(commands: Any) -> argparse.ArgumentParser:
    code = commands.add_parser(
        "code",
        help="code articles into events",
        description="Code news articles into events. Example: eventscribe code news/ --db events.duckdb",
    )
    code.add_argument(
        "inputs", nargs="+", metavar="INPUT", help=f"files ({' '.join(sorted(SUPPORTED_SUFFIXES))}) or directories"
    )
    code.add_argument("--output", "-o", help="write events as JSON lines to this file")
    code.add_argument(
        "--db", help="store articles and events in this DuckDB file or postgresql:// URL (resumable, versioned)"
    )
    code.add_argument("--date", type=iso_date, help="publication date for inputs that carry none (YYYY-MM-DD)")
    code.add_argument(
        "--processes",
        type=positive_int,
        help="worker processes (local runner, default 1) or Ray workers (default: one per CPU of the cluster)",
    )
    code.add_argument(
        "--runner",
        choices=RUNNERS,
        default="local",
        help="where to code: this machine (local, the default) or a Ray cluster (ray)",
    )
    code.add_argument(
        "--address",
        help="with --runner ray: join this running Ray cluster (host:port, or auto); without it a local "
        "cluster is started for the run",
    )
    code.add_argument(
        "--model",
        help=f"spaCy pipeline to use (default: $EVENTSCRIBE_SPACY_MODEL, else the first installed of {', '.join(DEFAULT_MODELS)})",
    )
    code.add_argument("--batch-size", type=positive_int, default=8, help="articles per nlp.pipe batch (default 8)")
    code.add_argument(
        "--max-chars",
        type=positive_int,
        default=DEFAULT_MAX_CHARS,
        help="longest article accepted, in characters (default: %(default)s)",
    )
    code.add_argument(
        "--min-confidence",
        type=probability,
        default=DEFAULT_MIN_CONFIDENCE,
        help="drop events below this confidence (default: %(default)s)",
    )
    code.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    add_dictionary_options(code)
    return code


def run(args: argparse.Namespace) -> int:
    from eventscribe.coding import code_inputs
    from eventscribe.progress import Progress
    from eventscribe.runners import make_runner

    if not args.output and not args.db:
        print("eventscribe: error: give --output FILE and/or --db FILE|URL", file=sys.stderr)
        return EXIT_FAILURE
    problem = dictionary_options_error(args)
    if problem:
        print(f"eventscribe: error: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    runner = make_runner(
        args.runner,
        processes=args.processes,
        address=args.address,
        model=args.model,
        batch_size=args.batch_size,
        min_confidence=args.min_confidence,
        dictionaries=args.dictionary,
        packaged_dictionaries=not args.only_dictionaries,
    )
    with Progress(enabled=not args.quiet) as progress:

        def report(error: InputError) -> None:
            progress.skip()
            progress.say(f"eventscribe: skipped {error}")

        progress.count_in_background(args.inputs, exclude=[args.output] if args.output else [])
        try:
            summary = code_inputs(
                args.inputs,
                output=args.output,
                db=args.db,
                date=args.date,
                model=args.model,
                batch_size=args.batch_size,
                max_chars=args.max_chars,
                min_confidence=args.min_confidence,
                runner=runner,
                on_error=report,
                on_article=progress.advance,
                on_stored=lambda _article: progress.skip(),
            )
        finally:
            runner.close()
    print(summary.line())
    return EXIT_OK if summary.ok else EXIT_INPUT_ERRORS
