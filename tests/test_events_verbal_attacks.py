"""An attack launched on a policy, a cost or a record is criticism (CAMEO 111), while one launched on a
place or a force stays violence. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

CRITICISM = [
    "The opposition leader launched a fierce attack on the government's economic policy.",
    "The Tory leader mounted an attack on the cost of the identity card scheme.",
    "Union leaders launched a fresh assault on the pension reform.",
]


@pytest.mark.parametrize("text", CRITICISM)
def test_an_attack_on_a_policy_is_criticism(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "111" in codes and not any(c[:2] in ("18", "19", "20") for c in codes), codes


VIOLENCE = [
    "Insurgents launched an attack on a police station in Kirkuk.",
    "Rebels launched an attack on the town of Goma.",
]


@pytest.mark.parametrize("text", VIOLENCE)
def test_an_attack_on_a_place_stays_violence(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert any(c.startswith("19") for c in codes) and "111" not in codes, codes
