"""Acts whose PLOVER type depends on what happened (events/data/plover_type_moves.yaml): a resignation that
took place is RETREAT (mode resign), a promised one keeps its code's CONCEDE; a ceasefire only declared is
CONCEDE, one observed keeps its code's RETREAT ceasefire. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import load_script

from eventscribe.events.codebook import Codebook
from eventscribe.events.learned import PLOVER_ORDER
from eventscribe.events.plover import moved_type, type_moves, with_contexts
from eventscribe.model import PloverCode


@pytest.fixture(scope="module")
def book():
    return Codebook.load()


@pytest.mark.parametrize(
    ("code", "sentence", "kind", "mode"),
    [
        ("0834", "The interior minister resigned on Tuesday over the prison scandal.", "RETREAT", "resign"),
        ("0831", "The army chief stepped down after a week of street protests.", "RETREAT", "resign"),
        ("0831", "The governor has quit as head of the ruling party.", "RETREAT", "resign"),
        ("0834", "The premier agreed to resign once a new budget is passed.", "CONCEDE", ""),
        ("0834", "The minister will step down at the end of the month, aides said.", "CONCEDE", ""),
        ("0831", "The president refused to resign despite the protests.", "CONCEDE", ""),
        ("083", "The cabinet accepted the strikers' demand for a new wage law.", "CONCEDE", ""),
        ("0871", "The guerrillas declared a unilateral ceasefire for the holidays.", "CONCEDE", ""),
        ("0871", "A truce between the two militias held for a second day.", "RETREAT", "ceasefire"),
        ("0871", "The rebels said they had not declared a truce.", "RETREAT", "ceasefire"),
    ],
)
def test_the_type_follows_what_happened(book, code, sentence, kind, mode):
    plover = with_contexts(book.plover(code), sentence)
    assert (plover.event, plover.mode) == (kind, mode)


def test_a_move_keeps_the_codes_context(book):
    before = book.plover("0834")
    moved = moved_type(before, "The defence minister resigned on Friday.")
    assert moved.event == "RETREAT" and moved.context == before.context


def test_other_types_never_move():
    for kind in ("ASSAULT", "AGREE", "REQUEST"):
        plover = PloverCode(kind, "", ())
        assert moved_type(plover, "The minister resigned and the rebels declared a ceasefire.") is plover


def test_moves_name_current_types_only():
    for key, (kind, _mode, stems, phrases) in type_moves().items():
        assert key.partition("/")[0] in PLOVER_ORDER and kind in PLOVER_ORDER
        assert stems or phrases


def test_training_labels_use_the_moved_type(book):
    trainer = load_script("train_event_model")
    done = trainer.coded("The foreign minister resigned on Monday.", "0834", "own", book)
    promised = trainer.coded("The foreign minister offered to resign on Monday.", "0834", "own", book)
    assert PLOVER_ORDER[done.plover] == "RETREAT"
    assert PLOVER_ORDER[promised.plover] == "CONCEDE"
    assert done.root == promised.root == 7  # root 08, counted from 0
