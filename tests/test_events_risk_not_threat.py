""" "Threatened to overshadow the summit", "threatening to wreck a truce": a risk, not a threat; a threat
to attack or to wreck towns stays a threat. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def _roots(code_text, text: str) -> set[str]:
    return {c[:2] for _, _, c in code_triples(code_text(text))}


def test_fighting_that_threatens_to_wreck_a_truce_is_no_threat(code_text):
    roots = _roots(
        code_text, "Kurdish fighters battled Turkish troops near Van, threatening to wreck a truce agreed in May."
    )
    assert "13" not in roots
    assert "19" in roots  # the fighting itself is still coded


def test_a_row_that_threatens_to_overshadow_a_summit_is_no_threat(code_text):
    assert "13" not in _roots(
        code_text, "Spain and Morocco quarrelled over fishing, which threatened to overshadow the summit in Rabat."
    )


def test_threatening_to_wreck_towns_stays_a_threat(code_text):
    assert "13" in _roots(code_text, "Hezbollah threatened to wreck Israeli towns.")


def test_threatening_to_attack_stays_a_threat(code_text):
    assert "13" in _roots(code_text, "Hezbollah threatened to attack Israeli towns.")
