"""A hope to act is read as the intention of that act (or as nothing when the act is not political);
a hope about how things turn out stays an optimistic comment (013). Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def _codes(code_text, text: str) -> list[str]:
    return [c for _, _, c in code_triples(code_text(text))]


def test_hoping_to_hold_talks_is_an_intention_to_meet(code_text):
    codes = _codes(code_text, "Chile hopes to reopen talks with Bolivia on access to the sea.")
    assert any(c.startswith("03") for c in codes)
    assert "013" not in codes


def test_hoping_to_raise_sales_is_no_event(code_text):
    assert _codes(code_text, "The Mexican government hopes to increase the number of tourists by a tenth.") == []


def test_hoping_to_win_a_medal_is_no_event(code_text):
    assert _codes(code_text, "The Kenyan runner hoped to win her first Olympic medal in Athens.") == []


def test_a_hope_about_an_outcome_stays_optimistic(code_text):
    codes = _codes(code_text, "Norway hopes for an early end to the war between Sri Lanka and the Tamil rebels.")
    assert "013" in codes


def test_intending_to_hold_talks_is_unchanged(code_text):
    codes = _codes(code_text, "Chile intends to reopen talks with Bolivia on access to the sea.")
    assert any(c.startswith("03") for c in codes)
