"""A participle or infinitive told before the verb it hangs on ("Demanding higher wages, teachers
marched …", "Wounding five policemen, fighters attacked …") is read after that verb, so it folds into
the verb's act as it does when told after it: the protest takes the demand's aim, the wounded are what
the attack did. Sentences we wrote in wire style, with pairs that must code alike and sentences whose
fronted participle is no part of the main act and must not change it."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.clause_order import heads_first
from eventscribe.events.clauses import find_clauses

FRONTED_AND_TRAILING = [
    (
        "Demanding higher wages, hundreds of Nigerian teachers marched to the education ministry in Abuja.",
        "Hundreds of Nigerian teachers marched to the education ministry in Abuja, demanding higher wages.",
    ),
    (
        "Demanding the release of their leader, Kurdish protesters rallied outside the Turkish embassy in Berlin.",
        "Kurdish protesters rallied outside the Turkish embassy in Berlin, demanding the release of their leader.",
    ),
    (
        "Wounding five policemen, Taliban fighters attacked a checkpoint in Kandahar.",
        "Taliban fighters attacked a checkpoint in Kandahar, wounding five policemen.",
    ),
]


@pytest.mark.spacy
@pytest.mark.parametrize(("fronted", "trailing"), FRONTED_AND_TRAILING)
def test_a_fronted_participle_codes_as_the_same_participle_told_after(code_text, fronted, trailing):
    assert code_triples(code_text(fronted)) == code_triples(code_text(trailing))


@pytest.mark.spacy
def test_a_fronted_demand_of_a_protest_is_its_aim_not_a_second_act(code_text):
    triples = code_triples(code_text(FRONTED_AND_TRAILING[1][0]))
    assert not any(c.startswith("10") for _, _, c in triples), triples  # no separate demand
    assert any(c.startswith("14") for _, _, c in triples), triples


@pytest.mark.spacy
def test_a_fronted_wounding_is_what_the_attack_did(code_text):
    violent = [e for e in code_text(FRONTED_AND_TRAILING[2][0]) if e.cameo.root in ("18", "19", "20")]
    assert [e.evidence.trigger for e in violent] == ["attacked"], code_triples(violent)


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a fronted appeal hung on a meeting (no protest) stays out of it: the meeting is coded as before
        (
            "Calling for an end to the fighting, the Turkish foreign minister met his Iranian counterpart in Ankara.",
            "04",
        ),
        ("Speaking to reporters in Ankara, the Turkish foreign minister condemned the Israeli air strikes.", "11"),
    ],
)
def test_a_fronted_participle_of_another_kind_leaves_the_main_act(code_text, text, code):
    triples = code_triples(code_text(text))
    assert any(c.startswith(code) for _, _, c in triples), triples


@pytest.mark.spacy
def test_a_fronted_participle_of_no_act_gives_no_event(code_text):
    assert code_text("Walking through the old city, the French president admired its markets.") == ()


# "Demanding reforms , students marched": "Demanding" (VBG, advcl) hangs on "marched" after it.
FRONTED = sentence_from_rows(
    [
        ("Demanding", "demand", "VERB", "VBG", "advcl", 3),
        ("reforms", "reform", "NOUN", "NNS", "dobj", 0),
        ("students", "student", "NOUN", "NNS", "nsubj", 3),
        ("marched", "march", "VERB", "VBD", "ROOT", 3),
    ]
)
# "Students marched , demanding reforms": the same, told after its verb.
TRAILING = sentence_from_rows(
    [
        ("Students", "student", "NOUN", "NNS", "nsubj", 1),
        ("marched", "march", "VERB", "VBD", "ROOT", 1),
        ("demanding", "demand", "VERB", "VBG", "advcl", 1),
        ("reforms", "reform", "NOUN", "NNS", "dobj", 2),
    ]
)


def test_the_verb_is_read_before_a_participle_told_ahead_of_it():
    clauses = list(find_clauses(FRONTED))
    assert [c.verb for c in clauses] == [0, 3]  # found in sentence order
    assert [c.verb for c in heads_first(FRONTED, clauses)] == [3, 0]


def test_clauses_already_in_order_keep_it():
    clauses = list(find_clauses(TRAILING))
    assert [c.verb for c in clauses] == [1, 2]
    assert [c.verb for c in heads_first(TRAILING, clauses)] == [1, 2]
