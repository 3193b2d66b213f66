"""What kind a "strike" is, read off its own modifiers: "air" in "an air traffic control strike" is of
the traffic, not of the strike, which is the controllers' stoppage (CAMEO 143), not an air strike.
Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

DATE = "2013-06-11"


@pytest.mark.spacy
def test_an_air_traffic_control_strike_is_a_stoppage(code_text):
    text = "An air traffic control strike by Portuguese controllers entered its third day."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("PRT") and c == "143" for s, _, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


@pytest.mark.spacy
def test_an_air_strike_is_still_no_stoppage(code_text):
    triples = code_triples(code_text("A Syrian air strike by government jets killed nine rebels.", DATE))
    assert not any(c.startswith("14") for _, _, c in triples), triples


def _kids(sentence):
    return [[t for t in sentence.tokens if t.head == i and t.i != i] for i in range(len(sentence.tokens))]


def test_blow_words_are_the_strikes_own_modifiers():
    from eventscribe.events.stoppages import _blow_words

    control = sentence_from_rows([
        ("an", "an", "DET", "DT", "det", 4), ("air", "air", "NOUN", "NN", "compound", 3),
        ("traffic", "traffic", "NOUN", "NN", "compound", 3), ("control", "control", "NOUN", "NN", "compound", 4),
        ("strike", "strike", "NOUN", "NN", "ROOT", 4),
    ])  # fmt: skip
    kids = _kids(control)
    assert _blow_words([t for t in kids[4] if t.dep == "compound"], kids) == set()
    drones = sentence_from_rows([
        ("drone", "drone", "NOUN", "NN", "nmod", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
        ("missile", "missile", "NOUN", "NN", "conj", 0), ("strikes", "strike", "NOUN", "NNS", "ROOT", 3),
    ])  # fmt: skip
    kids = _kids(drones)
    assert _blow_words([t for t in kids[3] if t.dep == "nmod"], kids) == {"drone", "missile"}
