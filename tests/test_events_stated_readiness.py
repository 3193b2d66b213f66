"""Stated readiness ("expressed willingness to resume talks"): the intention to do the act that the
noun's infinitive names (CAMEO 03x), not the plain intent to cooperate. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

READINESS = [
    ("Vietnam expressed willingness to resume talks with Cambodia.", "VNM", "KHM", "036"),
    ("The Bolivian government expressed its readiness to meet Chilean officials.", "BOL", "CHL", "036"),
    ("Norway signalled its readiness to mediate between Colombia and the rebels.", "NOR", "COL", "039"),
    ("Japan voiced its willingness to send aid to Haiti.", "JPN", "HTI", "033"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), READINESS)
def test_readiness_is_the_intention_to_do_the_act_offered(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)
    assert not has_event(events, source, target, "030"), code_triples(events)


NO_READINESS = [
    "Iran did not express any willingness to meet American officials.",
    "Analysts doubted that Vietnam would express willingness to resume talks with Cambodia.",
]


@pytest.mark.parametrize("text", NO_READINESS)
def test_denied_or_doubted_readiness_gives_no_intention(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert not any(c.startswith("03") for c in codes), codes


def test_a_hostile_readiness_is_a_threat_and_no_plain_intent_to_cooperate(code_text):
    """The expressing verb of a readiness is no act of its own: "readiness to attack" gives the threat
    only, not the pattern's plain intent to cooperate (030) beside it."""
    triples = code_triples(code_text("Iran expressed readiness to attack Israel.", "2012-02-01"))
    assert any(s == "IRN" and t.startswith("ISR") and c.startswith("13") for s, t, c in triples), triples
    assert not any(c.startswith("03") for _, _, c in triples), triples
