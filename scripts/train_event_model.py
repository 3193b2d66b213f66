"""Train the learned event model (src/eventscribe/events/data/learned.npz) from ../shared and our sentences.

Training data, all of it on the dev side of the fixed splits (eventscribe.evaluate.split_of on each
record's id; for the penta-class file the id is the sentence itself):

* ``gold/quadclass_train.tsv``, dev half: penta labels;
* ``data/cameo/cameo_codes.csv``: every code's example sentence, and its name plus description, with
  the code's root (and so its penta class);
* ``gold/plover_gsr_cameo_manual.jsonl``, dev half: sentences with a CAMEO code;
* ``benchmarks/data/train_sentences.tsv``: news-style sentences we wrote, ``code<TAB>sentence``.

The model is multinomial logistic regression with L2, fitted in numpy by full-batch Adam on sparse
hashed features (eventscribe.events.learned.features). The L2 strength is chosen by 5-fold
cross-validation on the training pool only. Nothing from a test half is read.

    .venv/bin/python scripts/train_event_model.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from pathlib import Path

import numpy as np

from eventscribe.evaluate import split_of
from eventscribe.events.learned import DIMENSIONS, ROOTS, features, penta_of

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventscribe" / "events" / "data" / "learned.npz"
OWN = ROOT / "benchmarks" / "data" / "train_sentences.tsv"


def examples(shared: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(text, penta) pairs and (text, root index) pairs."""
    penta: list[tuple[str, int]] = []
    roots: list[tuple[str, int]] = []

    def coded(text: str, code: str) -> None:
        penta.append((text, penta_of(code)))
        roots.append((text, int(code[:2]) - 1))

    with open(shared / "gold" / "quadclass_train.tsv", encoding="utf-8") as f:
        for line in f:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text and split_of(text) == "dev":
                penta.append((text, int(label)))
    with open(shared / "data" / "cameo" / "cameo_codes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for text in (row["example"], f"{row['name']}. {row['description']}"):
                if text and text not in ("NA", ". "):
                    coded(text, row["code"])
    with open(shared / "gold" / "plover_gsr_cameo_manual.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            codes = [c for e in rec["events"] for c in e.get("cameo") or ()]
            if codes and split_of(rec["id"]) == "dev":
                coded(rec["text"], codes[0])
    if OWN.exists():
        for line in OWN.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                code, text = line.split("\t", 1)
                coded(text, code)
    return penta, roots


def open_quad(shared: Path) -> list[str]:
    """The dev-half sentences of the penta-class file (the first examples of the penta pool)."""
    with open(shared / "gold" / "quadclass_train.tsv", encoding="utf-8") as f:
        texts = [line.rstrip("\n").rpartition("\t")[0] for line in f]
    return [t for t in texts if t and split_of(t) == "dev"]


def sparse(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows as (row index, column, value) arrays."""
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for k, v in features(text).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return np.array(rows), np.array(cols), np.array(vals, dtype=np.float32)


def fit(x: tuple[np.ndarray, np.ndarray, np.ndarray], y: np.ndarray, n: int, k: int, l2: float) -> np.ndarray:
    """Weights (DIMENSIONS + 1, k), the last row the bias, by full-batch Adam over the used buckets."""
    rows, cols, vals = x
    used, compact = np.unique(cols, return_inverse=True)
    w = np.zeros((len(used) + 1, k), dtype=np.float64)
    m, v = np.zeros_like(w), np.zeros_like(w)
    onehot = np.eye(k)[y]
    for step in range(1, 201):
        scores = np.zeros((n, k))
        np.add.at(scores, rows, vals[:, None] * w[compact])
        scores += w[-1]
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        grad = np.zeros_like(w)
        np.add.at(grad, compact, vals[:, None] * err[rows])
        grad[-1] = err.sum(axis=0)
        grad[:-1] += l2 * w[:-1]
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    full = np.zeros((DIMENSIONS + 1, k), dtype=np.float32)
    full[used] = w[:-1]
    full[-1] = w[-1]
    return full


def predict(w: np.ndarray, texts: list[str]) -> np.ndarray:
    out = []
    for text in texts:
        f = features(text)
        s = w[-1].copy()
        for key, value in f.items():
            s += value * w[key]
        out.append(int(np.argmax(s)))
    return np.array(out)


def choose_l2(pairs: list[tuple[str, int]], k: int) -> float:
    texts = [t for t, _ in pairs]
    y = np.array([c for _, c in pairs])
    folds = np.array([hash_fold(t) for t in texts])
    best, best_acc = 1e-3, -1.0
    for l2 in (1e-6, 1e-5, 1e-4):
        hits = 0
        for fold in range(5):
            train = [i for i in range(len(texts)) if folds[i] != fold]
            held = [i for i in range(len(texts)) if folds[i] == fold]
            w = fit(sparse([texts[i] for i in train]), y[train], len(train), k, l2)
            hits += int((predict(w, [texts[i] for i in held]) == y[held]).sum())
        acc = hits / len(texts)
        print(f"  l2={l2:g}: 5-fold accuracy {acc:.3f}")
        if acc > best_acc:
            best, best_acc = l2, acc
    return best


def hash_fold(text: str) -> int:
    import hashlib

    return hashlib.sha1(("fold:" + text).encode("utf-8")).digest()[0] % 5


def train(pairs: list[tuple[str, int]], k: int, name: str) -> tuple[np.ndarray, float]:
    print(f"{name}: {len(pairs)} examples")
    l2 = choose_l2(pairs, k)
    y = np.array([c for _, c in pairs])
    w = fit(sparse([t for t, _ in pairs]), y, len(pairs), k, l2)
    print(f"{name}: l2={l2:g}, {int((np.abs(w[:-1]).sum(axis=1) > 0).sum())} buckets used")
    return w, l2


def stacking_weights(
    pairs: list[tuple[str, int]], l2: float, quad_texts: set[str], root_w: np.ndarray
) -> tuple[float, float]:
    """(alpha, beta): the weight of the pattern coder's votes against the text model's log-probabilities,
    and the share of the root head's view (summed into penta classes) in those probabilities. Chosen on
    out-of-fold predictions for the dev half of the penta-class set (never its test half); the root head
    never saw that set."""
    from eventscribe.events.learned import combine_penta, root_penta
    from eventscribe.model import Article
    from eventscribe.pipeline import Pipeline

    texts = [t for t, _ in pairs]
    y = np.array([c for _, c in pairs])
    folds = np.array([hash_fold(t) for t in texts])
    held = [i for i, t in enumerate(texts) if t in quad_texts]
    probs: dict[int, np.ndarray] = {}
    for fold in range(5):
        train_rows = [i for i in range(len(texts)) if folds[i] != fold]
        w = fit(sparse([texts[i] for i in train_rows]), y[train_rows], len(train_rows), 5, l2)
        for i in held:
            if folds[i] == fold:
                probs[i] = _probabilities(w, texts[i])
    from_roots = {i: root_penta(_probabilities(root_w, texts[i])) for i in held}
    pipeline = Pipeline()  # the coder's default cut and calibrated confidence, as at run time
    coded = list(pipeline.pipe(Article(id=str(i), text=texts[i]) for i in held))
    best, best_acc = (0.0, 0.0), -1.0
    for beta in (0.0, 0.25, 0.5):
        for alpha in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0):
            hits = sum(
                int(combine_penta((1 - beta) * probs[i] + beta * from_roots[i], c.events, alpha) == y[i])
                for i, c in zip(held, coded, strict=True)
            )
            print(f"  stacking alpha={alpha:g} beta={beta:g}: out-of-fold dev accuracy {hits / len(held):.3f}")
            if hits / len(held) > best_acc:
                best, best_acc = (alpha, beta), hits / len(held)
    return best


def _probabilities(w: np.ndarray, text: str) -> np.ndarray:
    s = w[-1] + sum((v * w[k] for k, v in features(text).items()), np.zeros(w.shape[1], dtype=np.float32))
    e = np.exp(s - s.max())
    return e / e.sum()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    args = parser.parse_args()
    penta, roots = examples(Path(args.shared))
    wr, _ = train(roots, len(ROOTS), "root")
    wp, l2 = train(penta, 5, "penta")
    quad = set(open_quad(Path(args.shared)))
    alpha, beta = stacking_weights(penta, l2, quad, wr)
    np.savez_compressed(
        OUT,
        penta_w=wp[:-1].astype(np.float16),
        penta_b=wp[-1],
        root_w=wr[:-1].astype(np.float16),
        root_b=wr[-1],
        stack_alpha=np.array([alpha], dtype=np.float32),
        stack_beta=np.array([beta], dtype=np.float32),
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
