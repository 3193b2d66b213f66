"""Convert the PETRARCH CAMEO verb dictionary into eventscribe's own verb and pattern files.

Usage::

    python scripts/build_verbs.py [--shared ../shared] [--outdir src/eventscribe/events/data]

Reads ``<shared>/data/dictionaries/CAMEO.2.0.txt`` (MIT licence, Open Event Data Alliance) and writes
``verbs.jsonl`` and ``patterns.jsonl``. The conversion itself (synsets, multiword verbs, what is kept and
what is dropped) is :mod:`eventscribe.dictionaries.verbs`, which ``eventscribe dictionaries import`` uses
too; this script runs it with the default options and writes the packaged files.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from eventscribe.dictionaries.verbs import convert as convert_dictionary  # noqa: E402


def convert(path: Path, valid_codes: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Counter[str]]:
    """(verbs, patterns, stats) of the packaged conversion (the default options)."""
    result = convert_dictionary(path, valid_codes)
    return result.verbs, result.patterns, result.stats


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--outdir", type=Path, default=REPO / "src/eventscribe/events/data")
    args = parser.parse_args(argv)
    with (args.outdir / "cameo.csv").open(newline="", encoding="utf-8") as f:
        valid = {row["code"] for row in csv.DictReader(f)}
    verbs, patterns, stats = convert(args.shared / "data/dictionaries/CAMEO.2.0.txt", valid)
    write_jsonl(verbs, args.outdir / "verbs.jsonl")
    write_jsonl(patterns, args.outdir / "patterns.jsonl")
    print(f"wrote {len(verbs)} verbs and {len(patterns)} patterns", file=sys.stderr)
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
