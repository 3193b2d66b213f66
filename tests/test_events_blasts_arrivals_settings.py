"""Three event-finding gaps: bombs told by what they did ("a car bomb exploded in Kabul", "bomb blasts
rocked southern Thailand"), trips whose place of departure is no target ("arrived in Paris from Cairo"),
and a meeting owned by a pronoun that is the occasion of a statement ("said in his meeting with X").
Sentences we wrote in wire style, with near twins that must keep or lose the event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-03-10"

BLASTS = [
    # a bomb going off, with no one named who set it: the unidentified armed force of the scene
    ("A car bomb exploded near a police station in Kandahar on Monday.", "AFGUAF"),
    ("A bomb went off outside a hotel in Karachi late on Tuesday.", "PAKUAF"),
    ("A bomb ripped through a crowded market in Mosul on Sunday.", "IRQUAF"),
    # the place a bomb blast rocked is the scene
    ("Bomb blasts rocked southern Thailand on Friday.", "THAUAF"),
]


@pytest.mark.parametrize(("text", "source"), BLASTS, ids=[c[0][:40] for c in BLASTS])
def test_a_bomb_going_off_is_a_bombing_by_an_unnamed_force_of_the_scene(code_text, text, source):
    triples = code_triples(code_text(text, DATE))
    assert any(s == source and c == "183" for s, _, c in triples), triples


NO_BLAST = [
    # a bare explosion that shook a place may be an accident or a test: no attack on the place
    "A huge explosion rocked northern Iran on Thursday, state television said.",
    # "rock" and "shake" with no bomb are no blast; "rip" without "through" is none either
    "The scandal rocked the government of Japan last week.",
    "Protests shook the Ukrainian capital Kiev on Sunday.",
    "The Kenyan president ripped up the agreement with Uganda on Monday.",
    # a bomb that did not go off
    "Police defused a bomb near a mosque in Karachi on Tuesday.",
]


@pytest.mark.parametrize("text", NO_BLAST)
def test_no_bombing_without_a_bomb_going_off(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("18") for _, _, c in triples), triples


ARRIVALS = [
    ("Japan's foreign minister arrived in Seoul from Beijing on Sunday.", "JPN", "KOR"),
    ("The French president flew to Moscow from Berlin on Tuesday for talks.", "FRA", "RUS"),
]


@pytest.mark.parametrize(("text", "source", "target"), ARRIVALS, ids=[c[0][:40] for c in ARRIVALS])
def test_a_trip_is_a_visit_to_where_it_arrives_not_where_it_began(code_text, text, source, target):
    triples = code_triples(code_text(text, DATE))
    visits = [(s, t) for s, t, c in triples if c == "042"]
    assert any(s.startswith(source) and t.startswith(target) for s, t in visits), triples
    assert not any(t.startswith(("CHN", "DEU")) for _, t in visits), triples


def test_a_trip_only_from_a_place_visits_no_one(code_text):
    triples = code_triples(code_text("Japan's foreign minister arrived from Beijing on Sunday.", DATE))
    assert not any(c == "042" and t.startswith("CHN") for _, t, c in triples), triples


SETTINGS = [
    (
        "Chinese Premier Wen Jiabao said in his meeting with Pakistani Prime Minister Shaukat Aziz that ties were strong.",
        "CHN",
        "PAK",
    ),
    (
        "The Brazilian finance minister said after his talks with the British chancellor that the plan was sound.",
        "BRA",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), SETTINGS, ids=[c[0][:40] for c in SETTINGS])
def test_a_meeting_of_the_speaker_told_as_the_occasion_is_his_meeting(code_text, text, source, target):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and t.startswith(target) and c[:2] == "04" for s, t, c in triples), triples


def test_a_pronoun_owned_meeting_that_is_only_a_topic_gives_no_meeting(code_text):
    triples = code_triples(code_text("Their meeting with the Iranian envoy was cancelled on Monday.", DATE))
    assert not any(c[:2] == "04" for _, _, c in triples), triples
