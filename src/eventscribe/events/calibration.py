"""Calibrated confidence: a monotone map from the coder's raw score to the chance an event is right.

The map (``data/calibration.json``: ``{"x": [...], "y": [...]}``, increasing breakpoints) is fitted by
``scripts/train_calibration.py`` on the dev halves of the gold sets, with isotonic regression
(pool-adjacent-violators, :func:`fit_isotonic`) or a Platt curve (:func:`fit_platt`), whichever has the
lower cross-validated log-loss there, and read back here; between breakpoints it is linear. Reliability is checked on the
test halves (``eventscribe evaluate --split test --thresholds ...``).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from eventscribe.errors import DataError

__all__ = ["Calibration", "fit_isotonic", "fit_platt"]

CALIBRATION_FILE = "calibration.json"


class Calibration:
    """Piecewise-linear monotone map; the identity when it has no breakpoints."""

    def __init__(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        if len(xs) != len(ys) or list(xs) != sorted(xs) or list(ys) != sorted(ys):
            raise DataError(f"events/data/{CALIBRATION_FILE}: x and y must be increasing lists of one length")
        self.xs, self.ys = list(xs), list(ys)

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
        return Calibration(data["x"], data["y"])


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
