"""Events the coder used to miss entirely: an event noun modified by a passive participle ("the
strike, called by the union"), "called (on Friday) for X to act", "sending up to 600 marines" (which the
parser reads as a particle "up" and a "to" phrase), and news verbs that only the converted dictionary
knew. Sentences we wrote in wire style, with sentences beside them that must give no event or no change."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy


PARTICIPLE_ON_EVENT_NOUN = [
    # the participle's agent did what the noun names: organising a protest (141), calling a strike (143)
    ("The protest, organised by Kenyan students, drew thousands to the capital.", "KENEDU", "141"),
    ("The rally, organized by Greek farmers, blocked the motorway.", "GRCAGR", "141"),
    ("The attack, claimed by the Taliban, killed five soldiers.", "AFGREB", "19"),
]


@pytest.mark.parametrize(("text", "source", "code"), PARTICIPLE_ON_EVENT_NOUN)
def test_event_noun_with_passive_participle_is_the_agents_act(code_text, text, source, code):
    events = code_text(text)
    assert any(s == source and c.startswith(code) for s, _, c in code_triples(events)), code_triples(events)


def test_participle_on_an_ordinary_noun_gives_no_act_of_its_agent(code_text):
    # "the report, written by the ministry": writing a report is no CAMEO event of the ministry's
    events = code_text("The report, written by the Kenyan health ministry, was published on Monday.")
    assert not any(c.startswith(("14", "19", "04")) for _, _, c in code_triples(events)), code_triples(events)


FOR_TO_APPEALS = [
    (
        "Prime Minister Theresa May called on Friday for Britain to stay in the European single market.",
        "GBRGOV",
        "GBR",
        "02",
    ),
    ("The United Nations appealed for Israel to halt its offensive in Gaza.", "IGOUNO", "ISR", "025"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), FOR_TO_APPEALS)
def test_call_for_someone_to_act_is_an_appeal_to_them(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_waiting_for_someone_to_act_is_no_appeal(code_text):
    events = code_text("The French president waited for the German chancellor to arrive in Paris.")
    assert not any(c.startswith("02") for _, _, c in code_triples(events)), code_triples(events)


def test_sending_up_to_a_number_of_troops_reads_them_as_what_is_sent(code_text):
    events = code_text("The US is sending up to 600 marines and relief supplies to flood-hit areas of the Philippines.")
    assert has_event(events, "USA", "PHL", "07"), code_triples(events)
    # the marines are not the target of the act
    assert not any(t.endswith("MIL") for _, t, _ in code_triples(events)), code_triples(events)


def test_gave_up_to_the_police_keeps_its_particle(code_text):
    # "gave up to" is a surrender, not "give" + "up to <number>": no aid given to the police
    events = code_text("The gunmen gave up to Indian police on Sunday.")
    assert not any(c.startswith("07") for _, _, c in code_triples(events)), code_triples(events)


DICTIONARY_VERBS = [
    ("The American Civil Liberties Union petitioned the US Supreme Court on Monday.", "USAJUD", "02"),
    ("Indian police patrolled the streets of Srinagar on Sunday.", "", "15"),
    ("Russian jets strafed rebel positions near Aleppo.", "", "195"),
    ("The Chinese foreign ministry chastised Japan on Tuesday.", "JPN", "111"),
]


@pytest.mark.parametrize(("text", "target", "code"), DICTIONARY_VERBS)
def test_news_verbs_known_only_to_the_dictionary_are_coded(code_text, text, target, code):
    events = code_text(text)
    assert any(t.startswith(target) and c.startswith(code) for _, t, c in code_triples(events)), code_triples(events)


def test_patrol_as_a_noun_or_in_a_question_gives_no_show_of_force(code_text):
    assert not code_text("Did Indian police patrol the streets of Srinagar?")
