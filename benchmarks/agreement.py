"""Inter-coder agreement on the real-news event set: a second, blind coding scored against the first.

``benchmarks/data/corpus_events.jsonl`` (coder 1) and ``benchmarks/data/corpus_events_coder2.jsonl``
(coder 2, who saw only each sentence's id, date and text) use the gold format of DESIGN.md. On the
sentences both coded, one coder's required ``events`` are taken as predictions and scored against the
other's file with the project's scorer, :func:`eventscribe.evaluate.score`, so agreement is measured the
way eventscribe itself is measured. A predicted event carries the first code its coder listed.

* Three levels: country + CAMEO root (the usual figure for inter-coder agreement), country + first
  sector + CAMEO root, and country + the full code (the gold prefixes as written).
* Both ways: coder 2 scored against coder 1, and coder 1 against coder 2. Precision one way is close to
  recall the other way; they differ only through ``optional_events``.
* Per split (:func:`eventscribe.evaluate.split_of`) and overall, and per family of CAMEO roots: an
  event belongs to the family of its (first) root, and a family's score keeps only the events of that
  family on both sides.
* No-event agreement: Cohen's kappa on the two coders' ``no_event`` flags.

``--disagreements N`` lists up to N dev-split sentences where the coders differ at country + root; the
test split is never listed.

    .venv/bin/python benchmarks/agreement.py [--first PATH] [--second PATH] [--disagreements N]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from eventscribe.evaluate import GoldEvent, GoldRecord, Report, Score, at_root, load_gold, score, split_of
from eventscribe.events.codebook import Codebook
from eventscribe.model import Actor, Event, Evidence

DATA = Path(__file__).resolve().parent / "data"
FIRST = DATA / "corpus_events.jsonl"
SECOND = DATA / "corpus_events_coder2.jsonl"
#: The four families of CAMEO roots, by the first and last root of each.
FAMILIES = {
    "verbal coop 01-05": (1, 5),
    "material coop 06-08": (6, 8),
    "verbal conflict 09-13": (9, 13),
    "material conflict 14-20": (14, 20),
}
LEVELS = ("country+root", "country+sector+root", "country+code")


def family_of(code: str) -> str:
    """The family name of a CAMEO code (by its two-digit root)."""
    root = int(code[:2])
    return next(name for name, (low, high) in FAMILIES.items() if low <= root <= high)


def _actor(code: str) -> Actor | None:
    return Actor(code=code, name=code, country=code[:3]) if code else None


def as_predictions(record: GoldRecord, book: Codebook) -> list[Event]:
    """A coder's required events as predicted events, each with the first code the coder listed."""
    return [
        Event(
            event_id=f"{record.id}-{i}",
            article_id=record.id,
            sentence_index=0,
            sentence=record.text,
            date=record.date,
            source=_actor(gold.source),
            target=_actor(gold.target),
            cameo=book.cameo(gold.cameo[0]),
            plover=None,
            location=None,
            confidence=1.0,
            evidence=Evidence(trigger="", start=0, end=len(record.text)),
        )
        for i, gold in enumerate(record.events)
    ]


def _in_family(events: tuple[GoldEvent, ...], family: str) -> tuple[GoldEvent, ...]:
    return tuple(e for e in events if e.cameo and family_of(e.cameo[0]) == family)


def only_family(record: GoldRecord, family: str) -> GoldRecord:
    """``record`` keeping only the events (required and optional) of one family of roots."""
    return replace(
        record,
        events=_in_family(record.events, family),
        optional_events=_in_family(record.optional_events, family),
    )


def levels(gold: Sequence[GoldRecord], predicted: Sequence[GoldRecord], book: Codebook) -> dict[str, Score]:
    """The scores of ``predicted``'s required events against ``gold``, at each level, on the same ids."""
    by_id = {r.id: r for r in predicted}

    def predictions(record: GoldRecord) -> list[Event]:
        return as_predictions(by_id[record.id], book)

    full: Report = score(gold, predictions)
    rooted: Report = score([at_root(r) for r in gold], predictions)
    return {"country+root": rooted.cameo_root, "country+sector+root": rooted.sector, "country+code": full.root}


def paired(first: Sequence[GoldRecord], second: Sequence[GoldRecord]) -> tuple[list[GoldRecord], list[GoldRecord]]:
    """The records of both files whose ids both coded, in the first file's order."""
    ids = {r.id for r in second}
    left = [r for r in first if r.id in ids]
    keep = {r.id for r in left}
    return left, [r for r in second if r.id in keep]


def cohen_kappa(left: Sequence[bool], right: Sequence[bool]) -> float:
    """Cohen's kappa of two coders' yes/no labels on the same items (1.0 when both are constant and equal)."""
    n = len(left)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in zip(left, right, strict=True)) / n
    p_left, p_right = sum(left) / n, sum(right) / n
    expected = p_left * p_right + (1 - p_left) * (1 - p_right)
    return 1.0 if expected == 1.0 else (observed - expected) / (1 - expected)


def no_event_kappa(first: Sequence[GoldRecord], second: Sequence[GoldRecord]) -> float:
    """Kappa on the no-event flag (a record with no required event) of paired records."""
    return cohen_kappa([not r.events for r in first], [not r.events for r in second])


def _row(label: str, value: Score) -> str:
    return (
        f"  {label:<24} P {value.precision:.3f}  R {value.recall:.3f}  F1 {value.f1:.3f}"
        f"  (matched {value.matched}, predicted {value.predicted}, gold {value.gold})"
    )


Pair = tuple[list[GoldRecord], list[GoldRecord]]


def _directions(first: list[GoldRecord], second: list[GoldRecord]) -> dict[str, Pair]:
    """Each direction as (gold, predicted)."""
    return {"coder 2 against coder 1": (first, second), "coder 1 against coder 2": (second, first)}


def print_levels(first: list[GoldRecord], second: list[GoldRecord], book: Codebook) -> None:
    """Agreement at the three levels, per split and overall, both ways."""
    for split in ("dev", "test", "all"):
        left = [r for r in first if split in ("all", split_of(r.id))]
        right = [r for r in second if split in ("all", split_of(r.id))]
        print(f"\n== {split}: {len(left)} sentences ==")
        for direction, (gold, predicted) in _directions(left, right).items():
            print(f" {direction}")
            for level, value in levels(gold, predicted, book).items():
                print(_row(level, value))


def print_families(first: list[GoldRecord], second: list[GoldRecord], book: Codebook) -> None:
    """Agreement at country + root within each family of roots, all sentences, both ways."""
    print("\n== per family of roots (country + root, all sentences) ==")
    for direction, (gold, predicted) in _directions(first, second).items():
        print(f" {direction}")
        for family in FAMILIES:
            kept = [only_family(r, family) for r in predicted]
            value = levels([only_family(r, family) for r in gold], kept, book)["country+root"]
            print(_row(family, value))


def print_kappa(first: list[GoldRecord], second: list[GoldRecord]) -> None:
    print("\n== no-event agreement (Cohen's kappa on the no_event flag) ==")
    for split in ("dev", "test", "all"):
        left = [r for r in first if split in ("all", split_of(r.id))]
        right = [r for r in second if split in ("all", split_of(r.id))]
        both = sum(not a.events and not b.events for a, b in zip(left, right, strict=True))
        print(
            f"  {split:<5} kappa {no_event_kappa(left, right):.3f}  no event: coder 1 "
            f"{sum(not r.events for r in left)}, coder 2 {sum(not r.events for r in right)}, both {both}"
        )


def _events_text(events: tuple[GoldEvent, ...]) -> str:
    return "; ".join(f"{e.source} -> {e.target or '(none)'} {'|'.join(e.cameo)}" for e in events) or "-"


def disagree(first: GoldRecord, second: GoldRecord, book: Codebook) -> bool:
    """Whether the coders differ at country + root on one sentence (either way short of full agreement)."""
    for gold, predicted in ((first, second), (second, first)):
        value = levels([gold], [predicted], book)["country+root"]
        if value.matched < value.predicted or value.matched_required < value.gold:
            return True
    return False


def print_disagreements(first: list[GoldRecord], second: list[GoldRecord], book: Codebook, limit: int) -> None:
    """Up to ``limit`` dev-split sentences where the coders differ; the test split is never listed."""
    pairs = [(a, b) for a, b in zip(first, second, strict=True) if split_of(a.id) == "dev" and disagree(a, b, book)]
    print(f"\n== dev disagreements at country + root: {len(pairs)} sentences, listing {min(limit, len(pairs))} ==")
    for a, b in pairs[:limit]:
        print(f"\n{a.id}: {a.text}")
        print(f"  coder 1: {_events_text(a.events)}   optional: {_events_text(a.optional_events)}")
        print(f"  coder 2: {_events_text(b.events)}   optional: {_events_text(b.optional_events)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first", type=Path, default=FIRST, help="coder 1's gold file")
    parser.add_argument("--second", type=Path, default=SECOND, help="coder 2's gold file")
    parser.add_argument("--disagreements", type=int, default=0, metavar="N", help="list N dev disagreements")
    args = parser.parse_args(argv)
    book = Codebook.load()
    first, second = paired(load_gold(args.first), load_gold(args.second))
    print(f"{len(first)} sentences coded by both ({args.first.name}, {args.second.name})")
    print_levels(first, second, book)
    print_families(first, second, book)
    print_kappa(first, second)
    if args.disagreements:
        print_disagreements(first, second, book, args.disagreements)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
