"""Mutual event nouns whose "between" phrase hangs on their verb ("clashes erupted between police and
protesters"), planned talks that are no news of talks ("talks between A and B are expected next week"),
and talks that are the occasion of a verb through its object ("discussed the crisis in talks with X").
Sentences we wrote in wire style, with near twins that must keep or lose the event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-03-10"

HAPPENING = [
    ("Talks have begun between the Sudanese government and the rebels.", "SDNGOV", "SDNREB", "04"),
    ("Fresh clashes erupted between Israeli troops and Palestinian gunmen in Gaza.", "ISRMIL", "PSEREB", "19"),
]


@pytest.mark.parametrize(("text", "one", "other", "root"), HAPPENING, ids=[c[0][:40] for c in HAPPENING])
def test_a_between_phrase_of_the_verb_names_the_parties_of_its_event_noun(code_text, text, one, other, root):
    triples = code_triples(code_text(text, DATE))
    pairs = {(s, t) for s, t, c in triples if c.startswith(root)}
    assert (one, other) in pairs and (other, one) in pairs, triples


PLANNED = [
    # the twins of the happening talks: to come, or only expected
    "Talks will be held between the Sudanese government and the rebels next week.",
    "Talks between the Sudanese government and the rebels are expected next week.",
    "Talks between Iran and the European Union will resume in Vienna next week.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_talks_still_to_come_are_no_talks(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("04") for _, _, c in triples), triples


def test_talks_that_resumed_are_talks(code_text):
    triples = code_triples(code_text("Talks between Iran and the European Union resumed in Vienna on Monday.", DATE))
    assert ("IRN", "IGOEUREEC", "046") in triples, triples


def test_talks_that_are_the_occasion_of_a_verb_through_its_object(code_text):
    text = "The Egyptian foreign minister discussed the crisis in talks with Sudan's president."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "EGYGOV" and t == "SDNGOV" and c.startswith("04") for s, t, c in triples), triples


NOT_TALKS = [
    "The Egyptian foreign minister discussed the prospects of talks with Sudan.",
    "The Egyptian foreign minister discussed the crisis in talks on Monday.",
]


@pytest.mark.parametrize("text", NOT_TALKS)
def test_talks_as_a_topic_or_no_talks_give_no_meeting(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("04") for _, _, c in triples), triples
