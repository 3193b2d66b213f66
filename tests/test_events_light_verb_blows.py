"""A "strike" told by a light verb ("launched a strike on …", "carried out strikes against …") is a
military blow when it is aimed at a place or a military object (CAMEO 190, 195 by aircraft; the
codebook's note on 143 sends military strikes to category 19), and a stoppage when workers strike or the
strike is of a labour kind. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2012-11-15"


def test_a_strike_launched_on_a_place_is_force_aimed_at_its_country(code_text):
    triples = code_triples(code_text("Turkey launched a strike on Kirkuk.", DATE))
    assert any(s.startswith("TUR") and t.startswith("IRQ") and c.startswith("19") for s, t, c in triples), triples
    assert not any(c == "143" for _, _, c in triples), triples


def test_a_strike_by_aircraft_is_an_air_strike(code_text):
    triples = code_triples(code_text("Russian warplanes conducted a strike on Aleppo.", DATE))
    assert any(s.startswith("RUS") and c == "195" for s, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    ["Airline pilots launched a strike on Monday in Madrid.", "Greek dock workers launched a strike on Friday."],
)
def test_a_strike_by_workers_stays_a_stoppage(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_light_verb_object_unit():
    from conftest import sentence_from_rows

    from eventscribe.events.stoppages import light_verb_object

    rows = [
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("launched", "launch", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("strike", "strike", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 1), ("Gaza", "Gaza", "PROPN", "NNP", "pobj", 4),
    ]  # fmt: skip
    from dataclasses import replace

    sentence = sentence_from_rows(rows)
    tokens = tuple(replace(t, ent_type="GPE") if t.text == "Gaza" else t for t in sentence.tokens)
    sentence = replace(sentence, tokens=tokens)
    kids = [[t for t in sentence.tokens if t.head == i and t.i != i] for i in range(len(sentence.tokens))]
    assert light_verb_object(sentence, sentence.tokens[3], kids) == "military strike"
    monday = [*rows[:5], ("Monday", "Monday", "PROPN", "NNP", "pobj", 4)]
    plain = sentence_from_rows(monday)
    kids = [[t for t in plain.tokens if t.head == i and t.i != i] for i in range(len(plain.tokens))]
    assert light_verb_object(plain, plain.tokens[3], kids) == "strike"
