"""Choose the learned recall fallback's threshold (src/eventscribe/events/data/learned_recall.json).

The fallback (eventscribe.events.learned_recall) codes one event for a sentence with no pattern event
when the learned root head is confident. This script codes the dev halves of the PETRARCH-2 real-world
set (../shared/gold/petrarch2_gsr_realworld.jsonl) and of the hand-coded corpus sentences
(benchmarks/data/corpus_events.jsonl) once, with the fallback at every probability, then scores event
F1 at country + CAMEO root for each threshold of a grid:

* the threshold is chosen by 5-fold cross-validation over the records (each fold scored with the
  threshold that is best on the other four, on the two sets' F1 summed); the out-of-fold F1 of each set
  is printed beside its F1 without the fallback;
* the fallback is enabled only if that out-of-fold F1 rises on both sets;
* the threshold written is the best one on all of the dev halves, and the confidence its events get is
  the share of them that matched a gold event there.

Neither set trains the learned model, so their dev halves are unseen by the root head. Run it after
scripts/train_event_model.py (it reads the packaged weights) and before scripts/train_calibration.py:

    .venv/bin/python scripts/train_learned_recall.py [--shared ../shared] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this script is loaded
import threshold_choice  # noqa: E402
from news_train import tuning_gold  # noqa: E402

from eventscribe.evaluate import GoldRecord, Score, score
from eventscribe.events.coder import EventCoder
from eventscribe.events.learned_recall import ORIGIN, LearnedRecall
from eventscribe.model import Event
from eventscribe.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventscribe" / "events" / "data" / "learned_recall.json"
CORPUS = ROOT / "benchmarks" / "data" / "corpus_events.jsonl"
GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.30 .. 0.95
NEVER = 2.0  # a threshold no probability reaches: the fallback off
FOLDS = 5

Coded = dict[str, tuple[Event, ...]]


def code_with_fallback(records: Sequence[GoldRecord]) -> Coded:
    """Events per record with the fallback firing at any probability (each carries its ``learned_p``)."""
    coder = EventCoder(learned_recall=False)
    coder.recall = LearnedRecall(coder.learned, 1e-9, 0.5)
    pipeline = Pipeline(coder=coder)
    return {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}


def kept(events: tuple[Event, ...], threshold: float) -> list[Event]:
    return [e for e in events if e.extra.get("origin") != ORIGIN or float(e.extra["learned_p"]) >= threshold]  # type: ignore[arg-type]


def root_score(records: Sequence[GoldRecord], coded: Coded, threshold: float) -> Score:
    return score(records, lambda r: kept(coded[r.id], threshold)).cameo_root


def fold_of(record_id: str) -> int:
    return threshold_choice.fold_of("recall", record_id, FOLDS)


def best_threshold(sets: Sequence[tuple[list[GoldRecord], Coded]]) -> float:
    """The grid threshold (or none) with the highest summed F1 over ``sets``."""
    return threshold_choice.best_choice((NEVER, *GRID), lambda t: sum(root_score(r, c, t).f1 for r, c in sets))


def out_of_fold(sets: Sequence[tuple[list[GoldRecord], Coded]]) -> list[Score]:
    """Each set's score with every fold coded at the threshold chosen on the other folds."""

    def choose(ids: set[str]) -> float:
        return best_threshold([([r for r in recs if r.id in ids], coded) for recs, coded in sets])

    return threshold_choice.nested_scores(
        [recs for recs, _ in sets],
        fold_of,
        FOLDS,
        choose,
        lambda k, part, t: root_score(part, sets[k][1], t),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    parser.add_argument("--out", default=str(OUT), help="where to write the settings")
    args = parser.parse_args(argv)
    names = ("petrarch", "corpus")
    paths = (Path(args.shared) / "gold" / "petrarch2_gsr_realworld.jsonl", CORPUS)
    sets = []
    for name, path in zip(names, paths, strict=True):
        records = tuning_gold(path)
        sets.append((records, code_with_fallback(records)))
        print(f"{name}: {len(records)} dev records")
    print(f"{'threshold':>9} " + " ".join(f"{n + ' P/R/F1':>24}" for n in names))
    for t in (NEVER, *GRID):
        cells = [root_score(r, c, t) for r, c in sets]
        label = "off" if t == NEVER else f"{t:.2f}"
        print(f"{label:>9} " + " ".join(f"{s.precision:8.3f}{s.recall:8.3f}{s.f1:8.3f}" for s in cells))
    oof = out_of_fold(sets)
    base = [root_score(r, c, NEVER) for r, c in sets]
    for name, o, b in zip(names, oof, base, strict=True):
        print(f"{name}: {FOLDS}-fold out-of-fold F1 {o.f1:.3f} (P {o.precision:.3f} R {o.recall:.3f}), off {b.f1:.3f}")
    enabled = all(o.f1 > b.f1 + 1e-9 for o, b in zip(oof, base, strict=True))
    threshold = best_threshold(sets)
    threshold = GRID[-1] if threshold == NEVER else threshold
    scored = [root_score(r, c, threshold) for r, c in sets]
    added = sum(s.predicted - b.predicted for s, b in zip(scored, base, strict=True))
    right = sum(s.matched - b.matched for s, b in zip(scored, base, strict=True))
    confidence = min(0.45, max(0.05, right / added if added else 0.05))
    settings = {"enabled": enabled, "threshold": threshold, "confidence": round(confidence, 3)}
    Path(args.out).write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    print(f"fallback events at {threshold:.2f}: {added}, {right} right; wrote {args.out}: {settings}")


if __name__ == "__main__":
    main()
