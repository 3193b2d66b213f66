"""A full passive "were taken hostage" / "was held captive" is an abduction (CAMEO 181) coded on its
"by" agent, or, with none named, on an unidentified armed force of the place; "were taken to hospital"
is no event. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

DATE = "2007-07-19"


@pytest.mark.spacy
def test_the_by_agent_took_the_hostages(code_text):
    text = "Four German engineers were taken hostage by Islamist militants in Mali."
    triples = code_triples(code_text(text, DATE))
    assert any(t.startswith("DEU") and c == "181" for _, t, c in triples), triples


@pytest.mark.spacy
def test_hostages_taken_by_no_one_named_are_the_scenes_unnamed_attackers(code_text):
    triples = code_triples(code_text("Two Canadian nurses were taken hostage in Mali.", DATE))
    assert any(s == "MLIUAF" and t.startswith("CAN") and c == "181" for s, t, c in triples), triples


@pytest.mark.spacy
def test_taken_to_hospital_is_no_abduction(code_text):
    triples = code_triples(code_text("Two Canadian nurses were taken to hospital in Mali.", DATE))
    assert not any(c.startswith("18") for _, _, c in triples), triples


def test_passive_complement_unit():
    from eventscribe.events.reduced_passive import passive_complement

    rows = [
        ("workers", "worker", "NOUN", "NNS", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
        ("taken", "take", "VERB", "VBN", "ROOT", 2), ("hostage", "hostage", "NOUN", "NN", "oprd", 2),
    ]  # fmt: skip
    sentence = sentence_from_rows(rows)
    kids = [[t for t in sentence.tokens if t.head == i and t.i != i] for i in range(len(sentence.tokens))]
    assert passive_complement(sentence.tokens[2], kids) == ["hostage"]
    hospital = sentence_from_rows([*rows[:3], ("hospital", "hospital", "NOUN", "NN", "oprd", 2)])
    kids = [[t for t in hospital.tokens if t.head == i and t.i != i] for i in range(len(hospital.tokens))]
    assert passive_complement(hospital.tokens[2], kids) == []
