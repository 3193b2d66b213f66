"""Accuracy on the PETRARCH-2 real-world gold set, per fixed split.

The split is a hash of each record id (eventscribe.evaluate.split_of): "dev" is tuned on, "test" is held
out and never tuned on. Prints precision, recall and F1 at root level (country + CAMEO prefix) and with
the first sector.

    .venv/bin/python benchmarks/accuracy.py [--gold PATH] [--threshold 0.0]
"""

from __future__ import annotations

import argparse

from _shared import shared_dir

from eventscribe.evaluate import load_gold, score, split_of
from eventscribe.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(shared_dir() / "gold" / "petrarch2_gsr_realworld.jsonl"))
    parser.add_argument("--threshold", type=float, default=0.0)
    args = parser.parse_args()
    records = load_gold(args.gold)
    pipeline = Pipeline()
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}
    print(f"gold: {args.gold}")
    print(f"{'split':6} {'n':>4} {'level':16} {'P':>6} {'R':>6} {'F1':>6}")
    for split in ("dev", "test", "all"):
        part = [r for r in records if split == "all" or split_of(r.id) == split]
        report = score(part, lambda r: coded[r.id], threshold=args.threshold)
        for level, s in (("country+root", report.root), ("country+sector", report.sector)):
            print(f"{split:6} {len(part):4d} {level:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")


if __name__ == "__main__":
    main()
