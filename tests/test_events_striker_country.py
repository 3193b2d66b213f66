"""Strikers and protesters of no named country are of the country where, or against whose state or firm,
they strike ("miners went on strike at South African mines"). Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

PLACED = [
    ("Some 2,000 dockers went on strike at Kenyan ports on Monday.", "KEN", "143"),
    ("Some 3,000 miners went on strike at Zambian copper mines, the union said.", "ZMB", "143"),
    ("Hundreds of nurses staged a strike at Nigerian state hospitals.", "NGA", "143"),
    ("Unions have earmarked 23 June for a national strike that could involve a million Polish workers.", "POL", "133"),
]


@pytest.mark.parametrize(("text", "country", "code"), PLACED, ids=[c[0][:40] for c in PLACED])
def test_strikers_take_the_country_of_the_strike(code_text, text, country, code):
    events = code_text(text, DATE)
    assert has_event(events, country, "", code), code_triples(events)


def test_a_body_of_nations_lends_no_country(code_text):
    # the United Nations is no country: protesters against it stay of unknown country
    triples = code_triples(code_text("Protesters rallied against the United Nations.", DATE))
    assert not any(s.startswith("IGO") for s, _, _ in triples), triples


def test_strikers_of_a_named_country_keep_it(code_text):
    events = code_text("Greek dockers went on strike at the Italian port of Genoa.", DATE)
    assert has_event(events, "GRC", "", "143"), code_triples(events)
