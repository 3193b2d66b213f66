"""Criticism and rejection in a game are no political events ("the coach lambasted the referee");
the same words between political parties keep their event. Sentences we wrote in wire style, each game beside a political twin."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

TWINS = [
    # (a game's dispute, a political twin, the twin's root)
    (
        "The England coach lambasted the referee for costing his side the match.",
        "The British trade minister lambasted the French government for costing Britain the contract.",
        "11",
    ),
    (
        "The Welsh striker rejected a move to a Spanish club.",
        "The Welsh assembly rejected a move by the British government to close the mines.",
        "12",
    ),
]


@pytest.mark.parametrize(("game", "political", "root"), TWINS)
def test_a_dispute_in_a_game_is_no_event(code_text, game, political, root):
    roots = [c[:2] for _, _, c in code_triples(code_text(game, DATE))]
    assert not {"10", "11", "12"} & set(roots), roots
    political_roots = [c[:2] for _, _, c in code_triples(code_text(political, DATE))]
    assert root in political_roots, political_roots
