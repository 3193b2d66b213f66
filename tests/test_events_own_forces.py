"""A state's own forces are no target of what it does with them: the foreign country they are in is
("Poland will reduce its number of troops in Iraq": POL -> IRQ); with no other country named with them
the own forces stay. The source's own nationality on a thing ("ruled out Japanese help") is no target."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _pairs(events) -> set[tuple[str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "") for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Poland will significantly reduce its number of troops in Iraq by the end of 2005.",
        "Poland said Friday it plans to reduce the number of its troops in Iraq from early next year.",
    ],
)
def test_the_country_the_troops_are_in_is_the_target(code_text, text):
    pairs = _pairs(code_text(text, "2004-08-15"))
    assert ("POL", "IRQ") in pairs and ("POL", "POLMIL") not in pairs


def test_own_forces_with_no_foreign_place_stay(code_text):
    pairs = _pairs(code_text("The Kenyan government ordered its troops to leave the capital.", "2004-08-15"))
    assert not any(t and not t.startswith("KEN") for _, t in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Last week Nakasone ruled out Japanese military or financial help to patrol the waters of the Gulf.",
        "Spanish farm minister Carlos Romero, speaking at a meeting of EC farm ministers, called for action to help"
        " the Spanish maize market.",
    ],
)
def test_the_sources_own_nationality_on_a_thing_is_no_target(code_text, text):
    pairs = _pairs(code_text(text, "1987-03-11"))
    assert not [(s, t) for s, t in pairs if t in ("JPN", "ESP")]


def test_a_party_of_the_sources_own_country_is_still_a_target(code_text):
    pairs = _pairs(code_text("Japan's prime minister criticised the Japanese Communist Party.", "1987-03-11"))
    assert ("JPNGOV", "JPNPTY") in pairs
