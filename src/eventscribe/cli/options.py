"""Exit codes and argument types shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INPUT_ERRORS",
    "EXIT_OK",
    "add_dictionary_options",
    "dictionary_options_error",
    "iso_date",
    "positive_int",
    "probability",
]

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_FAILURE = 2


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def probability(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return number


def add_dictionary_options(parser: argparse.ArgumentParser) -> None:
    """``--dictionary PATH`` (repeatable) and ``--only-dictionaries``, for the commands that code text."""
    parser.add_argument(
        "--dictionary",
        action="append",
        default=[],
        metavar="PATH",
        help="a user dictionary (YAML, JSON, CSV, or a directory of them) that adds to or overrides the "
        "packaged actors and verbs; repeatable, later ones win",
    )
    parser.add_argument(
        "--only-dictionaries",
        action="store_true",
        help="use only the --dictionary files: no packaged actors, countries, role words or verbs",
    )


def dictionary_options_error(args: argparse.Namespace) -> str | None:
    """The message for dictionary options that do not go together, or None."""
    if args.only_dictionaries and not args.dictionary:
        return "--only-dictionaries needs at least one --dictionary PATH"
    return None
