"""A state's own forces are no target of what it does with them: the foreign country they are in is
("Poland will reduce its number of troops in Iraq": POL -> IRQ); with no other country named with them
the own forces stay."""

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
