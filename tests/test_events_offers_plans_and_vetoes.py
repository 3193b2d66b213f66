"""Offers, conditions and plans told in the future (CAMEO 03x and 13x): an offer or threat made on a
condition is the intention or threat, made to the party whose act is the condition; "is due to / is
set to" + act is the intended act, like "will"; a veto still to come is a non-force threat (131).
Sentences we wrote in wire style, with ones that must give no event and ones that keep their code."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2012-05-14"

CONDITIONAL_OFFERS = [
    # (sentence, source, target, code prefix)
    ("Venezuela is willing to resume talks if Colombia withdraws its ambassador's remarks.", "VEN", "COL", "036"),
    ("Pyongyang said it was ready to return to the talks if Tokyo dropped its demands.", "PRK", "JPN", "036"),
    ("Ecuador threatened to cut ties if Peru pardoned the officers.", "ECU", "PER", "1313"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CONDITIONAL_OFFERS)
def test_a_conditional_offer_is_made_to_the_party_of_the_condition(code_text, text, source, target, code):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in triples), triples


def test_the_named_partner_of_a_conditional_offer_stays_its_target(code_text):
    text = "Venezuela is willing to resume talks with Brazil if Colombia withdraws the remarks."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("VEN") and t.startswith("BRA") and c == "036" for s, t, c in triples), triples
    assert not any(t.startswith("COL") for _, t, _ in triples), triples


NO_EVENT = [
    "If the negotiations collapse, a war between Sudan and Chad could follow.",  # a writer's hypothetical
    "If the rains fail again, the summit with Kenya will be postponed.",  # a condition on nature
    "Will Venezuela resume talks with Colombia if the remarks are withdrawn?",  # a question
    "Analysts said Venezuela could resume talks if Colombia withdrew the remarks.",  # a guess, no offer
    "The French president is not set to meet the German chancellor this month.",  # a plan denied
    "The gas contract between Russia and Ukraine is set to expire next year.",  # no act of a party
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_hypotheticals_questions_and_nature_give_no_intent(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith(("03", "13")) for _, _, c in triples), triples


SCHEDULED = [
    ("The Japanese prime minister is due to visit China next week.", "JPN", "CHN", "036"),
    ("The Chinese premier is set to visit Japan in April.", "CHN", "JPN", "036"),
    ("The French president is scheduled to meet the German chancellor in Berlin.", "FRA", "DEU", "036"),
    ("The European Union is set to give the green light to talks with Serbia.", "IGOEU", "SRB", "036"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), SCHEDULED)
def test_an_act_due_or_set_to_happen_is_the_intention(code_text, text, source, target, code):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in triples), triples
    assert not any(c.startswith("04") for _, _, c in triples), triples  # not yet met


def test_an_attack_poised_to_happen_is_a_threat(code_text):
    triples = code_triples(code_text("Ethiopian troops are poised to attack Eritrea.", DATE))
    assert any(s.startswith("ETH") and t.startswith("ERI") and c == "138" for s, t, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


VETOES = [
    "Russia would veto any resolution on Syria, its ambassador said.",
    "The president said he would veto any tax increase passed by Congress.",
    "The president vowed to veto the bill passed by Congress.",
]


@pytest.mark.parametrize("text", VETOES)
def test_a_veto_still_to_come_is_a_non_force_threat(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "131" in codes, codes
    assert "129" not in codes, codes


def test_a_veto_cast_keeps_its_code(code_text):
    codes = [c for _, _, c in code_triples(code_text("The United States vetoed a Security Council resolution.", DATE))]
    assert "129" in codes, codes
    assert not any(c.startswith("13") for c in codes), codes


def test_an_unconditional_past_act_keeps_its_code(code_text):
    text = "The rebels returned to the negotiating table with the government on Monday."
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "046" in codes, codes
    assert not any(c.startswith("03") for c in codes), codes


def test_a_trip_back_is_no_negotiation(code_text):
    triples = code_triples(code_text("The delegation returned to Cairo after the summit.", DATE))
    assert not any(c.startswith(("04", "03")) for _, _, c in triples), triples


def test_a_conditional_offer_to_compatriots_keeps_them_as_target(code_text):
    text = "The Thai government is willing to lift the curfew if the protesters go home."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("THA") and t.startswith("THA") and t != s and c == "0351" for s, t, c in triples), triples


def test_a_fellow_participant_in_the_condition_is_no_party_offered_to(code_text):
    """ "will attend if the opposition attends too": the opposition joins the act, it is not offered it."""
    events = code_text("Syria said it would attend the conference if the opposition attends.", DATE)
    assert not any(t.endswith("OPP") for _, t, _ in code_triples(events)), code_triples(events)
