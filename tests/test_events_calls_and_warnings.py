"""Telephone calls, warnings given, deadlines set for someone, charges denied, and questions put, as news tells them:
"called Lavrov to discuss Syria" is consultation, "gave Putin a stern warning" a threat, "set a deadline for
the agency to reform" is aimed at the agency, and "denied charges by the Chamber" at the Chamber (whose
"by" the parser hangs on the verb). Sentences we wrote in wire style, beside ones that must not change."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2016-05-20"


CODED = [
    (
        "The German foreign minister called his Russian counterpart to discuss the crisis in Ukraine.",
        "DEU",
        "RUS",
        "04",
    ),
    (
        "The Turkish prime minister telephoned the Russian president to apologise for the downing of the jet.",
        "TUR",
        "RUS",
        "055",
    ),
    ("Obama gave the Russian president a stern warning to stop the bombing.", "USA", "RUS", "13"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CODED, ids=[c[0][:40] for c in CODED])
def test_calls_warnings_deadlines_and_denials_are_coded(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


# (the country of a chamber of commerce or of striking doctors is the actor resolver's to find: the
# target is checked by its sector)
OWNED = [
    (
        "The Chinese government denied charges by the European Chamber of Commerce that it was dumping steel.",
        "BUS",
        "016",
    ),
    ("The Kenyan government set a deadline for the striking doctors to return to work.", "HLH", "139"),
]


@pytest.mark.parametrize(("text", "sector", "code"), OWNED, ids=[c[0][:40] for c in OWNED])
def test_the_accuser_or_the_one_given_a_deadline_is_the_target(code_text, text, sector, code):
    triples = code_triples(code_text(text, DATE))
    assert any(t.endswith(sector) and c.startswith(code) for _, t, c in triples), triples


def test_a_gift_with_an_indirect_object_is_no_warning(code_text):
    triples = code_triples(code_text("Japan gave Vietnam six patrol boats to guard its coast.", DATE))
    assert not any(c.startswith("13") for _, _, c in triples), triples


def test_calling_a_vote_is_no_consultation(code_text):
    triples = code_triples(code_text("The Greek prime minister called a referendum to settle the question.", DATE))
    assert not any(c.startswith("04") for _, _, c in triples), triples


LET_FREE = [
    "Myanmar let free dozens of political prisoners on Tuesday.",
    "Egypt finally let free the Egyptian-American activist Mohamed Soltan.",
]


@pytest.mark.parametrize("text", LET_FREE)
def test_letting_people_go_free_is_releasing_them(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert any(s[:3] in ("MMR", "EGY") and c == "0841" for s, _, c in triples), triples


def test_letting_someone_escape_is_no_release(code_text):
    triples = code_triples(code_text("The Nigerian guards let the prisoners escape.", DATE))
    assert not any(c.startswith("084") for _, _, c in triples), triples


def test_a_state_organ_telling_an_agentless_arrest_with_no_place_made_it(code_text):
    triples = code_triples(code_text("Three men were arrested on Monday, Pakistani police said.", DATE))
    assert any(s == "PAKCOP" and c.startswith("17") for s, _, c in triples), triples


def test_a_foreign_ministry_telling_an_arrest_abroad_did_not_make_it(code_text):
    text = "Two journalists were detained in Tehran, the French foreign ministry said."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("IRN") and c.startswith("17") for s, _, c in triples), triples
    assert not any(s.startswith("FRA") and c.startswith("17") for s, _, c in triples), triples


def test_a_news_agency_telling_an_arrest_made_none(code_text):
    triples = code_triples(code_text("Two men were arrested on Monday, the BBC reported.", DATE))
    assert not any(s.startswith("GBR") and c.startswith("17") for s, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Asked to comment on remarks by U.S. officials, the Japanese finance minister said nothing.",
        "The French foreign minister was asked about the talks with Iran.",
    ],
)
def test_a_question_put_to_someone_is_no_appeal(code_text, text):
    assert not [c for _, _, c in code_triples(code_text(text)) if c.startswith("02")]


def test_asking_a_party_to_act_stays_an_appeal(code_text):
    assert ("IGOUNODEVWBK", "IND", "020") in code_triples(code_text("The World Bank asked India to devalue the rupee."))
