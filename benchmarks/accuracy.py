"""Accuracy on the PETRARCH-2 real-world gold set, per fixed split, and on our own held-out news set.

The PETRARCH split is a hash of each record id (eventscribe.evaluate.split_of): "dev" is tuned on, "test"
is held out and never tuned on. ``benchmarks/data/news_heldout.jsonl`` holds 25 news sentences that we
wrote and coded by hand before running the coder on them once; it is never tuned on either. Prints
precision, recall and F1 at root level (country + CAMEO prefix) and with the first sector.

    .venv/bin/python benchmarks/accuracy.py [--gold PATH] [--threshold 0.0]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _shared import shared_dir

from eventscribe.evaluate import GoldRecord, load_gold, score, split_of
from eventscribe.pipeline import Pipeline

OWN_HELDOUT = Path(__file__).resolve().parent / "data" / "news_heldout.jsonl"


def report(label: str, records: list[GoldRecord], coded: dict, threshold: float) -> None:
    result = score(records, lambda r: coded[r.id], threshold=threshold)
    for level, s in (("country+root", result.root), ("country+sector", result.sector)):
        print(f"{label:12} {len(records):4d} {level:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(shared_dir() / "gold" / "petrarch2_gsr_realworld.jsonl"))
    parser.add_argument("--threshold", type=float, default=0.0)
    args = parser.parse_args()
    records = load_gold(args.gold)
    own = load_gold(OWN_HELDOUT)
    pipeline = Pipeline()
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in [*records, *own])}
    print(f"gold: {args.gold}")
    print(f"{'split':12} {'n':>4} {'level':16} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("dev", "test", "all"):
        part = [r for r in records if split == "all" or split_of(r.id) == split]
        report(split, part, coded, args.threshold)
    report("own-heldout", own, coded, args.threshold)


if __name__ == "__main__":
    main()
