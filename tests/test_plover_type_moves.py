"""Acts whose PLOVER type depends on what happened (events/data/plover_type_moves.yaml): a resignation that
took place is RETREAT (mode resign), a promised one keeps its code's CONCEDE; a ceasefire only declared is
CONCEDE, one observed keeps its code's RETREAT ceasefire. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import load_script

from eventscribe.errors import DataError
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
    plover = with_contexts(book.plover(code), sentence, code)
    assert (plover.event, plover.mode) == (kind, mode)


def test_a_move_keeps_the_codes_context(book):
    before = book.plover("0834")
    moved = moved_type(before, "The defence minister resigned on Friday.", "0834")
    assert moved.event == "RETREAT" and moved.context == before.context


def test_other_types_never_move():
    for kind in ("ASSAULT", "AGREE", "REQUEST"):
        plover = PloverCode(kind, "", ())
        assert moved_type(plover, "The minister resigned and the rebels declared a ceasefire.", "0834") is plover


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("0813", "The government lifted the curfew after the interior minister resigned."),
        ("0832", "The junta freed the opposition leader a day after the premier stepped down."),
    ],
)
def test_an_act_of_another_code_beside_a_resignation_keeps_its_type(book, code, sentence):
    plover = with_contexts(book.plover(code), sentence, code)
    assert plover.event == book.plover(code).event


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("CONCEDE: {to: RETREAT/resign, codes: ['0831'], words: resigned}", "'words' must be a list"),
        ("CONCEDE: {to: RETREAT/resign, words: [resigned]}", "'codes' must be a list"),
        ("CONCEDE: {to: RETREAT/re sign, codes: ['0831'], words: [resigned]}", "one word"),
        ("CONCEDE: [to, RETREAT]", "needs 'to"),
        ("CONCEDE: {to: RETREAT", "not valid YAML"),
    ],
)
def test_a_bad_moves_file_names_itself(monkeypatch, text, message):
    import eventscribe.events.plover as plover_module

    real = plover_module.resources.files

    class Fake:
        def __truediv__(self, _name):
            return self

        def read_text(self, encoding="utf-8"):
            return text

    monkeypatch.setattr(
        plover_module.resources, "files", lambda pkg: Fake() if pkg == "eventscribe.events" else real(pkg)
    )
    type_moves.cache_clear()
    try:
        with pytest.raises(DataError, match=message) as info:
            type_moves()
        assert "plover_type_moves.yaml" in str(info.value)
    finally:
        type_moves.cache_clear()


def test_training_labels_use_the_moved_type(book):
    trainer = load_script("train_event_model")
    done = trainer.coded("The foreign minister resigned on Monday.", "0834", "own", book)
    promised = trainer.coded("The foreign minister offered to resign on Monday.", "0834", "own", book)
    assert PLOVER_ORDER[done.plover] == "RETREAT"
    assert PLOVER_ORDER[promised.plover] == "CONCEDE"
    assert done.root == promised.root == 7  # root 08, counted from 0
