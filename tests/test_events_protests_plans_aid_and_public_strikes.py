"""The review's findings on protests, statements, aid raised and strikes by public employees, each
with near twins that must keep (or stay without) their event. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2013-05-20"

# -- protests by soldiers, with an infinitive aim, by organisations, and crowds rallied -------------

PROTESTS = [
    ("Former soldiers marched on parliament on Monday demanding unpaid pensions.", "", "14"),
    ("Retired soldiers marched through Lima in protest at pension cuts.", "", "14"),
    ("Students demonstrated to demand the release of their leaders.", "", "14"),
    ("Nurses demonstrated in Nairobi to press for higher pay.", "KEN", "14"),
    ("The Muslim Brotherhood rallied in Cairo against the army.", "EGY", "14"),
    ("Opposition parties demonstrated in Dhaka against the election results.", "BGD", "14"),
    ("The opposition rallied thousands of supporters in Tbilisi against the government.", "GEO", "14"),
]


@pytest.mark.parametrize(("text", "source", "code"), PROTESTS, ids=[p[0][:40] for p in PROTESTS])
def test_these_protests_are_coded(code_text, text, source, code):
    events = code_text(text, DATE)
    assert has_event(events, source, "", code), code_triples(events)


NOT_PROTESTS = [
    "Syrian troops marched into the refugee camp on Sunday.",
    "Soldiers marched through the capital in a parade marking independence day.",
    "The euro rallied against the dollar on Tuesday.",
    "Intel demonstrated a new chip to reporters in San Francisco.",
    "The prime minister rallied his party behind the budget.",
]


@pytest.mark.parametrize("text", NOT_PROTESTS, ids=[t[:40] for t in NOT_PROTESTS])
def test_other_senses_stay_without_a_protest(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples


# -- statements keep the party of the plan they announce -------------------------------------------


def test_a_plan_announced_keeps_the_party_of_its_act(code_text):
    events = code_text("Japan announced plans to send a trade mission to Beijing in March.", DATE)
    assert has_event(events, "JPN", "CHN", "01"), code_triples(events)


def test_a_plan_announced_for_a_place_keeps_its_party(code_text):
    events = code_text("Israel announced plans to build 1,500 homes in East Jerusalem.", DATE)
    assert has_event(events, "ISR", "PSE", "01"), code_triples(events)


def test_a_plan_dated_by_a_visit_does_not_take_the_host(code_text):
    text = "The Japanese minister told his party to draw up a package before his visit to Washington."
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("01") and t.startswith("USA") for _, t, c in triples), triples


# -- "raise" of aid given is a promise, of funds from investors a getting --------------------------


def test_raising_its_aid_is_a_promise_of_aid(code_text):
    events = code_text("Germany will raise its aid to developing countries next year.", DATE)
    assert has_event(events, "DEU", "", "033"), code_triples(events)


def test_raising_money_from_investors_is_no_aid_given(code_text):
    text = "The Greek government will raise 2 billion euros in loans from investors next month."
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith(("07", "033")) for _, _, c in triples), triples


# -- public employees on strike strike against their government ------------------------------------


def test_civil_servants_on_strike_strike_against_their_government(code_text):
    events = code_text("Thousands of civil servants were on strike across Britain on Thursday.", DATE)
    assert has_event(events, "GBR", "GBRGOV", "14"), code_triples(events)


def test_a_government_boycott_takes_no_target_of_its_own(code_text):
    triples = code_triples(code_text("The British government boycotted the ceremony.", DATE))
    assert not any(t == "GBRGOV" for _, t, _ in triples), triples
