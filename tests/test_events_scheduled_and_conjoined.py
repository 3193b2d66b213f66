"""Acts announced with "be to" ("Karzai is to visit Pakistan") are intentions, like "will visit"; and a
coordinated clause with its own auxiliary or subject is as real as it says, not as its neighbour ("does
not plan to deploy troops but will provide aid"). Sentences we wrote in wire style, with ones that must
give no event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2004-10-01"


def test_an_act_announced_with_be_to_is_an_intention(code_text):
    triples = code_triples(code_text("Afghan President Hamid Karzai is to visit Pakistan next week.", DATE))
    assert ("AFGGOV", "PAK", "036") in triples, triples


def test_a_task_that_is_to_be_done_is_no_act(code_text):
    triples = code_triples(code_text("The problem for Iraq is to find a solution.", DATE))
    assert not triples, triples


def test_a_coordinated_clause_with_its_own_auxiliary_escapes_the_negation(code_text):
    text = "Japan does not plan to send troops to Iraq but will provide aid to Iraq."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "JPN" and t.startswith("IRQ") and c.startswith("03") for s, t, c in triples), triples
    assert not any(c.startswith("15") or c in ("0343", "0344") for _, _, c in triples), triples


def test_a_coordinated_verb_without_one_shares_the_negation(code_text):
    triples = code_triples(code_text("Israel did not attack or bomb the convoy in Syria.", DATE))
    assert not any(c[:2] in ("18", "19") for _, _, c in triples), triples


CAUSED = [
    ("The pension review prompted British unions to threaten strike action.", "GBRLAB", "133"),
    ("The killing sparked Palestinian protesters to attack an Israeli checkpoint.", "PSE", "14"),
]


@pytest.mark.parametrize(("text", "source", "code"), CAUSED, ids=[c[0][:40] for c in CAUSED])
def test_what_a_cause_prompted_someone_to_do_is_their_act(code_text, text, source, code):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and c.startswith(code) for s, _, c in triples), triples


def test_what_someone_was_urged_to_do_is_not_done(code_text):
    # "urged" is a demand: the doctors have not ended their strike
    triples = code_triples(code_text("The Kenyan government urged doctors to end their strike.", DATE))
    assert not any(c.startswith("08") for _, _, c in triples), triples
