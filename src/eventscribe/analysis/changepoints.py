"""Change points in the mean of a series, written here: penalised optimal segmentation (PELT), then a
significance check of every change against its neighbouring segments.

1. The noise level ``sigma`` of the series is estimated from successive differences, which shifts in the
   mean barely move: the median absolute difference (scaled to a standard deviation), or, when most
   successive values are equal (as in short, discrete series), the root mean square difference.
2. PELT (Killick, Fearnhead and Eckley, 2012) finds the segmentation that minimises the squared error of
   every segment about its mean plus a penalty ``penalty * sigma**2 * log(n)`` per change, each segment at
   least ``min_size`` long. Pruning keeps it close to linear in practice.
3. A change is kept only if it is large (means differ by ``min_delta`` or more) and significant: the
   difference of the two neighbouring means over its standard error, ``sigma * sqrt(1/n1 + 1/n2)``, is at
   least ``threshold``. The weakest failing change is merged away first, and the check repeats.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

__all__ = ["MAX_LENGTH", "change_points", "noise_level", "segment"]

#: The longest series accepted (PELT is quadratic at worst).
MAX_LENGTH = 5000


def noise_level(x: Sequence[float]) -> float:
    """The standard deviation of the noise around a piecewise constant mean (at least 0.05)."""
    if len(x) < 3:
        return 1.0
    diffs = [abs(b - a) for a, b in zip(x, x[1:], strict=False)]
    robust = statistics.median(diffs) / (0.6745 * math.sqrt(2))
    if robust <= 0:
        robust = math.sqrt(statistics.fmean(d * d for d in diffs) / 2)
    return max(robust, 0.05)


def segment(x: Sequence[float], *, beta: float, min_size: int) -> list[int]:
    """Starts of the segments after the first of the optimal penalised segmentation (PELT)."""
    n = len(x)
    s1, s2 = [0.0], [0.0]
    for value in x:
        s1.append(s1[-1] + value)
        s2.append(s2[-1] + value * value)

    def cost(a: int, b: int) -> float:
        total = s1[b] - s1[a]
        return s2[b] - s2[a] - total * total / (b - a)

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
    if len(x) < 2 * min_size:
        return []
    sigma = noise_level(x)
    points = segment(x, beta=penalty * sigma * sigma * math.log(len(x)), min_size=min_size)
    while points:
        scored = _scores(x, points, sigma)
        failing = [(score, k) for k, delta, score in scored if abs(delta) < min_delta or score < threshold]
        if not failing:
            return [(k, round(score, 2)) for k, _, score in scored]
        points.remove(min(failing)[1])
    return []


def _scores(x: list[float], points: list[int], sigma: float) -> list[tuple[int, float, float]]:
    """(point, change of mean, significance) of each point against its neighbouring segments."""
    bounds = [0, *points, len(x)]
    scored = []
    for i, k in enumerate(points):
        left, right = x[bounds[i] : k], x[k : bounds[i + 2]]
        delta = statistics.fmean(right) - statistics.fmean(left)
        scored.append((k, delta, abs(delta) / (sigma * math.sqrt(1 / len(left) + 1 / len(right)))))
    return scored
