"""Events the coder used to miss or code apart (recall9): accepting an offer is agreeing to the act offered
("accepted Norway's offer of talks"), handing over suspects is extradition, and the headline "X to visit Y"
is scheduled like "X is to visit Y". Sentences we wrote in wire style, with sentences beside them that
must give no event or no change."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy


ACCEPTED_OFFERS = [
    # (sentence, the accepter, the offerer, the code of agreeing to what was offered)
    ("Iran accepted the European Union's offer of talks.", "IRN", "IGOEUR", "036"),
    ("Venezuela accepted a Colombian offer of talks on the border.", "VEN", "COL", "036"),
    ("The Syrian government accepted Russia's offer of a ceasefire.", "SYR", "RUS", "0871"),
    ("Japan accepted the offer from China.", "JPN", "CHN", "03"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), ACCEPTED_OFFERS)
def test_accepting_an_offer_is_agreeing_to_the_act_offered(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_rejecting_an_offer_of_talks_stays_a_refusal(code_text):
    events = code_text("The Indian minister rejected Pakistan's offer of talks.")
    assert has_event(events, "IND", "PAK", "125"), code_triples(events)
    assert not any(c.startswith("03") for _, _, c in code_triples(events)), code_triples(events)


def test_accepting_a_business_offer_between_no_actors_gives_no_event(code_text):
    assert code_triples(code_text("The company accepted the offer from a buyer.")) == []


HANDED_OVER = [
    ("Pakistan handed over two suspects to India.", "PAK", "IND", "063"),
    ("Turkey handed over the suspected bomber to Iraq on Sunday.", "TUR", "IRQ", "063"),
    # yielding a place (0874) and relinquishing power (0831)
    ("Israel handed over control of the town to the Palestinian Authority.", "ISR", "PSE", "0874"),
    ("The Malian army handed over the town to French troops.", "MLI", "FRA", "0874"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), HANDED_OVER)
def test_handing_over_suspects_places_and_power_is_coded_by_what_is_handed(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police handed over the case to prosecutors.",
        "The French minister handed over the report to the Kenyan president.",
    ],
)
def test_handing_over_a_case_or_a_report_is_no_extradition_or_yielding(code_text, text):
    events = code_text(text)
    assert not any(c.startswith(("06", "08")) for _, _, c in code_triples(events)), code_triples(events)


VISIT_FORMS = [
    ("Putin to visit Turkey next week.", "Putin is to visit Turkey next week."),
    ("Putin to meet Erdogan in Ankara.", "Putin is to meet Erdogan in Ankara."),
]


@pytest.mark.parametrize(("headline", "sentence"), VISIT_FORMS)
def test_headline_and_is_to_forms_of_a_scheduled_visit_agree(code_text, headline, sentence):
    told = code_triples(code_text(headline))
    assert told == code_triples(code_text(sentence)), told
    assert any(c == "036" for _, _, c in told), told


def test_a_visit_told_as_done_stays_a_visit(code_text):
    events = code_text("Putin visited Turkey on Monday.")
    assert has_event(events, "RUS", "TUR", "042"), code_triples(events)


HEADLINE_NOUN_SUBJECTS = [
    ("Chinese president to visit Russia.", "CHN", "RUS", "036"),
    ("Iranian foreign minister to visit Iraq next week.", "IRN", "IRQ", "036"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), HEADLINE_NOUN_SUBJECTS)
def test_headline_with_a_role_noun_subject_is_a_scheduled_act(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_infinitive_on_a_noun_with_an_article_stays_a_proposal(code_text):
    # "a resolution to impose sanctions": what is proposed, no one imposed anything
    events = code_text("A resolution to impose sanctions on Iran.")
    assert not any(c.startswith("16") for _, _, c in code_triples(events)), code_triples(events)


CROWD_SETTINGS = [
    # (sentence, the people arrested at the crowd event, who also protested)
    ("Dozens of Kenyan activists were detained during protests in Nairobi.", "KEN"),
    ("Egyptian police arrested twenty students at a protest in Cairo.", "EGY"),
]


@pytest.mark.parametrize(("text", "country"), CROWD_SETTINGS)
def test_people_arrested_at_a_protest_protested_besides_the_arrest(code_text, text, country):
    triples = code_triples(code_text(text))
    assert any(c.startswith("173") for _, _, c in triples), triples
    assert any(s.startswith(country) and c.startswith("14") for s, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    ["The Kenyan president spoke at a rally in Nairobi.", "Obama praised Merkel at a rally in Berlin."],
)
def test_acts_other_than_force_at_a_rally_give_no_protest(code_text, text):
    triples = code_triples(code_text(text))
    assert not any(c.startswith("14") for _, _, c in triples), triples


def test_questioning_an_estimate_is_disapproval_of_its_maker(code_text):
    # "estimates" is the object here, not a verb: the parser's reading must still give the criticism
    events = code_text("Pakistan questioned UN estimates of the death toll.")
    assert has_event(events, "PAK", "IGO", "11"), code_triples(events)
