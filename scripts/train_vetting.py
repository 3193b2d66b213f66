"""Train the learned vetting of events (src/eventscribe/events/data/vetting.npz) and choose its use (vetting.json).

The model (eventscribe.events.vetting) gives each coded event the chance that it is right at country +
CAMEO root. Its examples are the events the pattern coder (vetting off) codes in

* the hand-coded training sentences (scripts/data/news_train/, all of them: no figure is read there),
* the dev halves of the two real-news gold sets coded to our conventions
  (../shared/gold/petrarch2_gsr_realworld.jsonl and benchmarks/data/corpus_events.jsonl),

each labelled by whether it matches a gold event (:func:`eventscribe.evaluate.matched_flags`).

K-fold over all the records (training sentences and dev records alike), each event gets its
chance from a model trained without its fold. Dropping the events under a threshold is then scored at
country + root on every set, the threshold of each fold chosen on the other folds (nested), for an
honest figure; the use is enabled only if that out-of-fold F1 rises on all the records pooled (the
training sentences and both dev halves, their counts summed: the one estimate of over a thousand
records, where a 38-record half moves by a whole event), and the threshold written is the best on all
the records. The weights written are trained on every example.
Deterministic: the same data give the same file. The test halves are never read.

    .venv/bin/python scripts/train_vetting.py [--shared ../shared] [--out-dir DIR] [--events PICKLE]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this script is loaded
import threshold_choice  # noqa: E402
from news_train import load_train, tuning_gold  # noqa: E402

from eventscribe.evaluate import GoldRecord, Score, matched_flags, score
from eventscribe.events.coder import EventCoder
from eventscribe.events.vetting import VET_DIMENSIONS, event_names, hashed_names
from eventscribe.model import Event
from eventscribe.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "eventscribe" / "events" / "data"
CORPUS = ROOT / "benchmarks" / "data" / "corpus_events.jsonl"
FOLDS = 5
L2_GRID = (1e-3, 3e-3, 1e-2, 3e-2)  # chosen by out-of-fold log-loss
STEPS = 400
NEVER = 0.0  # a threshold every chance passes: vetting off
GRID = tuple(round(0.05 * k, 2) for k in range(2, 15))  # 0.10 .. 0.70

Coded = dict[str, list[Event]]


def code(records: Sequence[GoldRecord]) -> Coded:
    """Each record's events from the pattern coder with vetting off."""
    pipeline = Pipeline(coder=EventCoder(vetting=False))
    out: Coded = {}
    for coded in pipeline.pipe(r.article() for r in records):
        if coded.error:
            print(f"  {coded.article.id}: {coded.error}", file=sys.stderr)
        out[coded.article.id] = list(coded.events)
    return out


def cached(path: str | None, records: Sequence[GoldRecord]) -> Coded:
    if path and Path(path).exists():
        with open(path, "rb") as f:
            done: Coded = pickle.load(f)  # noqa: S301 - a file this script wrote
        if all(r.id in done for r in records):
            return done
    done = code(records)
    if path:
        with open(path, "wb") as f:
            pickle.dump(done, f)
    return done


def examples(records: Sequence[GoldRecord], coded: Coded) -> tuple[list[dict[int, float]], list[int], list[str]]:
    """(hashed features, label, record id) for every coded event of ``records``."""
    rows, ys, ids = [], [], []
    for record in records:
        events = coded[record.id]
        per_sentence: dict[int, int] = {}
        for e in events:
            per_sentence[e.sentence_index] = per_sentence.get(e.sentence_index, 0) + 1
        for event, ok in zip(events, matched_flags(record, events), strict=True):
            rows.append(hashed_names(event_names(event, event.sentence, per_sentence[event.sentence_index] - 1)))
            ys.append(int(ok))
            ids.append(record.id)
    return rows, ys, ids


def fit(rows: Sequence[dict[int, float]], y: Sequence[int], l2: float, steps: int = STEPS) -> np.ndarray:
    """Weights over VET_DIMENSIONS (the "bias" name is a feature of every row): L2 logistic regression,
    full-batch Adam from zero, sums by ``np.add.reduceat`` over CSR-like rows."""
    sizes = np.array([len(x) for x in rows])
    cols = np.fromiter((c for x in rows for c in x), dtype=np.int64, count=int(sizes.sum()))
    vals = np.fromiter((v for x in rows for v in x.values()), dtype=np.float64, count=int(sizes.sum()))
    used, compact = np.unique(cols, return_inverse=True)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    by_col = np.argsort(compact, kind="stable")
    col_starts = np.searchsorted(compact[by_col], np.arange(len(used)))
    row_of = np.repeat(np.arange(len(rows)), sizes)[by_col]
    target = np.asarray(y, dtype=np.float64)
    w, m, v = np.zeros(len(used)), np.zeros(len(used)), np.zeros(len(used))
    for step in range(1, steps + 1):
        z = np.add.reduceat(vals * w[compact], starts)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - target) / len(rows)
        grad = np.add.reduceat(vals[by_col] * err[row_of], col_starts) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    full = np.zeros(VET_DIMENSIONS)
    full[used] = w
    return full


def chance(full: np.ndarray, row: dict[int, float]) -> float:
    z = sum(full[k] * x for k, x in row.items())
    return float(1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z)))))


def fold_of(record_id: str) -> int:
    return threshold_choice.fold_of("vetting", record_id, FOLDS)


def out_of_fold(rows: list[dict[int, float]], ys: list[int], ids: list[str], l2: float) -> list[float]:
    """Each event's chance from a model trained on the events of the records outside its fold."""
    chances = [0.0] * len(rows)
    for fold in range(FOLDS):
        outside = [i for i, rid in enumerate(ids) if fold_of(rid) != fold]
        full = fit([rows[i] for i in outside], [ys[i] for i in outside], l2)
        for i, rid in enumerate(ids):
            if fold_of(rid) == fold:
                chances[i] = chance(full, rows[i])
    return chances


def set_score(records: Sequence[GoldRecord], coded: Coded, chances: dict[str, list[float]], t: float) -> Score:
    def kept(r: GoldRecord) -> list[Event]:
        return [e for e, c in zip(coded[r.id], chances[r.id], strict=True) if c >= t]

    return score(records, kept).cameo_root


def best_threshold(sets, keep_ids: set[str] | None = None) -> float:
    def total(t: float) -> float:
        return sum(
            set_score([r for r in recs if keep_ids is None or r.id in keep_ids], coded, ch, t).f1
            for recs, coded, ch in sets
        )

    return threshold_choice.best_choice((NEVER, *GRID), total)


def nested(sets) -> list[Score]:
    """Each set's F1 with every fold's threshold chosen on the other folds."""
    return threshold_choice.nested_scores(
        [recs for recs, _, _ in sets],
        fold_of,
        FOLDS,
        lambda ids: best_threshold(sets, ids),
        lambda k, part, t: set_score(part, sets[k][1], sets[k][2], t),
    )


def _pooled(scores: Sequence[Score]) -> Score:
    """The scores of several sets as one: their counts summed."""
    return Score(
        matched=sum(s.matched for s in scores),
        predicted=sum(s.predicted for s in scores),
        gold=sum(s.gold for s in scores),
        matched_required=sum(s.matched_required for s in scores),
    )


def log_loss(p: Sequence[float], y: Sequence[int]) -> float:
    q = np.clip(np.asarray(p), 1e-6, 1 - 1e-6)
    t = np.asarray(y)
    return float(-np.mean(t * np.log(q) + (1 - t) * np.log(1 - q)))


def save(full: np.ndarray, path: Path) -> None:
    rows = np.flatnonzero(np.abs(full) > 1e-5).astype(np.int32)
    np.savez_compressed(path, rows=rows, weights=full[rows].astype(np.float16))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    parser.add_argument("--out-dir", default=str(DATA), help="where vetting.npz and vetting.json go")
    parser.add_argument("--events", help="a pickle of the coded events, read if present, else written (for reruns)")
    args = parser.parse_args(argv)
    names = ("petrarch", "corpus")
    paths = (Path(args.shared) / "gold" / "petrarch2_gsr_realworld.jsonl", CORPUS)
    dev_sets = [tuning_gold(p) for p in paths]
    train_records = load_train()
    dev_records = [r for recs in dev_sets for r in recs]
    all_sets = [train_records, *dev_sets]
    coded = cached(args.events, [*train_records, *dev_records])
    rows, ys, ids = examples([*train_records, *dev_records], coded)
    train_ids = {r.id for r in train_records}
    n_train = sum(1 for rid in ids if rid in train_ids)
    print(
        f"examples: training sentences {len(train_records)} ({n_train} events, {sum(ys[:n_train])} right); "
        f"dev records {len(dev_records)} ({len(ys) - n_train} events, {sum(ys[n_train:])} right)"
    )
    by_l2 = {l2: out_of_fold(rows, ys, ids, l2) for l2 in L2_GRID}
    for l2, chances_l2 in by_l2.items():
        print(f"  L2 {l2:g}: out-of-fold log-loss {log_loss(chances_l2, ys):.4f}")
    l2 = min(L2_GRID, key=lambda x: log_loss(by_l2[x], ys))
    oof = by_l2[l2]
    raw = [e.confidence for r in [*train_records, *dev_records] for e in coded[r.id]]
    brier = [float(np.mean((np.asarray(p) - np.asarray(ys)) ** 2)) for p in (oof, raw)]
    print(
        f"all events, out of fold: log-loss {log_loss(oof, ys):.3f}, Brier {brier[0]:.3f} "
        f"(the coder's confidence: {log_loss(raw, ys):.3f}, Brier {brier[1]:.3f})"
    )
    chances: dict[str, list[float]] = {}
    for rid, c in zip(ids, oof, strict=True):
        chances.setdefault(rid, []).append(c)
    sets = [(recs, coded, {r.id: chances.get(r.id, []) for r in recs}) for recs in all_sets]
    result = nested(sets)
    off = [set_score(recs, coded, ch, NEVER) for recs, coded, ch in sets]
    for name, o, b in zip(("training", *names), result, off, strict=True):
        print(
            f"{name:8} out of fold F1 {o.f1:.3f} (P {o.precision:.3f} R {o.recall:.3f}), off {b.f1:.3f} (P {b.precision:.3f} R {b.recall:.3f})"
        )
    t = best_threshold(sets)
    pooled, pooled_off = _pooled(result), _pooled(off)
    print(f"pooled   out of fold F1 {pooled.f1:.3f}, off {pooled_off.f1:.3f}")
    rises = pooled.f1 > pooled_off.f1 + 1e-9
    enabled = rises and t != NEVER
    settings = {"enabled": enabled, "threshold": t if t != NEVER else GRID[0], "l2": l2}
    full = fit(rows, ys, l2)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    save(full, out / "vetting.npz")
    (out / "vetting.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out / 'vetting.npz'} ({(out / 'vetting.npz').stat().st_size} bytes) and vetting.json: {settings}")


if __name__ == "__main__":
    main()
