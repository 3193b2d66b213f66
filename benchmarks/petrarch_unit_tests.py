"""PETRARCH unit tests through imported dictionaries: how many sentences get exactly their expected events.

Usage::

    .venv/bin/python benchmarks/petrarch_unit_tests.py [--split dev|test|all] [--show-failures] [--json]

Steps:

1. ``eventscribe dictionaries import`` (the library call behind it) converts the PETRARCH validation
   dictionaries in ``<shared>/data/dictionaries/petrarch_validation/`` into a temporary directory.
2. Each sentence of ``<shared>/gold/petrarch_unit_tests_fictional.jsonl`` is coded as an article dated
   as the record says, with ONLY those dictionaries (``Pipeline(dictionaries=[dir],
   packaged_dictionaries=False)``), so that the fictional actors (Arnor, Gondor ...) are known and the
   real-world knowledge base plays no part.
3. A record matches when the set of coded (source code, target code, CAMEO code) triples equals its
   expected set exactly (a record expecting no event matches when nothing is coded).

Excluded: records with an expected code that is not in the shipped CAMEO codebook
(``src/eventscribe/events/data/cameo.csv``, converted from the CAMEO 1.1b3 manual). Those are the
validation suite's test-only codes (901-915, 1717, 174K ...) and old WEIS codes that the suite's verb
dictionary still uses (212, 222-224, 066, 095 ...): no CAMEO coder can produce them, and the importer
drops them because the codebook does not know them.

Also excluded: contradictory records, which share their text and date with a record expecting other
events (DEMO-00 and ERROR-02/03, whose original parse trees were broken on purpose; AGENT-09 and
AGENT-12/13, whose original agent dictionaries differed). The original tests differed in something the
file does not carry, so at most one of each group can match; every member is left out, and the figures
with them scored too are printed after the main ones.

Splits: ``dev`` and ``test`` are fixed halves by a hash of the record id and its position (the ids of
the suite are not unique), the same hash as ``eventscribe evaluate --split``. Tune only on ``dev``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import shared_dir  # noqa: E402

from eventscribe import Article, Pipeline  # noqa: E402
from eventscribe.dictionaries.importer import import_legacy, write_import  # noqa: E402
from eventscribe.evaluate import split_of  # noqa: E402
from eventscribe.events.codebook import Codebook  # noqa: E402

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    key: str  # id and position: the suite repeats some ids
    id: str
    text: str
    date: dt.date
    expected: frozenset[Triple]

    @property
    def split(self) -> str:
        return split_of(self.key)


def load_cases(path: Path) -> tuple[list[Case], list[str], list[Case]]:
    """The scored cases, the ids of the records left out for non-CAMEO codes, and the contradictory
    cases (left out too, see :func:`contradictory`)."""
    codes = set(Codebook.load().codes())
    cases, excluded = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        rec = json.loads(line)
        expected = frozenset((s, t, c) for s, t, c in rec["events"])
        if any(c not in codes for _, _, c in expected):
            excluded.append(rec["id"])
            continue
        date = dt.date.fromisoformat(rec["date"]) if rec.get("date") else None
        cases.append(Case(f"{rec['id']}#{n}", rec["id"], rec["text"], date, expected))  # type: ignore[arg-type]
    clashing = contradictory(cases)
    return [c for c in cases if c not in clashing], excluded, clashing


def contradictory(cases: list[Case]) -> list[Case]:
    """Cases that share their text and date with a case expecting other events (DEMO-00 and ERROR-02,
    whose parse tree was broken; AGENT-09 and AGENT-12, whose agent dictionary differed): the original
    tests differed in something this file does not carry, so no coder can match all of them. Every
    member of such a group is left out, whichever of them a coder gets right."""
    groups: dict[tuple[str, dt.date | None], set[frozenset[Triple]]] = {}
    for c in cases:
        groups.setdefault((c.text, c.date), set()).add(c.expected)
    return [c for c in cases if len(groups[(c.text, c.date)]) > 1]


def import_validation(shared: Path, out: Path) -> list[str]:
    base = shared / "data" / "dictionaries" / "petrarch_validation"
    result = import_legacy(
        actors=[base / "PETR.Validate.actors.txt"],
        agents=[base / "PETR.Validate.agents.txt"],
        verbs=[base / "PETR.Validate.verbs.txt"],
        discards=[base / "PETR.Validate.discards.txt"],
    )
    write_import(result, out)
    return result.lines()


def code_cases(cases: list[Case], dictionaries: Path) -> dict[str, frozenset[Triple]]:
    pipeline = Pipeline(dictionaries=[dictionaries], packaged_dictionaries=False)
    articles = (Article(id=c.key, text=c.text, date=c.date) for c in cases)
    out = {}
    for coded in pipeline.pipe(articles):
        out[coded.article.id] = frozenset(
            (e.source.code if e.source else "---", e.target.code if e.target else "---", e.cameo.code)
            for e in coded.events
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show-failures", action="store_true", help="print each record that does not match")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    shared = shared_dir()
    cases, excluded, clashing = load_cases(shared / "gold" / "petrarch_unit_tests_fictional.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        report = import_validation(shared, Path(tmp))
        coded = code_cases(cases + clashing, Path(tmp))
    figures = _figures(cases, coded)
    with_clashing = _figures(cases + clashing, coded)
    if args.show_failures:
        for c in cases:
            if (args.split == "all" or c.split == args.split) and coded[c.key] != c.expected:
                print(
                    f"{c.id} [{c.split}] {c.text[:110]}\n  expected {sorted(c.expected)}\n  coded    {sorted(coded[c.key])}"
                )
    if args.json:
        out = {
            "excluded": len(excluded),
            "contradictory": sorted(c.id for c in clashing),
            "splits": figures,
            "splits_with_contradictory": with_clashing,
            "import": report,
        }
        print(json.dumps(out, indent=2))
        return 0
    print(
        f"PETRARCH unit tests: {len(cases)} scored, {len(excluded)} left out for non-CAMEO codes,"
        f" {len(clashing)} contradictory ({', '.join(sorted(c.id for c in clashing))})"
    )
    _print(figures)
    print("  with the contradictory records scored too:")
    _print(with_clashing)
    return 0


def _figures(cases: list[Case], coded: dict[str, frozenset[Triple]]) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    for split in ("dev", "test", "all"):
        chosen = [c for c in cases if split == "all" or c.split == split]
        hits = sum(coded[c.key] == c.expected for c in chosen)
        found = sum(c.expected <= coded[c.key] for c in chosen)
        figures[split] = {
            "records": len(chosen),
            "exact": hits,
            "exact_share": round(hits / len(chosen), 3) if chosen else 0.0,
            "expected_found": found,
        }
    return figures


def _print(figures: dict[str, dict[str, float]]) -> None:
    for split, f in figures.items():
        print(
            f"  {split:4}  {f['exact']:3}/{f['records']:3} exact ({100 * f['exact_share']:.1f}%),"
            f" {f['expected_found']} with every expected event found"
        )


if __name__ == "__main__":
    raise SystemExit(main())
