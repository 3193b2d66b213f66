"""Calibrated confidence: a monotone map from the coder's raw score to the chance an event is right.

The map (``data/calibration.json``: ``{"x": [...], "y": [...]}``, increasing breakpoints) is fitted by
``scripts/train_calibration.py`` on the dev halves of the gold sets, with isotonic regression
(pool-adjacent-violators, :func:`fit_isotonic`) or a Platt curve (:func:`fit_platt`), whichever has the
lower cross-validated log-loss there, and read back here; between breakpoints it is linear. Reliability is checked on the
test halves (``eventscribe evaluate --split test --thresholds ...``).

The file may also hold ``"logistic": {"features": [...], "weights": [...], "bias": b}``, a logistic model
over more of the event than its score (:func:`event_features`: the score's log-odds, whether the event has
a target, its penta class, and the learned model's probability of that class), fitted by
:func:`fit_logistic` when it cross-validates better than the score alone. :meth:`Calibration.event` uses
it; the breakpoints stay as the score-only map.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from eventscribe.errors import DataError

__all__ = ["FEATURES", "Calibration", "event_features", "fit_isotonic", "fit_logistic", "fit_platt", "logistic_chance"]

CALIBRATION_FILE = "calibration.json"
#: The inputs of the logistic calibration, in order.
FEATURES = ("score_logit", "no_target", "penta0", "penta1", "penta2", "penta3", "penta4", "learned_p")


def event_features(score: float, *, has_target: bool, penta_class: int, learned_p: float) -> list[float]:
    """What the logistic calibration reads of an event (in the order of :data:`FEATURES`)."""
    clipped = min(0.99, max(0.01, score))
    classes = [1.0 if k == penta_class else 0.0 for k in range(5)]
    return [math.log(clipped / (1 - clipped)), 0.0 if has_target else 1.0, *classes, learned_p]


def logistic_chance(weights: Sequence[float], bias: float, features: Sequence[float]) -> float:
    """The logistic model's chance for one event's features."""
    z = bias + sum(w * v for w, v in zip(weights, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Calibration:
    """Piecewise-linear monotone map; the identity when it has no breakpoints."""

    def __init__(
        self, xs: Sequence[float], ys: Sequence[float], logistic: tuple[Sequence[float], float] | None = None
    ) -> None:
        if len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
            raise DataError(f"events/data/{CALIBRATION_FILE}: x and y must be increasing lists of one length")
        if logistic is not None and len(logistic[0]) != len(FEATURES):
            raise DataError(f"events/data/{CALIBRATION_FILE}: the logistic weights must match {FEATURES}")
        self.xs, self.ys = list(xs), list(ys)
        self.logistic = (list(logistic[0]), float(logistic[1])) if logistic is not None else None

    def event(self, score: float, *, has_target: bool, penta_class: int, learned_p: float) -> float:
        """The calibrated chance that an event is right: the logistic model when there is one, else the map."""
        if self.logistic is None:
            return self(score)
        x = event_features(score, has_target=has_target, penta_class=penta_class, learned_p=learned_p)
        return logistic_chance(*self.logistic, x)

    def __call__(self, score: float) -> float:
        xs, ys = self.xs, self.ys
        if not xs:
            return score
        if score <= xs[0]:
            return ys[0]
        if score >= xs[-1]:
            return ys[-1]
        k = bisect_right(xs, score)
        x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
        return y0 + (y1 - y0) * (score - x0) / (x1 - x0) if x1 > x0 else y1

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> Calibration:
        try:
            text = (resources.files("eventscribe.events") / "data" / CALIBRATION_FILE).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError):
            return Calibration([], [])
        data = json.loads(text)
        logistic = data.get("logistic")
        if logistic is not None and list(logistic.get("features", [])) != list(FEATURES):
            raise DataError(f"events/data/{CALIBRATION_FILE}: logistic features must be {FEATURES}")
        return Calibration(data["x"], data["y"], (logistic["weights"], logistic["bias"]) if logistic else None)


def fit_isotonic(pairs: Sequence[tuple[float, bool]], *, prior: float = 2.0) -> tuple[list[float], list[float]]:
    """Isotonic regression of outcome on score (pool-adjacent-violators). Each block's rate is shrunk
    towards the overall rate by ``prior`` pseudo-events, so that a block of two events does not say 0 or 1.
    Returns breakpoints (block mean score, block rate)."""
    if not pairs:
        return [], []
    base = sum(ok for _, ok in pairs) / len(pairs)
    blocks: list[list[float]] = []  # [sum of scores, hits, count]
    for score, ok in sorted(pairs):
        blocks.append([score, float(ok), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            s, h, n = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += h
            blocks[-1][2] += n
    xs = [round(s / n, 4) for s, _, n in blocks]
    ys = [round((h + prior * base) / (n + prior), 4) for _, h, n in blocks]
    for k in range(1, len(ys)):  # shrinking may break monotony slightly
        ys[k] = max(ys[k], ys[k - 1])
    return xs, ys


def fit_platt(pairs: Sequence[tuple[float, bool]], *, points: int = 21) -> tuple[list[float], list[float]]:
    """Platt scaling: the logistic curve ``1 / (1 + exp(-(a * score + b)))`` of best likelihood (Newton's
    method, with a weak prior on ``a`` and ``b`` so that separable data stays finite), written as
    ``points`` breakpoints over [0, 1]. A falling curve (a < 0) is flattened to the overall rate."""
    if not pairs:
        return [], []
    a, b = 0.0, 0.0
    for _ in range(50):
        ga, gb, haa, hab, hbb = 1e-2 * a, 1e-2 * b, 1e-2, 0.0, 1e-2
        for score, ok in pairs:
            p = 1.0 / (1.0 + math.exp(-(a * score + b)))
            ga += (p - ok) * score
            gb += p - ok
            w = p * (1 - p)
            haa, hab, hbb = haa + w * score * score, hab + w * score, hbb + w
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-9:
            break
    if a < 0:
        rate = round(sum(ok for _, ok in pairs) / len(pairs), 4)
        return [0.0, 1.0], [rate, rate]
    xs = [k / (points - 1) for k in range(points)]
    return [round(x, 4) for x in xs], [round(1.0 / (1.0 + math.exp(-(a * x + b))), 4) for x in xs]


def fit_logistic(rows: Sequence[tuple[Sequence[float], bool]], *, l2: float = 1.0) -> tuple[list[float], float]:
    """L2-penalised logistic regression of outcome on features (Newton's method; the bias is not
    penalised). Returns (weights, bias)."""
    import numpy as np

    if not rows:
        return [0.0] * len(FEATURES), 0.0
    x = np.array([list(f) + [1.0] for f, _ in rows], dtype=float)
    y = np.array([float(ok) for _, ok in rows])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 1e-6
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).sum()) < 1e-9:
            break
    return [round(float(v), 5) for v in w[:-1]], round(float(w[-1]), 5)
