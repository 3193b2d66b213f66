"""Opposing a proposal, or voting against one, is rejecting it (CAMEO 12); opposing a party is still
disapproval (CAMEO 11)."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. House of Representatives today opposed a grant of 40 mln dlrs to the Nicaraguan rebels.",
            ("USALEG", "NICREB", "12"),
        ),
        ("The Labour Party voted against the government's plan.", ("GBROPP", "GBRGOV", "12")),
        (
            "British minister Michael Jopling said Britain and Denmark were opposed to the measure proposed by"
            " the European Commission.",
            ("DNK", "IGOEUREEC", "12"),
        ),
    ],
)
def test_opposing_a_proposal_is_rejecting_it(code_text, text, expected):
    assert expected in triples(code_text(text, "1987-04-29"))


def test_opposing_a_state_is_disapproval(code_text):
    found = triples(code_text("Pakistan strongly opposed India over the dam.", "1987-04-29"))
    assert ("PAK", "IND", "11") in found
