"""Where an act happens, for actors that name no country: a bearing from a place ("north of Kabul") places
it like "near Kabul"; and a state's police facing the armed opposition of that state are its own.
Sentences we wrote in wire style; beside them, sentences whose actors must stay as they are."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2014-06-26"


def _first(events, root: str) -> tuple[str, str, str]:
    found = [t for t in code_triples(events) if t[2].startswith(root)]
    assert found, code_triples(events)
    return found[0]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("American troops clashed with gunmen west of Falluja on Tuesday.", "IRQ"),
        ("US aircraft struck militants north of Kandahar overnight.", "AFG"),
    ],
)
def test_a_bearing_from_a_place_gives_the_scene(code_text, text, target):
    # the foreign troops lend nothing; the town the bearing is taken from places the armed men
    assert _first(code_text(text, DATE), "19")[1][:3] == target


@pytest.mark.parametrize(
    "text",
    [
        "American troops clashed with gunmen on Tuesday.",
        "American troops clashed with gunmen in the west on Tuesday.",  # a bearing alone is no place
    ],
)
def test_without_a_place_the_armed_men_keep_no_country(code_text, text):
    assert _first(code_text(text, DATE), "19")[1].startswith("---")


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        ("Afghan militants ambushed a police convoy on Sunday.", "19", ("AFGREB", "AFGCOP")),
        ("Police arrested three Iraqi insurgents on Friday.", "17", ("IRQCOP", "IRQREB")),
    ],
)
def test_police_facing_a_nations_armed_opposition_are_that_nations(code_text, text, root, expected):
    assert _first(code_text(text, DATE), root)[:2] == expected


def test_an_army_facing_them_may_be_foreign(code_text):
    # troops abroad or an occupation: an army post is not lent the militants' country
    event = _first(code_text("Afghan militants attacked an army post on Sunday.", DATE), "19")
    assert event[1] != "AFGMIL"
