"""A hope to see, avoid or end something stays an optimistic comment (013), never the intention of its
object; a party's threat, or one with a condition, stays a threat though its verb reads as a risk.
Sentences we wrote (some are the reviewer's)."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def _codes(code_text, text: str) -> list[str]:
    return [c for _, _, c in code_triples(code_text(text))]


def _roots(code_text, text: str) -> set[str]:
    return {c[:2] for c in _codes(code_text, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Israel hopes to avoid a war with Hezbollah.",
        "Jordan hoped to prevent a new conflict on its border with Syria.",
        "Egypt hopes Israel and Hamas will make peace this year.",
        "Mubarak said he hoped to see a Palestinian state within two years.",
    ],
)
def test_a_hope_about_an_outcome_stays_optimistic(code_text, text):
    codes = _codes(code_text, text)
    assert "013" in codes
    assert not any(c[:2] in {"13", "14", "15", "16", "17", "18", "19", "20"} for c in codes)


def test_hoping_to_hold_or_launch_talks_is_still_an_intention(code_text):
    for text in ("Iran hopes to hold talks with the EU next month.", "Israel hopes to launch talks with Syria."):
        codes = _codes(code_text, text)
        assert "036" in codes and "013" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Hamas threatened to reignite the war if Israel did not lift the blockade.",
        "Rebels threatened to wreck the peace process unless their leader was freed.",
        "Rebels threatened to plunge the capital into darkness by attacking power lines.",
        "Militants threatened to wreck the ceasefire.",
    ],
)
def test_a_party_or_a_condition_keeps_the_threat(code_text, text):
    assert "13" in _roots(code_text, text)


def test_a_dispute_that_threatens_a_process_is_still_a_risk(code_text):
    assert "13" not in _roots(code_text, "The dispute threatened to wreck the peace process.")
