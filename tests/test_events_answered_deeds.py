"""Acts told as answers to another party's deed: "Kenya scrambled jets after a Somali attack" is aimed at
Somalia, "in response to Palestinian rocket fire" at the Palestinians, "protested after Chinese ships
entered its waters" at China. Sentences we wrote in wire style, beside ones that must stay as they were:
an answered deed of the source's own country, a statement or a meeting "after" something, and an act
that names its own target."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

from eventscribe.events.responses import RESPONSE_ROOTS

pytestmark = pytest.mark.spacy

DATE = "2015-03-10"

ANSWERS = [
    ("Uganda scrambled fighter jets after a Congolese attack on a border post.", "UGA", "COD", "15"),
    ("Moscow threatened to retaliate following Turkey's downing of the bomber.", "RUS", "TUR", "13"),
    ("Vietnam protested after Chinese ships entered its waters near the islands.", "VNM", "CHN", "11"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), ANSWERS, ids=[a[0][:40] for a in ANSWERS])
def test_an_act_answering_a_foreign_deed_is_aimed_at_its_doer(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


def test_the_answered_deed_must_be_foreign(code_text):
    """Police acting after a protest of their own country keep their own target; no foreign one is made."""
    events = code_text("Kenyan police arrested twenty students after a Kenyan opposition rally in Nairobi.", DATE)
    assert not any(t.startswith(("USA", "GBR")) for _, t, _ in code_triples(events))
    assert all(not t or t.startswith("KEN") for _, t, _ in code_triples(events)), code_triples(events)


NO_ANSWER = [
    # a meeting or a statement made after something answers no deed
    "The Austrian minister spoke to reporters after talks with Chinese officials in Vienna.",
    "The Swiss president flew home after a visit to Brazil.",
]


@pytest.mark.parametrize("text", NO_ANSWER, ids=[t[:40] for t in NO_ANSWER])
def test_no_answered_party_for_acts_that_are_not_hostile(code_text, text):
    events = code_text(text, DATE)
    assert not any(code[:2] in RESPONSE_ROOTS for _, _, code in code_triples(events)), code_triples(events)


def test_a_named_target_is_kept(code_text):
    """An act that names its own target is aimed at it, not at the party of the deed it follows."""
    events = code_text("Japan summoned the Chinese ambassador after a Russian bomber entered its airspace.", DATE)
    triples = code_triples(events)
    assert any(s.startswith("JPN") and t.startswith("CHN") for s, t, _ in triples), triples
    assert not any(s.startswith("JPN") and t.startswith("RUS") for s, t, _ in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Indian police detained dozens after a Pakistani cricket match.",
        "Turkish police detained dozens after a Syrian rebel attack on a border town.",
    ],
)
def test_an_arrest_of_its_own_object_is_not_aimed_at_the_answered_party(code_text, text):
    """Whoever is detained is the arrest's target, named or not; never the party of the deed it follows."""
    triples = code_triples(code_text(text, DATE))
    assert not any(code[:2] == "17" and t[:3] in ("PAK", "SYR") for _, t, code in triples), triples
