"""The fitting of scripts/train_event_model.py: hashed sparse rows (:class:`Sparse`) and a weighted
multinomial logistic regression with L2 fitted on them by full-batch Adam in numpy (:func:`fit`),
deterministic, and its class probabilities (:func:`probabilities`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from eventscribe.events.learned import DIMENSIONS, features


@dataclass(frozen=True)
class Sparse:
    """Rows of hashed features, CSR-like: row ``i`` is ``cols[start[i]:start[i+1]]``."""

    cols: np.ndarray
    vals: np.ndarray
    start: np.ndarray

    @staticmethod
    def of(texts: Sequence[str]) -> Sparse:
        cols, vals, start = [], [], [0]
        for text in texts:
            f = features(text)
            cols.extend(f.keys())
            vals.extend(f.values())
            start.append(len(cols))
        return Sparse(np.array(cols, dtype=np.int64), np.array(vals, dtype=np.float64), np.array(start))

    def __len__(self) -> int:
        return len(self.start) - 1


def fit(x: Sparse, y: np.ndarray, k: int, l2: float, weight: np.ndarray | None = None, steps: int = 250) -> np.ndarray:
    """Weights (DIMENSIONS + 1, k), the last row the bias: weighted multinomial logistic regression with
    L2 on the weights, by full-batch Adam from zero (deterministic)."""
    n = len(x)
    weight = np.ones(n) if weight is None else weight
    weight = (weight / weight.sum()).astype(np.float32)
    used, compact = np.unique(x.cols, return_inverse=True)
    by_col = np.argsort(compact, kind="stable")  # the entries grouped by column, for the gradient
    col_rows = np.repeat(np.arange(n), np.diff(x.start))[by_col]
    col_vals = x.vals[by_col].astype(np.float32)[:, None]
    col_bounds = np.searchsorted(compact[by_col], np.arange(len(used)))
    row_vals = x.vals.astype(np.float32)[:, None]
    nonempty = np.flatnonzero(np.diff(x.start) > 0)
    row_bounds = x.start[:-1][nonempty]
    w = np.zeros((len(used) + 1, k), dtype=np.float32)
    m, v = np.zeros_like(w), np.zeros_like(w)
    onehot = np.eye(k, dtype=np.float32)[y]
    grad = np.zeros_like(w)
    for step in range(1, steps + 1):
        scores = np.tile(w[-1], (n, 1))
        if len(nonempty):
            scores[nonempty] += np.add.reduceat(row_vals * w[compact], row_bounds)
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) * weight[:, None]
        if len(used):
            grad[:-1] = np.add.reduceat(col_vals * err[col_rows], col_bounds)
        grad[-1] = err.sum(axis=0)
        grad[:-1] += l2 * w[:-1]
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    full = np.zeros((DIMENSIONS + 1, k), dtype=np.float32)
    full[used] = w[:-1]
    full[-1] = w[-1]
    return full


def probabilities(w: np.ndarray, x: Sparse) -> np.ndarray:
    """Class probabilities of each row under weights from :func:`fit`."""
    out = np.tile(w[-1].astype(np.float64), (len(x), 1))
    for i in range(len(x)):
        lo, hi = x.start[i], x.start[i + 1]
        out[i] += x.vals[lo:hi] @ w[x.cols[lo:hi]]
    out = np.exp(out - out.max(axis=1, keepdims=True))
    return out / out.sum(axis=1, keepdims=True)


def subset(x: Sparse, index: np.ndarray) -> Sparse:
    cols, vals, start = [], [], [0]
    for i in index:
        lo, hi = x.start[i], x.start[i + 1]
        cols.append(x.cols[lo:hi])
        vals.append(x.vals[lo:hi])
        start.append(start[-1] + hi - lo)
    if not cols:
        return Sparse(np.zeros(0, dtype=np.int64), np.zeros(0), np.array(start))
    return Sparse(np.concatenate(cols), np.concatenate(vals), np.array(start))
