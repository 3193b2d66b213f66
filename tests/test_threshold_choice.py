"""scripts/threshold_choice.py: the threshold the training scripts choose, and its out-of-fold judgement."""

from __future__ import annotations

from conftest import load_script

from eventscribe.evaluate import GoldRecord, Score

choice = load_script("threshold_choice")


def record(rid: str) -> GoldRecord:
    return GoldRecord(id=rid, text="x", date=None, events=())


def test_folds_are_stable_spread_and_salted():
    ids = [f"r{k}" for k in range(200)]
    folds = [choice.fold_of("vetting", i, 5) for i in ids]
    assert folds == [choice.fold_of("vetting", i, 5) for i in ids]
    assert set(folds) == set(range(5))
    assert folds != [choice.fold_of("news", i, 5) for i in ids]


def test_the_best_choice_is_the_highest_total_and_the_earliest_on_a_tie():
    totals = {0.0: 0.5, 0.3: 0.7, 0.5: 0.7 + 1e-12, 0.7: 0.6}
    assert choice.best_choice((0.0, 0.3, 0.5, 0.7), totals.__getitem__) == 0.3
    assert choice.best_choice((0.7, 0.5), totals.__getitem__) == 0.5


def test_each_fold_is_scored_at_the_threshold_chosen_without_it():
    records = [record(f"r{k}") for k in range(40)]

    def fold(rid: str) -> int:
        return choice.fold_of("t", rid, 4)

    chosen: list[tuple[frozenset[str], float]] = []

    def choose(ids: set[str]) -> float:
        chosen.append((frozenset(ids), float(len(chosen))))
        return chosen[-1][1]

    def part_score(k: int, part: list[GoldRecord], t: float) -> Score:
        ids, last_t = chosen[-1]
        assert t == last_t  # scored at the threshold just chosen ...
        assert not {r.id for r in part} & ids  # ... on ids that leave this fold out
        assert len({fold(r.id) for r in part}) <= 1
        return Score(matched=len(part), predicted=len(part) + k, gold=len(part), matched_required=len(part))

    totals = choice.nested_scores([records, records[:10]], fold, 4, choose, part_score)
    assert len(chosen) == 4
    assert all(len(ids) + sum(fold(r.id) == k for r in records) == 40 for k, (ids, _) in enumerate(chosen))
    assert (totals[0].matched, totals[0].predicted) == (40, 40)
    assert (totals[1].matched, totals[1].predicted) == (10, 10 + 4)
