"""Blame put on a cause ("blamed high fuel prices for the drop in profits") accuses no party and is no
event; blame put on a party ("blamed the United States for the failure") stays an accusation (CAMEO
112). Sentences we wrote in wire style, each cause beside a twin that blames a party."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

TWINS = [
    # (blame of a cause, twin blaming a party, the party's country)
    (
        "Lufthansa blamed high fuel prices for a sharp drop in profits.",
        "Lufthansa blamed the French government for a sharp drop in profits.",
        "FRA",
    ),
    (
        "Indian finance ministry officials blamed the slower growth on a fall in oil imports.",
        "Indian finance ministry officials blamed the slower growth on Pakistan.",
        "PAK",
    ),
]


@pytest.mark.parametrize(("cause", "party", "country"), TWINS)
def test_blame_of_a_cause_is_no_accusation(code_text, cause, party, country):
    roots = [c[:2] for _, _, c in code_triples(code_text(cause, DATE))]
    assert "11" not in roots, roots
    triples = code_triples(code_text(party, DATE))
    assert any(c.startswith("11") and t.startswith(country) for _, t, c in triples), triples
