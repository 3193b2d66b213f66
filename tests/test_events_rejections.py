"""Opposing a proposal, or voting against one, is rejecting it (CAMEO 12); opposing a party is still
disapproval (CAMEO 11). Expressing support is endorsing (CAMEO 051), as the codebook reads."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's leading political party has expressed full support to President Jose Sarney's decision.",
        "The West German government expressed support for the U.S. position.",
    ],
)
def test_expressing_support_is_endorsement(code_text, text):
    # the codebook's 051 reads "express support for, commend, approve"; 019 is agreeing on an issue
    assert "051" in {e.cameo.code for e in code_text(text, "1987-04-29")}


@pytest.mark.parametrize(
    "text",
    ["Iran rejected a report by the UN agency.", "Iran dismissed the assertion of the UN agency."],
)
def test_rejecting_a_report_is_denying_it(code_text, text):
    # CAMEO 016, deny responsibility or an accusation: what is rejected is a claim, not a proposal
    assert "016" in {e.cameo.code for e in code_text(text, "2004-11-22")}
