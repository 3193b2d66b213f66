"""Wanting another to act is an appeal (CAMEO 02), as the codebook's example of 025 codes it ("Sharon
wants Germany to pay more compensation"); wanting to act oneself is not. A trip to a place of one's own country visits no other party
("Bush flew to Texas"); a trip abroad is a visit (042). Sentences we wrote in wire style, with sentences
beside them that must give no event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

WANTED = [
    ("The United States wants Iran to stop uranium enrichment.", "USA", "IRN"),
    ("Japan said it wanted Russia to return the disputed islands.", "JPN", "RUS"),
    ("Washington wants Pakistan to do more against militants on its border.", "USA", "PAK"),
]


@pytest.mark.parametrize(("text", "source", "target"), WANTED, ids=[c[0][:40] for c in WANTED])
def test_wanting_another_to_act_is_an_appeal(code_text, text, source, target):
    triples = code_triples(code_text(text, "2006-05-02"))
    assert any(s.startswith(source) and t.startswith(target) and c.startswith("02") for s, t, c in triples), triples
    assert not any(c.startswith("10") for _, _, c in triples), triples


NOT_WANTED = [
    "I want you to know the truth.",
    "Fans want the coach to resign after the defeat.",
    "Iran wants to build a second nuclear plant.",
]


@pytest.mark.parametrize("text", NOT_WANTED)
def test_wanting_that_is_no_appeal_to_a_party_gives_none(code_text, text):
    triples = code_triples(code_text(text, "2006-05-02"))
    assert not any(c.startswith(("02", "10")) for _, _, c in triples), triples


def test_a_trip_abroad_is_a_visit(code_text):
    triples = code_triples(code_text("President Bush flew to Mexico on Friday.", "2006-05-02"))
    assert any(s.startswith("USA") and t == "MEX" and c.startswith("042") for s, t, c in triples), triples


HOME_TRIPS = [
    "President Bush flew to Texas on Friday.",
    "John Kerry headed to Pennsylvania and Ohio on Monday.",
    "The German chancellor travelled to Bavaria on Saturday.",
]


@pytest.mark.parametrize("text", HOME_TRIPS)
def test_a_trip_at_home_visits_no_one(code_text, text):
    triples = code_triples(code_text(text, "2004-09-02"))
    assert not any(c.startswith("042") for _, _, c in triples), triples


SOUGHT_NOUNS = [
    # an event noun that is the object of what someone is urged or plans to do is sought, not done
    ("President Mbeki urged all countries to enforce a United Nations arms embargo on Ivory Coast.", "16"),
    ("The prime minister has asked parliament to approve a ceasefire with the rebels.", "08"),
    ("Britain backed plans to lift the arms embargo on China.", "16"),
]


@pytest.mark.parametrize(("text", "root"), SOUGHT_NOUNS, ids=[c[0][:40] for c in SOUGHT_NOUNS])
def test_an_event_noun_only_sought_is_no_event(code_text, text, root):
    triples = code_triples(code_text(text, "2004-11-02"))
    assert not any(c.startswith(root) for _, _, c in triples), triples


def test_an_event_noun_in_force_is_still_an_event(code_text):
    triples = code_triples(
        code_text("The United Nations arms embargo on Ivory Coast took effect on Monday.", "2004-11-20")
    )
    assert any(s.startswith("IGOUNO") and t.startswith("CIV") and c.startswith("16") for s, t, c in triples), triples


PROMISED_SUPPLIES = [
    # a promise to supply someone "with" something: the someone is the target, the something the act
    ("Russia pledged to supply Syria with air defence missiles.", "RUS", "SYR", "0332"),
    ("The United States agreed to provide Egypt with wheat.", "USA", "EGY", "033"),
]


@pytest.mark.parametrize(
    ("text", "source", "target", "code"), PROMISED_SUPPLIES, ids=[c[0][:40] for c in PROMISED_SUPPLIES]
)
def test_a_promise_to_supply_someone_with_something_aims_at_the_someone(code_text, text, source, target, code):
    triples = code_triples(code_text(text, "2013-05-02"))
    assert any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in triples), triples


def test_a_promise_to_send_troops_aims_at_their_destination_not_the_troops(code_text):
    triples = code_triples(code_text("Japan pledged to send troops to Iraq.", "2003-12-02"))
    assert any(s == "JPN" and t == "IRQ" and c.startswith("03") for s, t, c in triples), triples
    assert not any(t.endswith("MIL") for _, t, _ in triples), triples


CITED_REASONS = [
    "The Turkish government has refused to send troops to the war, citing domestic opposition.",
    "Russia cited the attack as a reason to delay the talks.",
    "Officials cited security concerns for the closure of the embassy.",
]


@pytest.mark.parametrize("text", CITED_REASONS)
def test_a_reason_cited_is_no_act(code_text, text):
    triples = code_triples(code_text(text, "2003-03-02"))
    assert not any(c.startswith(("11", "19")) for _, _, c in triples), triples
