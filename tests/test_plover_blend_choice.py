"""How the training script judges a setting of the PLOVER blend (blend_fit): by whole-record accuracy,
equal accuracies told apart by the gold type's mean log-probability, which prefers wider margins."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import load_script

from eventscribe.events.learned import PLOVER_ORDER, combine_plover


@pytest.fixture(scope="module")
def trainer():
    return load_script("train_event_model")


def _probs(**shares: float) -> np.ndarray:
    p = np.full(len(PLOVER_ORDER), 0.01)
    for kind, share in shares.items():
        p[PLOVER_ORDER.index(kind)] = share
    return p / p.sum()


def test_the_coded_type_wins_once_its_vote_outweighs_the_heads_lead(trainer):
    mixed = np.array([_probs(ASSAULT=0.6, COERCE=0.2), _probs(REQUEST=0.5, ACCUSE=0.3), _probs(AGREE=0.9)])
    votes = np.zeros_like(mixed)
    votes[0, PLOVER_ORDER.index("COERCE")] = 1.0  # the coder typed the first sentence COERCE
    gold = np.array([PLOVER_ORDER.index(k) for k in ("COERCE", "REQUEST", "AGREE")])
    # the head leads by log(0.6 / 0.2) = 1.1: a vote of 0.5 leaves ASSAULT, one of 2 gives COERCE
    assert trainer.blend_fit(mixed, votes, gold, 0.5)[0] == pytest.approx(2 / 3)
    assert trainer.blend_fit(mixed, votes, gold, 2.0)[0] == 1.0
    assert combine_plover(mixed[2], (), 2.0) == "AGREE"


def test_equal_accuracy_goes_to_the_wider_margin(trainer):
    mixed = np.array([_probs(ASSAULT=0.5, COERCE=0.3), _probs(ACCUSE=0.7)])
    votes = np.zeros_like(mixed)
    votes[0, PLOVER_ORDER.index("COERCE")] = 1.0
    gold = np.array([PLOVER_ORDER.index("COERCE"), PLOVER_ORDER.index("ACCUSE")])
    small, large = trainer.blend_fit(mixed, votes, gold, 1.0), trainer.blend_fit(mixed, votes, gold, 3.0)
    assert small[0] == large[0] == 1.0  # both settings get both records right
    assert large[1] > small[1]  # but the larger vote is surer of the coded type
    assert (large[0], large[1]) > (small[0], small[1])


def test_a_wrong_record_outweighs_any_margin(trainer):
    mixed = np.array([_probs(ASSAULT=0.5, COERCE=0.3)])
    votes = np.zeros_like(mixed)
    votes[0, PLOVER_ORDER.index("COERCE")] = 1.0
    gold = np.array([PLOVER_ORDER.index("COERCE")])
    assert trainer.blend_fit(mixed, votes, gold, 0.0)[0] == 0.0
    assert trainer.blend_fit(mixed, votes, gold, 1.0)[0] == 1.0


def test_training_scores_the_types_as_the_runtime_blend_does(trainer):
    """blend_fit's hits are the records whose gold type combine_plover would give at run time."""
    from eventscribe.model import PloverCode

    class Typed:  # an event whose PLOVER type is COERCE, all that type_votes reads
        plover = PloverCode("COERCE", "", ())
        confidence = 0.9

    mixed = np.array([_probs(ASSAULT=0.6, COERCE=0.2), _probs(ASSAULT=0.4, COERCE=0.35)])
    for alpha in (0.0, 0.5, 1.0, 2.0):
        runtime = [combine_plover(row, [Typed()], alpha) for row in mixed]
        gold = np.array([PLOVER_ORDER.index(kind) for kind in runtime])
        votes = np.zeros_like(mixed)
        votes[:, PLOVER_ORDER.index("COERCE")] = 1.0
        assert trainer.blend_fit(mixed, votes, gold, alpha)[0] == 1.0
