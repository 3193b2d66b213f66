"""Displeasure at a party's act ("was unhappy with the French proposal", "was angered by Iran's
arrest of its sailors") is disapproval of that party (CAMEO 110), not a pessimistic comment (012);
displeasure that is negated, conditional or at a thing of no party is none. Sentences we wrote in wire
style, each beside a near twin that must not give the disapproval."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

TWINS = [
    # (displeasure, source country, target country, twin without a disapproval)
    (
        "Germany was unhappy with the French proposal.",
        "DEU",
        "FRA",
        "Germany would be unhappy if the French proposal passed.",
    ),
    (
        "Japan said it was disappointed by the American decision to impose tariffs.",
        "JPN",
        "USA",
        "The Indian minister said he was disappointed by the results.",
    ),
    (
        "Britain was angered by Iran's arrest of its sailors.",
        "GBR",
        "IRN",
        "Britain was not angered by Iran's arrest of its sailors.",
    ),
    (
        "China is angry at Japan's decision.",
        "CHN",
        "JPN",
        "China is angry at the weather.",
    ),
    (
        'The Japanese government said it was "deeply disappointed" by the American ruling.',
        "JPN",
        "USA",
        'The Japanese government said it was "deeply disappointed" that exports had fallen.',
    ),
    # a stated attitude ("is disappointed"), read by the clause coder, with a party's act as its cause
    (
        'U.S. Agriculture Secretary Ann Veneman said she is "very disappointed" by a Canadian government ruling.',
        "USA",
        "CAN",
        'U.S. Agriculture Secretary Ann Veneman said she is "very disappointed" that beef exports have fallen.',
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "twin"), TWINS)
def test_displeasure_at_a_partys_act_is_disapproval_of_it(code_text, text, source, target, twin):
    triples = code_triples(code_text(text, DATE))
    assert any(c == "110" and s.startswith(source) and t.startswith(target) for s, t, c in triples), triples
    twin_roots = [c[:2] for _, _, c in code_triples(code_text(twin, DATE))]
    assert "11" not in twin_roots, twin_roots
