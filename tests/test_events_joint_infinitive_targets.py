"""Coordinated parties who agree to act together on a party named by the infinitive ("Norway and Egypt
agreed to help OPEC") act on that party, not on each other; with no such party ("agreed to cooperate",
"agreed to meet in Paris") each acts on each. Sentences we wrote."""

from __future__ import annotations

import pytest


def _pairs(events) -> set[tuple[str, str]]:
    return {(e.source.code, e.target.code) for e in events if e.source is not None and e.target is not None}


@pytest.mark.spacy
def test_a_party_named_by_the_infinitive_is_the_target_of_each(code_text):
    pairs = _pairs(code_text("Norway, Mexico and Egypt agreed to help OPEC by cutting their exports.", "1987-03-10"))
    assert {("NOR", "IGOBUSOPC"), ("MEX", "IGOBUSOPC"), ("EGY", "IGOBUSOPC")} <= pairs, pairs
    assert ("NOR", "MEX") not in pairs and ("MEX", "EGY") not in pairs, pairs


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "Norway, Mexico and Egypt agreed to cooperate on oil prices.",
        "France and Germany agreed to meet in Paris next week.",
    ],
)
def test_with_no_such_party_the_sources_act_on_each_other(code_text, text):
    pairs = _pairs(code_text(text, "1987-03-10"))
    assert ("FRA", "DEU") in pairs or ("NOR", "MEX") in pairs, pairs
