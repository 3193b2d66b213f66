"""Change points in the mean of a series, written here: penalised optimal segmentation (PELT), then a
significance check of every change against its neighbouring segments.

Each value may carry a weight (for a dyad's balance: the number of events of the period, so that a month
of one event counts for less than a month of forty). The model: value ``i`` is its segment's mean plus
noise of variance ``sigma**2 / weight_i``.

1. The noise level ``sigma`` is estimated from successive differences, which shifts in the mean barely
   move. Unweighted: the median absolute difference scaled to a standard deviation, or, when most
   successive values are equal (short, discrete series), the root mean square difference; at least 0.05.
   Weighted: from the median of ``d**2 / (1/w_i + 1/w_(i-1))`` (a chi-square median is 0.455), at least
   0.8 (the noise of a single event's balance of +1 or -1 is about 1).
2. PELT (Killick, Fearnhead and Eckley, 2012) finds the segmentation that minimises the weighted squared
   error of every segment about its mean plus a penalty ``penalty * sigma**2 * log(n)`` per change, each
   segment at least ``min_size`` values long. Pruning keeps it close to linear in practice.
3. A change is kept only if it is large (means differ by ``min_delta`` or more) and significant: the
   difference of the two neighbouring means over its standard error, ``sigma * sqrt(1/W1 + 1/W2)`` (W: the
   segments' total weights), is at least ``threshold``. The weakest failing change is merged away first,
   and the check repeats.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

__all__ = ["MAX_LENGTH", "change_points", "noise_level", "segment"]

#: The longest series accepted (PELT is quadratic at worst).
MAX_LENGTH = 5000


def noise_level(x: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """The standard deviation of the noise (per unit of weight) around a piecewise constant mean."""
    if len(x) < 3:
        return 1.0
    if weights is not None:
        ratios = [
            (b - a) ** 2 / (1 / wa + 1 / wb) for a, b, wa, wb in zip(x, x[1:], weights, weights[1:], strict=False)
        ]
        return max(math.sqrt(statistics.median(ratios) / 0.455), 0.8)
    diffs = [abs(b - a) for a, b in zip(x, x[1:], strict=False)]
    robust = statistics.median(diffs) / (0.6745 * math.sqrt(2))
    if robust <= 0:
        robust = math.sqrt(statistics.fmean(d * d for d in diffs) / 2)
    return max(robust, 0.05)


def segment(x: Sequence[float], w: Sequence[float], *, beta: float, min_size: int) -> list[int]:
    """Starts of the segments after the first of the optimal penalised segmentation (PELT)."""
    n = len(x)
    sw, s1, s2 = [0.0], [0.0], [0.0]
    for value, weight in zip(x, w, strict=True):
        sw.append(sw[-1] + weight)
        s1.append(s1[-1] + weight * value)
        s2.append(s2[-1] + weight * value * value)

    def cost(a: int, b: int) -> float:
        total = s1[b] - s1[a]
        return s2[b] - s2[a] - total * total / (sw[b] - sw[a])

    best = [math.inf] * (n + 1)
    best[0] = -beta
    last = [0] * (n + 1)
    candidates: list[int] = [0]
    for t in range(min_size, n + 1):
        if t - min_size >= min_size:
            candidates.append(t - min_size)  # now far enough behind t to end a segment
        scores = [(best[s] + cost(s, t) + beta, s) for s in candidates if best[s] < math.inf]
        best[t], last[t] = min(scores)
        candidates = [s for s in candidates if best[s] == math.inf or best[s] + cost(s, t) <= best[t]]
    starts, t = [], n
    while t > 0:
        t = last[t]
        if t > 0:
            starts.append(t)
    return sorted(starts)


def change_points(
    values: Sequence[float],
    weights: Sequence[float] | None = None,
    *,
    min_size: int = 2,
    min_delta: float = 0.3,
    threshold: float = 4.0,
    penalty: float = 4.0,
) -> list[tuple[int, float]]:
    """(index where a new regime starts, its significance), in order."""
    x = [float(v) for v in values]
    if len(x) > MAX_LENGTH:
        raise ValueError(f"a series of {len(x)} periods is too long (at most {MAX_LENGTH}); use longer periods")
    if weights is not None and (len(weights) != len(x) or any(w <= 0 for w in weights)):
        raise ValueError("weights must be positive, one per value")
    if len(x) < 2 * min_size:
        return []
    w = [1.0] * len(x) if weights is None else [float(v) for v in weights]
    sigma = noise_level(x, weights)
    points = segment(x, w, beta=penalty * sigma * sigma * math.log(len(x)), min_size=min_size)
    while points:
        scored = _scores(x, w, points, sigma)
        failing = [(score, k) for k, delta, score in scored if abs(delta) < min_delta or score < threshold]
        if not failing:
            return [(k, round(score, 2)) for k, _, score in scored]
        points.remove(min(failing)[1])
    return []


def weighted_mean(x: Sequence[float], w: Sequence[float]) -> float:
    return sum(a * b for a, b in zip(x, w, strict=True)) / sum(w)


def _scores(x: list[float], w: list[float], points: list[int], sigma: float) -> list[tuple[int, float, float]]:
    """(point, change of mean, significance) of each point against its neighbouring segments."""
    bounds = [0, *points, len(x)]
    scored = []
    for i, k in enumerate(points):
        lo, hi = bounds[i], bounds[i + 2]
        delta = weighted_mean(x[k:hi], w[k:hi]) - weighted_mean(x[lo:k], w[lo:k])
        error = sigma * math.sqrt(1 / sum(w[lo:k]) + 1 / sum(w[k:hi]))
        scored.append((k, delta, abs(delta) / error))
    return scored
