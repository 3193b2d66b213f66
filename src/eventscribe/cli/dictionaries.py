"""``eventscribe dictionaries``: import TABARI/PETRARCH dictionaries, and check user dictionaries."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventscribe.cli.options import EXIT_FAILURE, EXIT_OK

ORDER = 60


def register(commands: Any) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "dictionaries",
        help="import legacy dictionaries, check user dictionaries",
        description="Work with dictionaries. Example: eventscribe dictionaries import --actors my.actors "
        "--verbs my.verbs --output mydicts/",
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser(
        "import",
        help="convert TABARI/PETRARCH dictionaries into eventscribe's format",
        description="Convert TABARI/PETRARCH actor, agent, verb and discard dictionaries into checked YAML "
        "user dictionaries (actors.yaml, agents.yaml, verbs.yaml, discards.yaml) in --output. Example: "
        "eventscribe dictionaries import --actors PETR.actors.txt --verbs PETR.verbs.txt --output mydicts/",
    )
    imp.add_argument("--actors", action="append", default=[], metavar="FILE", help="actor dictionary (repeatable)")
    imp.add_argument("--agents", action="append", default=[], metavar="FILE", help="agent dictionary (repeatable)")
    imp.add_argument("--verbs", action="append", default=[], metavar="FILE", help="verb dictionary (repeatable)")
    imp.add_argument("--discards", action="append", default=[], metavar="FILE", help="discard dictionary (repeatable)")
    imp.add_argument("--output", "-o", required=True, metavar="DIR", help="directory to write the dictionaries to")
    imp.add_argument("--quiet", "-q", action="store_true", help="do not print what was kept and dropped")
    check = sub.add_parser(
        "check",
        help="check user dictionaries against the schema",
        description="Check user dictionaries and print their sizes. Example: eventscribe dictionaries check mydicts/",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="dictionary files or directories")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.action == "import":
        return _import(args)
    from eventscribe.dictionaries import read_dictionaries

    for dictionary in read_dictionaries(args.paths):
        sizes = ", ".join(f"{n} {section}" for section, n in dictionary.counts().items() if n)
        print(f"{dictionary.source}: ok ({sizes or 'empty'})")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from eventscribe.dictionaries import import_legacy, write_import

    if not (args.actors or args.agents or args.verbs or args.discards):
        print("eventscribe: error: give at least one of --actors, --agents, --verbs, --discards", file=sys.stderr)
        return EXIT_FAILURE
    result = import_legacy(actors=args.actors, agents=args.agents, verbs=args.verbs, discards=args.discards)
    written = write_import(result, args.output)
    if not args.quiet:
        for line in result.lines():
            print(f"  {line}", file=sys.stderr)
    print(f"wrote {', '.join(str(p) for p in written)}")
    return EXIT_OK
