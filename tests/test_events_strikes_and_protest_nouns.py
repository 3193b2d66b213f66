"""Strikes, boycotts and threats of them by unions and parties, and protests named by a noun that are the
subject of what they did ("an opposition boycott has forced the government to delay the vote"). Sentences
we wrote in wire style; each family has sentences beside it that must not give the event."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2010-05-20"


THREATS = [
    # a date set for a strike or a protest is a threat of it (the date is no "march")
    ("French unions have earmarked 12 June for a national strike.", "FRALAB", "", "133"),
    ("Ugandan opposition parties set 5 May for a mass protest in Kampala.", "UGAOPP", "", "133"),
    # threats of joint action by unions, of military action by states
    ("British unions threatened united action over pension cuts.", "GBRLAB", "", "133"),
    ("Nigerian unions threatened joint action against fuel price rises.", "NGALAB", "", "133"),
    ("Russia threatened military action against Georgia.", "RUS", "GEO", "138"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), THREATS, ids=[c[0][:40] for c in THREATS])
def test_a_threat_of_strikes_or_force_is_coded(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


def test_a_date_object_is_not_a_march(code_text):
    # "23 March" is when the marchers marched, not what anyone set or held
    triples = code_triples(code_text("The ministry earmarked 23 March for the budget debate.", DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples


def test_action_taken_is_no_threat(code_text):
    triples = code_triples(code_text("The Greek government took action against tax evaders.", DATE))
    assert not any(c.startswith("13") for _, _, c in triples), triples


PROTEST_SUBJECTS = [
    ("An opposition boycott has forced the Kenyan government to delay the vote.", "OPP", "KENGOV", "143"),
    ("Student protests forced the Serbian government to resign.", "EDU", "SRBGOV", "14"),
]


@pytest.mark.parametrize(
    ("text", "sector", "target", "code"), PROTEST_SUBJECTS, ids=[c[0][:40] for c in PROTEST_SUBJECTS]
)
def test_a_protest_noun_is_coded_for_what_it_did(code_text, text, sector, target, code):
    triples = code_triples(code_text(text, DATE))
    assert any(s.endswith(sector) and t.startswith(target) and c.startswith(code) for s, t, c in triples), triples
    # the protest is the act: its doers did not coerce anyone (CAMEO 17)
    assert not any(c.startswith("17") for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "The Russian invasion forced thousands of Ukrainians to flee.",
        "A police investigation forced the minister to resign.",
    ],
)
def test_other_event_nouns_as_subjects_are_no_protest(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples


def test_shunning_work_is_a_strike(code_text):
    text = "Palestinians in the West Bank shunned work on Monday to protest against Jewish settlement."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("PSE") and c == "143" for s, _, c in triples), triples


def test_shunning_a_party_is_no_strike(code_text):
    triples = code_triples(code_text("Most Kenyan voters shunned the new party in the election.", DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples


PROTESTS_MET = [
    ("Police in Nairobi dispersed Maasai protesters on Tuesday.", "KEN"),
    ("Egyptian police arrested dozens of protesters in Cairo on Friday.", "EGY"),
]


@pytest.mark.parametrize(("text", "country"), PROTESTS_MET, ids=[c[0][:40] for c in PROTESTS_MET])
def test_force_used_on_protesters_tells_that_they_protested(code_text, text, country):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(country) and c.startswith("17") for s, _, c in triples), triples
    assert any(s.startswith(country) and c.startswith("14") for s, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        # force only threatened, and force used on people who are not protesters
        "Police will disperse any protesters who gather in the square, the Egyptian interior ministry said.",
        "Egyptian police arrested two smugglers in Cairo on Friday.",
    ],
)
def test_no_protest_without_force_used_on_protesters(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples
