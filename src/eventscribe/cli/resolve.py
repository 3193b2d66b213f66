"""``eventscribe resolve``: resolve actor mentions (JSON lines) to CAMEO actor codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventscribe.cli.options import EXIT_FAILURE, EXIT_INPUT_ERRORS, EXIT_OK

ORDER = 35


def register(commands: Any) -> argparse.ArgumentParser:
    resolve = commands.add_parser(
        "resolve",
        help="resolve actor mentions to CAMEO actor codes",
        description=(
            'Resolve actor mentions. Each input line is {"id", "text", "context"?, "date"?}; each output line '
            '{"id", "code", "country", "sectors", "name"}. Example: eventscribe resolve actors.jsonl --output codes.jsonl'
        ),
    )
    resolve.add_argument("input", metavar="ACTORS.jsonl", help="mentions, one JSON object a line")
    resolve.add_argument("--output", "-o", required=True, help="write the resolved actors here (JSON lines)")
    return resolve


def run(args: argparse.Namespace) -> int:
    from eventscribe.actors import ActorResolver
    from eventscribe.actors.records import read_mentions, resolve_mention
    from eventscribe.errors import RecordError

    source, output = Path(args.input), Path(args.output)
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        print(f"eventscribe: error: {output}: the output would overwrite the input", file=sys.stderr)
        return EXIT_FAILURE
    from eventscribe.places import Gazetteer

    resolver, places = ActorResolver(), Gazetteer.load()
    bad = written = 0
    temporary = output.with_name(f".{output.name}.partial")
    with source.open(encoding="utf-8", errors="strict") as lines, temporary.open("w", encoding="utf-8") as out:
        try:
            for item in read_mentions(lines, str(source)):
                if isinstance(item, RecordError):
                    print(f"eventscribe: skipped {item}", file=sys.stderr)
                    bad += 1
                    continue
                out.write(json.dumps(resolve_mention(resolver, item, places), ensure_ascii=False) + "\n")
                written += 1
        except UnicodeDecodeError as exc:
            print(f"eventscribe: skipped {source}: not UTF-8 text from byte {exc.start} on", file=sys.stderr)
            bad += 1
    temporary.replace(output)
    print(f"resolved {written} mentions" + (f", {bad} bad records skipped" if bad else ""))
    return EXIT_INPUT_ERRORS if bad else EXIT_OK
