"""The command line: a thin layer that parses arguments and calls one library function per command.

Each command lives in its own module of this package (``code.py``, ``show.py`` …) with two functions:
``register(commands)`` adds its sub-parser, and ``run(args)`` carries it out and returns the exit code.
Modules are found by name, so a new command is a new module and nothing else changes.

Only this package prints or chooses exit codes; the library raises :mod:`eventscribe.errors`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from eventscribe import __version__
from eventscribe.cli.options import EXIT_FAILURE
from eventscribe.errors import EventscribeError

__all__ = ["build_parser", "main"]


def _command_modules() -> list[ModuleType]:
    """Every command module of this package, in the order of their ``ORDER`` (then name)."""
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_") and info.name != "options"
    ]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventscribe",
        description="Turn news text into coded political events (CAMEO, PLOVER) with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"eventscribe {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _command_modules():
        sub = module.register(commands)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args))
    except EventscribeError as exc:
        print(f"eventscribe: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"eventscribe: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("eventscribe: interrupted; rerun the same command to resume", file=sys.stderr)
        return 130
