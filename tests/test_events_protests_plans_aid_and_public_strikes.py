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


# -- a plan announced is the intention to do its act (announced_plans.py) ---------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Japan announced plans to send a trade mission to Beijing in March.", ("JPN", "CHN", "03")),
        ("Poland's defence minister announced plans to cut the country's forces in Iraq.", ("POL", "IRQ", "03")),
        ("Washington announced its decision to withdraw its troops from Somalia.", ("USA", "SOM", "03")),
    ],
)
def test_a_plan_announced_is_the_intention_to_do_its_act(code_text, text, wanted):
    events = code_text(text, DATE)
    assert has_event(events, *wanted), code_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        # an announcement of a plan with no act of political meaning is a bare statement
        "Israel announced plans to build 1,500 homes in East Jerusalem.",
        # someone else's plan criticised is no plan of the critic's
        "Japan criticised plans to send a trade mission to Beijing in March.",
    ],
)
def test_no_intention_read_off_other_plans(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not [c for _, _, c in triples if c.startswith(("01", "03"))], triples


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
