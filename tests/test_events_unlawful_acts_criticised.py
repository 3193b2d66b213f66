"""A statement that a party's act is illegal, unjustified, unfair or misleading criticises that party
(CAMEO 111); the same words naming a kind of thing ("illegal immigration", "breach of contract"), told
as what might be, or said in a clause of their own are no judgement. Sentences we wrote in wire style:
each judgement beside a near twin that must not give it."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

TWINS = [
    # (judgement, target country, twin without a judgement)
    (
        "The Dutch foreign minister said the Russian-backed referendum was illegal.",
        "RUS",
        "The Dutch foreign minister said the referendum was paid for with illegal Russian money.",
    ),
    (
        "The senator said the administration's decision was unjustified.",
        "USA",
        "The senator said the administration's decision could be unjustified.",
    ),
    (
        "The Swedish union said the German company's dismissals were unfair.",
        "DEU",
        "The Swedish union said the German company had lost its unfair dismissal case.",
    ),
    (
        "Australia's opposition leader described the government's figures as misleading.",
        "AUS",
        "Australia's opposition leader described the government's figures as published last week.",
    ),
    (
        "The Kenyan court said the opposition's strike was illegal.",
        "KEN",
        "The Kenyan minister said the strike, which the court ruled illegal, had ended.",
    ),
    (
        "French President Jacques Chirac said the US-led occupation of Iraq was a violation of international law.",
        "USA",
        "French President Jacques Chirac said the US-led occupation of Iraq had entered its second year.",
    ),
]


@pytest.mark.parametrize(("text", "country", "twin"), TWINS)
def test_an_act_called_unlawful_or_unjust_is_criticism_of_its_doer(code_text, text, country, twin):
    triples = code_triples(code_text(text, DATE))
    assert any(c == "111" and t.startswith(country) for _, t, c in triples), triples
    twin_codes = [c for _, _, c in code_triples(code_text(twin, DATE))]
    assert "111" not in twin_codes, twin_codes


def test_a_party_before_a_participle_leads_the_act_judged(code_text):
    """ "the US-led war": the party judged is the one that led it, not nobody."""
    triples = code_triples(code_text("The Russian foreign minister said the US-led war was a mistake.", DATE))
    assert any(c == "111" and t.startswith("USA") for _, t, c in triples), triples
