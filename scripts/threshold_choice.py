"""Choosing a threshold on the dev halves, and judging that choice out of fold, for the training scripts
(``train_vetting.py``, ``train_news_head.py``, ``train_learned_recall.py``).

Each script scores its own component at a threshold; what they share is how the threshold is chosen
(the grid value with the highest summed F1 over the sets, the earliest on a tie) and how the choice is
judged (every fold scored at the threshold chosen on the other folds), and the folds themselves (a hash
of the record id, salted per script so that the scripts' folds differ).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from eventscribe.evaluate import GoldRecord, Score

__all__ = ["add_counts", "best_choice", "fold_of", "nested_scores"]

COUNTS = ("matched", "predicted", "gold", "matched_required")


def fold_of(salt: str, record_id: str, folds: int) -> int:
    """The fold (0 .. ``folds`` - 1) of a record, from a hash of ``salt`` and its id."""
    return hashlib.sha1(f"{salt}:{record_id}".encode()).digest()[0] % folds


def best_choice(choices: Sequence[float], total: Callable[[float], float]) -> float:
    """The choice whose ``total`` (summed F1, rounded to 9 places) is highest; the earliest on a tie."""
    return max(choices, key=lambda t: (round(total(t), 9), -choices.index(t)))


def add_counts(total: Score, part: Score) -> None:
    """Add ``part``'s counts into ``total``."""
    for name in COUNTS:
        setattr(total, name, getattr(total, name) + getattr(part, name))


def nested_scores(
    sets: Sequence[Sequence[GoldRecord]],
    fold: Callable[[str], int],
    folds: int,
    choose: Callable[[set[str]], float],
    part_score: Callable[[int, list[GoldRecord], float], Score],
) -> list[Score]:
    """Each set's score with every fold scored at the threshold ``choose`` picks on the other folds' ids;
    ``part_score(k, records, t)`` scores ``records`` of the ``k``-th set at ``t``."""
    totals = [Score() for _ in sets]
    for k in range(folds):
        others = {r.id for records in sets for r in records if fold(r.id) != k}
        t = choose(others)
        for index, records in enumerate(sets):
            add_counts(totals[index], part_score(index, [r for r in records if fold(r.id) == k], t))
    return totals
