"""Releases, pleas, prices charged and decrees (events/legal_acts.py): CAMEO 0841 releases people only, a
defendant's plea is no appeal, a price charged is no legal charge, and a curfew or state of emergency is
coded alone even when foreigners are named. Sentences we wrote in wire style, each beside a near twin
that keeps its event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-03-14"

THINGS_RELEASED = [
    "Numbers released by the Chinese commerce ministry showed a record surplus.",
    "The German economy ministry released its monthly figures on Wednesday.",
    "Canadian police released a photo of the suspect.",
    "Egyptian police released video footage of the attack on the hotel.",
    "The Indian government freed up funds for the drought-hit states.",
    "The Pentagon released the names of the American soldiers killed in Iraq.",
    "The Chinese ministry released dozens of documents on the dispute.",
]


@pytest.mark.parametrize("text", THINGS_RELEASED, ids=[t[:40] for t in THINGS_RELEASED])
def test_a_thing_released_is_no_release_of_people(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("084") for _, _, c in triples), triples


PEOPLE_RELEASED = [
    ("Iraqi kidnappers released two Italian aid workers on Sunday.", "ITA"),
    ("Syria released six Lebanese prisoners on Friday.", "LBN"),
    ("Palestinian gunmen released a French journalist in Gaza.", "FRA"),
    ("Israel freed 400 Palestinians as a goodwill gesture.", "PSE"),
    ("Cuba released dozens of Spanish prisoners on Monday.", "ESP"),
]


@pytest.mark.parametrize(("text", "freed"), PEOPLE_RELEASED, ids=[t[:40] for t, _ in PEOPLE_RELEASED])
def test_people_released_keep_their_release(code_text, text, freed):
    triples = code_triples(code_text(text, DATE))
    assert any(c.startswith("0841") and t.startswith(freed) for _, t, c in triples), triples


PLEAS = [
    "A former Australian minister pleaded guilty to fraud charges on Monday.",
    "The Serbian general pleads not guilty to war crimes charges.",
    "The Italian banker pleaded innocent to charges of embezzlement.",
    "Two Kenyan officials were indicted last year but have pleaded their innocence.",
]


@pytest.mark.parametrize("text", PLEAS, ids=[t[:40] for t in PLEAS])
def test_a_plea_in_court_is_no_appeal(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("02") for _, _, c in triples), triples


def test_a_plea_to_someone_is_still_an_appeal(code_text):
    text = "The Nigerian president pleaded with the rebels to lay down their arms."
    triples = code_triples(code_text(text, DATE))
    assert any(c.startswith("02") and s.startswith("NGA") for s, _, c in triples), triples


PRICES = [
    "The Brazilian firm charged all past exploration costs against earnings in 1986.",
]


@pytest.mark.parametrize("text", PRICES, ids=[t[:40] for t in PRICES])
def test_a_price_charged_is_no_legal_charge(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("11") for _, _, c in triples), triples


def test_a_suspect_charged_keeps_the_legal_charge(code_text):
    triples = code_triples(code_text("British police charged three men with plotting attacks.", DATE))
    assert any(c.startswith("115") and s.startswith("GBR") for s, _, c in triples), triples


DECREES = [
    ("The Thai government declared a state of emergency as American and Australian troops arrived.", "1724", "THA"),
    ("Nepalese authorities imposed a curfew in Kathmandu as Indian officials flew in.", "1723", "NPL"),
]


@pytest.mark.parametrize(("text", "code", "doer"), DECREES, ids=[t[:40] for t, _, _ in DECREES])
def test_a_decree_is_coded_alone_when_foreigners_are_named(code_text, text, code, doer):
    triples = code_triples(code_text(text, DATE))
    assert any(c == code and s.startswith(doer) and t == doer for s, t, c in triples), triples


def test_an_act_aimed_abroad_still_needs_its_target(code_text):
    # no change for other acts: with a foreigner named and no target found, nothing is coded alone
    text = "Peru granted asylum on Monday as five Panamanian officers waited."
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("17") for _, _, c in triples), triples
