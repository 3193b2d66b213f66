"""Being on strike is striking (CAMEO 143; on hunger strike, 142): "thousands of nurses were on strike",
"most of the dockers remained on strike". Sentences we wrote in wire style, beside ones that tell no
strike: a strike that might be, one denied, and "strike" after "on" in other phrases."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

ON_STRIKE = [
    ("Thousands of Kenyan nurses were on strike across the country on Tuesday.", "KEN", "143"),
    ("Most of Brazil's 30,000 dockers remained on strike.", "BRA", "143"),
    ("Greek teachers have been on strike since Monday.", "GRC", "143"),
    ("Polish miners stayed on indefinite strike for a second week.", "POL", "143"),
    ("A jailed Iranian dissident has been on hunger strike for three weeks.", "IRN", "142"),
]


@pytest.mark.parametrize(("text", "source", "code"), ON_STRIKE, ids=[c[0][:40] for c in ON_STRIKE])
def test_being_on_strike_is_striking(code_text, text, source, code):
    events = code_text(text, DATE)
    assert has_event(events, source, "", code), code_triples(events)


NO_STRIKE = [
    "Greek teachers could be on strike next week.",
    "Greek teachers were not on strike on Monday.",
    "The Kenyan government spent millions on strike breakers.",
]


@pytest.mark.parametrize("text", NO_STRIKE, ids=[t[:40] for t in NO_STRIKE])
def test_no_strike_told(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples
