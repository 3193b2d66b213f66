"""The sentence's PLOVER type from the PLOVER head mixed with the root head read through the codebook
(LearnedModel.plover_blend), and the training script's parts for it: the root -> type shares and root
probabilities from a root head that never saw the sentence."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import load_script

from eventscribe.errors import DataError
from eventscribe.events.codebook import Codebook
from eventscribe.events.learned import DIMENSIONS, HEADS, PLOVER_ORDER, ROOTS, LearnedModel


@pytest.fixture(scope="module")
def trainer():
    return load_script("train_event_model")


def _weights(gamma: float, root_plover: np.ndarray) -> dict[str, np.ndarray]:
    arrays = {}
    for name, k in HEADS.items():
        arrays[f"{name}_w"] = np.zeros((DIMENSIONS, k), dtype=np.float16)
        arrays[f"{name}_b"] = np.zeros(k, dtype=np.float32)
    arrays["plover_b"][PLOVER_ORDER.index("COERCE")] = 1.0  # the PLOVER head leans to COERCE
    arrays["root_b"][ROOTS.index("18")] = 5.0  # the root head is sure of an assault
    arrays["plover_gamma"] = np.array([gamma], dtype=np.float32)
    arrays["root_plover"] = root_plover
    return arrays


def test_the_root_shares_follow_the_codebook(trainer):
    matrix = trainer.root_plover_matrix(Codebook.load())
    assert matrix.shape == (len(ROOTS), len(PLOVER_ORDER))
    assert not matrix[ROOTS.index("01")].any()  # statements have no PLOVER type
    assert matrix[ROOTS.index("14"), PLOVER_ORDER.index("PROTEST")] == 1.0
    assert matrix[ROOTS.index("18")].argmax() == PLOVER_ORDER.index("ASSAULT")
    assert np.allclose(matrix[1:].sum(axis=1), 1.0)


def test_the_root_head_moves_the_type_only_as_far_as_gamma_says(trainer):
    matrix = trainer.root_plover_matrix(Codebook.load()).astype(np.float32)
    text = "Something happened in the town."
    assert LearnedModel(_weights(0.0, matrix)).sentence_plover(text, ()) == "COERCE"
    assert LearnedModel(_weights(0.6, matrix)).sentence_plover(text, ()) == "ASSAULT"


def test_a_root_share_table_of_the_wrong_shape_is_a_clear_error():
    with pytest.raises(DataError, match="root_plover"):
        LearnedModel(_weights(0.2, np.zeros((3, 3), dtype=np.float32)))


def test_root_views_of_plover_records_come_from_models_that_did_not_see_them(trainer):
    record = trainer.Example("Troops shelled the town.", "plover", root=18, plover=15)
    uncoded = trainer.Example("Rebels clashed with the army.", "plover", plover=15)
    copied = trainer.Example("Police arrested the editor.", "plover", plover=14)
    root_rows = [record, trainer.Example("POLICE ARRESTED THE EDITOR.", "cameo", root=16)]
    oof = np.zeros((2, len(ROOTS)))
    oof[0, 18] = 1.0
    w = np.zeros((DIMENSIONS + 1, len(ROOTS)), dtype=np.float32)
    w[-1, 3] = 4.0  # the final root head says root 04 for everything
    views = trainer.unseen_root_probs([record, uncoded, copied], root_rows, oof, w)
    assert views[0].argmax() == 18  # out of fold
    assert views[1].argmax() == 3  # never a root row: the final head has not seen it
    assert np.allclose(views[2], 1.0 / len(ROOTS))  # trained on as a copy: no unseen view
