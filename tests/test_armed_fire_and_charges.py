"""Shooting named "fire" ("Israeli tank fire", "sniper fire", "gunfire") and strikes named armed ("surgical
strikes", "a retaliatory strike") are attacks by whoever used them, told going on ("US air strikes continue
in Fallujah") or not, while a fire alone stays a blaze and a general strike a stoppage; a verb of legal
charges used of a claim, with no one charged, is an accusation ("charged that the United States was arming
rebels"). AG News sentences of 2004 and sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Three Egyptian policemen were killed overnight by Israeli tank fire on the tense border between Egypt"
            " and the Gaza Strip.",
            "EGY",
        ),
        ("Israeli sniper fire killed a Palestinian man in Gaza.", "PSE"),
        ("Two Palestinian boys were wounded by Israeli gunfire in Rafah.", "PSE"),
    ],
)
def test_armed_fire_is_the_shooters_attack(code_text, text, target):
    found = code_triples(code_text(text, "2004-08-17"))
    assert [c for s, t, c in found if s.startswith("ISR") and t.startswith(target) and c[:2] in ("18", "19")], found


def test_a_fire_alone_is_a_blaze(code_text):
    found = code_triples(code_text("A fire killed three people in Baghdad.", "2004-08-17"))
    assert not [c for _, _, c in found if c[:2] in ("18", "19")], found


def test_charging_that_is_an_accusation(code_text):
    found = code_triples(code_text("Iran charged that the United States was arming rebels.", "2004-08-17"))
    assert ("IRN", "USA", "112") in found, found


@pytest.mark.parametrize(
    "text",
    ["Britain charged eight Pakistani men with conspiracy to commit murder.", "The Iraqi man was charged on Tuesday."],
)
def test_charging_someone_is_legal_action(code_text, text):
    found = code_triples(code_text(text, "2004-08-17"))
    assert [c for _, _, c in found if c == "115"], found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("US surgical strikes continue in Fallujah, Samarra, and Tal Afar.", "USA"),
        ("US air strikes continue in Fallujah.", "USA"),
        ("Israeli air raids continued in Gaza.", "ISR"),
    ],
)
def test_attacks_told_as_going_on_are_their_users_on_the_place(code_text, text, source):
    found = code_triples(code_text(text, "2004-11-10"))
    assert [c for s, t, c in found if s.startswith(source) and t[:3] in ("IRQ", "PSE") and c[:2] == "19"], found


def test_a_strike_going_on_with_no_arms_is_a_stoppage(code_text):
    found = code_triples(code_text("A general strike continued in Seoul on Monday.", "2004-11-10"))
    assert [c for _, _, c in found if c == "143"], found
    assert not [c for _, _, c in found if c[:2] == "19"], found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A roadside bomb exploded near a U.S. military patrol in Baghdad.", "USA"),
        ("A car bomb exploded outside the Australian embassy in Jakarta.", "AUSGOV"),
        ("A roadside bomb exploded near a US convoy in Baghdad.", "USA"),
    ],
)
def test_a_blast_beside_a_party_is_aimed_at_it(code_text, text, target):
    found = code_triples(code_text(text, "2004-09-10"))
    assert [c for _, t, c in found if t.startswith(target) and c.startswith("18")], found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Gunmen murdered two Iraqi policemen in Mosul.", ("IRQ", "IRQ")),
        ("U.S. troops overwhelmed small bands of guerrillas in Fallujah.", ("USA", "IRQ")),
    ],
)
def test_murdering_and_overwhelming_are_force(code_text, text, pair):
    found = code_triples(code_text(text, "2004-11-10"))
    assert [c for s, t, c in found if (s[:3], t[:3]) == pair and c[:2] in ("18", "19")], found


def test_points_scored_make_a_game(code_text):
    text = "Charlie Hodgson scores 27 points as England overwhelm the Springboks at Twickenham."
    assert not code_triples(code_text(text, "2004-11-20"))
