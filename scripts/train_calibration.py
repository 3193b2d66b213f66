"""Fit the confidence calibration (src/eventscribe/events/data/calibration.json) on dev halves only.

The coder runs with no calibration over the dev halves (eventscribe.evaluate.split_of) of the
PETRARCH-2 real-world set and the PLOVER records of ../shared/gold; each predicted event's score
(``extra["score"]``) is paired with whether it matched a gold event (country + CAMEO root; ``--level code``
for the gold's own code prefix), and an
isotonic map is fitted (eventscribe.events.calibration.fit_isotonic, with 2, 10 or 30 pseudo-events of
shrinkage), or a Platt (logistic) curve written as breakpoints (fit_platt), or a logistic model over the
score, whether the event has a target, its penta class and the learned model's probability of that
class (fit_logistic, L2 0.3-10): whichever has the lowest 5-fold cross-validated log-loss on the same
dev events. The best score-only map is always written as the breakpoints. It prints the reliability table of the chosen map, out of fold (each fold's events calibrated by
a map fitted on the other four), and the Brier score before and after. Check it on the test halves with
``eventscribe evaluate --split test --thresholds 0.3,0.5,0.7``.

    .venv/bin/python scripts/train_calibration.py [--shared ../shared] [--out FILE] [--gold A.jsonl,B.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from eventscribe.evaluate import at_root, load_gold, outcomes, reliability
from eventscribe.events.calibration import (
    FEATURES,
    Calibration,
    event_features,
    fit_isotonic,
    fit_logistic,
    fit_platt,
    logistic_chance,
)
from eventscribe.events.coder import EventCoder
from eventscribe.events.learned import LearnedModel, penta_of
from eventscribe.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventscribe" / "events" / "data" / "calibration.json"
GOLD = ("petrarch2_gsr_realworld.jsonl", "plover_gsr_cameo_manual.jsonl")


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    out = Path(args.out)
    records = [
        r
        for name in args.gold.split(",")
        for r in load_gold(Path(args.shared) / "gold" / name, split="dev", number_repeats=True)
    ]
    judged, coded, pairs = judged_events(records, args.level)
    fits: dict[str, Fitter] = {
        "isotonic": fit_isotonic,
        "isotonic-prior10": partial(fit_isotonic, prior=10.0),
        "isotonic-prior30": partial(fit_isotonic, prior=30.0),
        "platt": fit_platt,
    }
    rows = feature_rows(judged, coded, pairs)
    oof = cross_validate(pairs, fits, rows)
    losses = {name: log_loss(o) for name, o in oof.items()}
    name = min(losses, key=lambda n: losses[n])
    score_only = min(fits, key=lambda n: losses[n])
    xs, ys = fits[score_only](pairs)
    data: dict[str, object] = {"x": xs, "y": ys}
    if name.startswith("logistic"):
        weights, bias = fit_logistic(rows, l2=float(name.partition("=")[2]))
        data["logistic"] = {"features": list(FEATURES), "weights": weights, "bias": bias}
    out.write_text(json.dumps(data) + "\n", encoding="utf-8")
    hits = sum(ok for _, ok in pairs)
    print(f"{len(records)} dev records of {args.gold}, {len(pairs)} events, {hits} matched")
    print("5-fold log-loss: " + ", ".join(f"{n} {v:.4f}" for n, v in losses.items()) + f"; chose {name}")
    print(f"Brier score: raw score {brier(pairs):.4f}, calibrated out of fold {brier(oof[name]):.4f}")
    print_reliability(pairs, oof[name])
    if "logistic" in data:
        print("logistic weights: " + ", ".join(f"{f} {w:+.3f}" for f, w in zip(FEATURES, weights, strict=True)))
    print(f"{len(xs)} breakpoints -> {out}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    parser.add_argument("--out", default=str(OUT), help="where to write the map")
    parser.add_argument("--gold", default=",".join(GOLD), help="comma-separated gold files of ../shared/gold")
    parser.add_argument(
        "--level",
        choices=("root", "code"),
        default="root",
        help="what a correct event is: country + CAMEO root (default) or country + the gold's own code prefix",
    )
    return parser.parse_args(argv)


def judged_events(records: Sequence, level: str) -> tuple[list, dict, list[tuple[float, bool]]]:
    """The records as judged (at the CAMEO root for ``level`` "root"), their events coded with no
    calibration, and each event's (score, matched) pair."""
    # The learned recall fallback's events have a confidence of their own, not a score: leave them out.
    pipeline = Pipeline(coder=EventCoder(calibration=Calibration([], []), learned_recall=False))
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}
    # With no calibration an event's confidence is its score.
    judged = [at_root(r) for r in records] if level == "root" else list(records)
    return judged, coded, outcomes(judged, lambda r: coded[r.id])


def cross_validate(
    pairs: Sequence[tuple[float, bool]], fits: dict[str, Fitter], rows: list[tuple[list[float], bool]]
) -> dict[str, list[tuple[float, bool]]]:
    """Out-of-fold calibrated pairs of each score-only fit and of the logistic model at each L2, by name."""
    folds = [int(hashlib.sha1(f"{i}".encode()).hexdigest(), 16) % FOLDS for i in range(len(pairs))]
    oof = {name: out_of_fold(pairs, folds, fitter) for name, fitter in fits.items()}
    for l2 in LOGISTIC_L2:
        oof[f"logistic-l2={l2:g}"] = logistic_out_of_fold(rows, folds, l2)
    return oof


FOLDS = 5
LOGISTIC_L2 = (0.3, 1.0, 3.0, 10.0)
Fitter = Callable[[Sequence[tuple[float, bool]]], tuple[list[float], list[float]]]


def out_of_fold(pairs: Sequence[tuple[float, bool]], folds: Sequence[int], fitter: Fitter) -> list[tuple[float, bool]]:
    """Each event's calibrated confidence from a map fitted on the other folds."""
    out: list[tuple[float, bool]] = [(0.0, False)] * len(pairs)
    for fold in range(FOLDS):
        train = [p for p, f in zip(pairs, folds, strict=True) if f != fold]
        cal = Calibration(*fitter(train))
        for i, (score, ok) in enumerate(pairs):
            if folds[i] == fold:
                out[i] = (cal(score), ok)
    return out


def feature_rows(records: Sequence, coded: dict, pairs: Sequence[tuple[float, bool]]) -> list[tuple[list[float], bool]]:
    """Each predicted event's calibration features (in the order ``outcomes`` lists the events)."""
    model = LearnedModel.load()
    events = [e for r in records for e in coded[r.id]]
    rows = []
    for event, (score, ok) in zip(events, pairs, strict=True):
        klass = penta_of(event.cameo.code)
        p = float(model.penta(event.sentence)[klass])
        rows.append((event_features(score, has_target=event.target is not None, penta_class=klass, learned_p=p), ok))
    return rows


def logistic_out_of_fold(
    rows: Sequence[tuple[list[float], bool]], folds: Sequence[int], l2: float
) -> list[tuple[float, bool]]:
    """Each event's chance from a logistic calibration fitted on the other folds."""
    out: list[tuple[float, bool]] = [(0.0, False)] * len(rows)
    for fold in range(FOLDS):
        weights, bias = fit_logistic([r for r, f in zip(rows, folds, strict=True) if f != fold], l2=l2)
        for i, (x, ok) in enumerate(rows):
            if folds[i] == fold:
                out[i] = (logistic_chance(weights, bias, x), ok)
    return out


def log_loss(pairs: Sequence[tuple[float, bool]]) -> float:
    eps = 1e-3
    return -sum(math.log(max(eps, c) if ok else max(eps, 1 - c)) for c, ok in pairs) / max(1, len(pairs))


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((c - ok) ** 2 for c, ok in pairs) / max(1, len(pairs))


def print_reliability(raw: Sequence[tuple[float, bool]], calibrated: Sequence[tuple[float, bool]]) -> None:
    """Reliability on the dev events: mean confidence and share matched per bin, raw and out of fold."""
    for label, pairs in (("raw score", raw), ("calibrated, out of fold", calibrated)):
        print(f"-- reliability ({label}): bin       mean conf  matched share  events")
        for low, high, share, n in reliability(pairs):
            inside = [c for c, _ in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
            print(f"   {'':24}{low:.1f}-{high:.1f}   {sum(inside) / len(inside):9.3f}  {share:13.3f}  {n:6d}")


if __name__ == "__main__":
    main()
