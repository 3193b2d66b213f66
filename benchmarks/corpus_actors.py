"""Actor resolution accuracy on real news mentions (``benchmarks/data/corpus_actors.jsonl``), per split.

Each case is a noun phrase as it appears in AG News, BBC or Reuters-21578 text, with its sentence as
context and the article's date, coded by hand with the country and the first role code a CAMEO coder
would give (see ``benchmarks/data/README.md``). Each is resolved through
:func:`eventscribe.actors.records.resolve_mention`, what ``eventscribe resolve`` does.

* country: the expected country against ours. An expected ``IGO``, ``NGO`` or ``IMG`` compares with the
  first three letters of our code (``IGOUNO`` says IGO); "" expects no political actor.
* sector: our first role code against the expected one; an expected "" wants no role code at all.

The split is the hash of the case id (:func:`eventscribe.evaluate.split_of`): tune on "dev" only. The
misses of the dev split can be listed; those of the test split are never printed.

    .venv/bin/python benchmarks/corpus_actors.py [--split dev|test|both] [--errors dev] [--cases PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.evaluate import split_of
from eventscribe.places import Gazetteer

CASES = Path(__file__).resolve().parent / "data" / "corpus_actors.jsonl"
#: Expected "countries" that stand for an international actor's code prefix.
INTERNATIONAL = ("IGO", "NGO", "IMG")


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of ``path``, one JSON object a line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def our_country(answer: dict[str, Any], expected: str) -> str:
    """Our answer's country, read as the case's expectation is written."""
    if expected in INTERNATIONAL:
        return str(answer["code"])[:3]
    return str(answer["country"])


def sector_ok(answer: dict[str, Any], expected: str) -> bool:
    sectors = answer["sectors"]
    return (sectors[0] == expected) if sectors else expected == ""


def resolve_all(cases: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    resolver = ActorResolver()
    places = Gazetteer.load()
    rows = []
    for case in cases:
        date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
        record = MentionRecord(case["id"], case["text"], case.get("context") or None, date)
        rows.append((case, resolve_mention(resolver, record, places)))
    return rows


def print_figures(rows: list[tuple[dict[str, Any], dict[str, Any]]], splits: tuple[str, ...]) -> None:
    print(f"{'split':6} {'n':>4} {'country':>8} {'sector':>8} {'both':>8}")
    for split in splits:
        part = [(c, a) for c, a in rows if split_of(c["id"]) == split]
        country = [our_country(a, c["country"]) == c["country"] for c, a in part]
        sector = [sector_ok(a, c["sector"]) for c, a in part]
        both = [x and y for x, y in zip(country, sector, strict=True)]
        n = max(1, len(part))
        print(f"{split:6} {len(part):4d} {sum(country) / n:8.3f} {sum(sector) / n:8.3f} {sum(both) / n:8.3f}")


def print_dev_errors(rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """The dev cases we miss (country or sector); test cases are never listed."""
    for case, answer in rows:
        if split_of(case["id"]) != "dev":
            continue
        if our_country(answer, case["country"]) == case["country"] and sector_ok(answer, case["sector"]):
            continue
        want = f"{case['country'] or '-'}/{case['sector'] or '-'}"
        print(f"  {case['id']} {case['text']!r:50} {case['date']} want {want:9} got {answer['code'] or '-'!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=str(CASES), help="the cases file (default: %(default)s)")
    parser.add_argument("--split", choices=("dev", "test", "both"), default="dev", help="figures to print")
    parser.add_argument("--errors", choices=("dev",), help="also list the misses of the dev split")
    args = parser.parse_args()
    rows = resolve_all(load_cases(Path(args.cases)))
    print(f"cases: {args.cases}")
    print_figures(rows, ("dev", "test") if args.split == "both" else (args.split,))
    if args.errors:
        print_dev_errors(rows)


if __name__ == "__main__":
    main()
