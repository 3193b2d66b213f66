"""Mutineers and the army they rise against are of one country (events/mutiny.py); plain soldiers take
no country from the commander they kill. Sentences we wrote in wire style, and hand-built parses."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.mutiny import against_mutineers, from_mutiny, is_mutinous
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Actor

DATE = "2014-06-26"

ROWS = [
    ("Mutinous", "mutinous", "ADJ", "JJ", "amod", 1),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
    ("killed", "kill", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("army", "army", "NOUN", "NN", "compound", 5),
    ("chief", "chief", "NOUN", "NN", "dobj", 2),
]


def _arg(code: str, country: str, head: int, sectors: tuple[str, ...] = ("MIL",)) -> Argument:
    return Argument(Actor(code=code, name="", country=country, sectors=sectors), head)


def test_words_of_mutiny():
    sentence = sentence_from_rows(ROWS)
    assert is_mutinous(sentence, 1)
    assert not is_mutinous(sentence, 5)
    plain = sentence_from_rows([("Angry", "angry", "ADJ", "JJ", "amod", 1), *ROWS[1:]])
    assert not is_mutinous(plain, 1)


def test_mutineers_take_their_armys_country_and_it_theirs():
    sentence = sentence_from_rows(ROWS)
    soldiers, chief = _arg("MIL", "", 1), _arg("MIL", "", 5)
    filled = from_mutiny(sentence, soldiers, [_arg("MLIMIL", "MLI", 5)])
    assert filled is not None and filled.actor.code == "MLIMIL"
    filled = from_mutiny(sentence, chief, [_arg("MLIMIL", "MLI", 1)])
    assert filled is not None and filled.actor.code == "MLIMIL"


def test_no_country_across_plain_soldiers_or_a_named_group():
    plain = sentence_from_rows([("Angry", "angry", "ADJ", "JJ", "amod", 1), *ROWS[1:]])
    assert from_mutiny(plain, _arg("MIL", "", 1), [_arg("MLIMIL", "MLI", 5)]) is None
    sentence = sentence_from_rows(ROWS)
    group = _arg("MLIREBXYZ", "MLI", 5, sectors=("REB",))
    assert from_mutiny(sentence, _arg("MIL", "", 1), [group]) is None


def test_the_state_side_target_of_mutineers_is_a_party_even_with_their_code():
    sentence = sentence_from_rows(ROWS)
    assert against_mutineers(sentence, _arg("MLIMIL", "MLI", 5), _arg("MLIMIL", "MLI", 1)).peer
    assert not against_mutineers(sentence, _arg("MLIMIL", "MLI", 1), _arg("MLIMIL", "MLI", 5)).peer


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mutinous soldiers in Mali killed the army chief on Monday.", [("MLIMIL", "MLIMIL", "190")]),
        ("Mutinous troops killed the commander of Chad's army.", [("TCDMIL", "TCDMIL", "190")]),
        # no mutiny: the soldiers may be anyone's, and the chief's country is unknown
        ("Troops killed the commander of Chad's army.", [("---MIL", "TCDMIL", "190")]),
        ("Soldiers in Mali killed the army chief on Monday.", [("MLIMIL", "---MIL", "190")]),
    ],
)
def test_mutineers_in_news(code_text, text, expected):
    assert code_triples(code_text(text, DATE)) == expected
