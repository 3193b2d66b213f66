"""Harm told with a vehicle's accident or a disaster is no attack ("a commuter plane crashed into a lake,
killing all 53", "a strong earthquake rocked the island, injuring several people", "a cargo ship hits a
breakwater"); a vessel that is hit by shells, or warplanes that hit a building, still attack."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy

VIOLENT = ("18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        "A China Eastern Airlines commuter plane crashed into a frozen lake in northern China this morning,"
        " killing all 53 people on board, state media said.",
        "A strong earthquake off Taiwan rocked the island's northeast on Friday, damaging buildings and"
        " injuring several people, officials said.",
        "At least six crew members are killed after a South Korean cargo ship hits a breakwater in Japan.",
    ],
)
def test_harm_from_an_accident_is_no_attack(code_text, text):
    assert not [e for e in code_text(text, "2004-08-15") if e.cameo.root in VIOLENT]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes hit a building in Gaza, killing two militants.",
        "A West German navy ship was hit today by artillery shells from a Soviet vessel in the Baltic Sea.",
    ],
)
def test_a_vessel_hit_by_shells_or_warplanes_hitting_are_attacks(code_text, text):
    assert [e for e in code_text(text, "1987-08-15") if e.cameo.root in VIOLENT]
