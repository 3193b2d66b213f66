"""Two bodies of one state with one code act on each other ("The Bundesbank urged the West German
government": DEUGOV on DEUGOV); the same body named twice, or a state and its own region, do not."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bundesbank urged the West German government not to relax efforts to rein in spending.",
            ("DEUGOV", "DEUGOV", "02"),
        ),
        (
            "The Ontario Government has urged Ottawa to require foreign companies to obtain permits.",
            ("CANGOV", "CANGOV", "02"),
        ),
    ],
)
def test_another_body_of_the_same_state_is_a_target(code_text, text, expected):
    assert expected in triples(code_text(text, "1987-04-27"))


@pytest.mark.parametrize(
    "text",
    [
        "The government said the government would act.",
        "Sudan will take the lead in restoring order to its rebellious Darfur region.",
    ],
)
def test_the_same_body_or_its_own_region_is_none(code_text, text):
    assert not [t for t in triples(code_text(text, "2004-08-15")) if t[0] == t[1]]
