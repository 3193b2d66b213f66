"""The clause frames of three mechanisms, on parses built by hand (no model): the noun that a
passive participle modifies is its patient, "up to <number>" after a verb of sending is no particle, and a
"for X to <act>" clause of "call" is an appeal whose addressee is X."""

from __future__ import annotations

import pytest
from conftest import sentence_from_rows

from eventscribe.events.classify import classify
from eventscribe.events.clauses import find_clauses
from eventscribe.events.frame import VerbFrame
from eventscribe.model import Sentence


def _frames(sentence: Sentence) -> dict[str, object]:
    return {sentence.tokens[c.verb].lemma: c for c in find_clauses(sentence)}


STRIKE_CALLED = [
    ("The", "the", "DET", "DT", "det", 1),
    ("strike", "strike", "NOUN", "NN", "nsubj", 7),
    ("called", "call", "VERB", "VBN", "acl", 1),
    ("by", "by", "ADP", "IN", "agent", 2),
    ("the", "the", "DET", "DT", "det", 5),
    ("union", "union", "NOUN", "NN", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("closed", "close", "VERB", "VBD", "ROOT", 7),
    ("banks", "bank", "NOUN", "NNS", "dobj", 7),
]


def test_passive_participle_takes_the_noun_it_modifies_as_object():
    clause = _frames(sentence_from_rows(STRIKE_CALLED))["call"]
    assert clause.frame.passive
    assert clause.frame.objects[0] == "strike"
    assert clause.sources == (5,)


SENDING_UP_TO = [
    ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
    ("sent", "send", "VERB", "VBD", "ROOT", 1),
    ("up", "up", "ADP", "RP", "prt", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("500", "500", "NUM", "CD", "nummod", 5),
    ("troops", "troop", "NOUN", "NNS", "pobj", 3),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 6),
]


def test_up_to_a_number_is_the_object_of_sending_not_a_particle():
    clause = _frames(sentence_from_rows(SENDING_UP_TO))["send"]
    assert clause.frame.particle == ""
    assert clause.frame.objects[0] == "troop"
    assert clause.frame.preps == (("to", "iraq"),)
    assert clause.targets == ((7,),)
    assert clause.sent == (5,)


def test_up_to_a_place_keeps_the_particle():
    rows = [r if r[0] != "500" else ("the", "the", "DET", "DT", "det", 5) for r in SENDING_UP_TO]
    rows[5] = ("border", "border", "NOUN", "NN", "pobj", 3)
    clause = _frames(sentence_from_rows(rows))["send"]
    assert clause.frame.particle == "up"


CALLED_FOR_TO = [
    ("May", "May", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("on", "on", "ADP", "IN", "prep", 1),
    ("Friday", "Friday", "PROPN", "NNP", "pobj", 2),
    ("for", "for", "SCONJ", "IN", "mark", 7),
    ("Britain", "Britain", "PROPN", "NNP", "nsubj", 7),
    ("to", "to", "PART", "TO", "aux", 7),
    ("stay", "stay", "VERB", "VB", "advcl", 1),
]


def test_call_for_x_to_act_is_an_appeal_addressed_to_x():
    clause = _frames(sentence_from_rows(CALLED_FOR_TO))["call"]
    assert clause.frame.preps == (("for", "britain"),)
    assert clause.frame.xcomp == "stay"
    assert clause.targets[0] == (5,)


def test_a_for_to_clause_of_another_verb_is_no_appeal():
    rows = list(CALLED_FOR_TO)
    rows[1] = ("waited", "wait", "VERB", "VBD", "ROOT", 1)
    clause = _frames(sentence_from_rows(rows)).get("wait")
    assert clause is None or clause.frame.xcomp == ""


LIGHT_VERB_PAIRS = [
    ("issue", "", "denial", "016"),
    ("issue", "", "condemnation", "111"),
    ("voice", "", "anger", "111"),
    ("make", "", "proposal", "020"),
    ("make", "", "offer", "030"),
    ("make", "", "concession", "080"),
    ("extend", "", "apology", "055"),
    ("call", "", "ceasefire", "0871"),
    ("petition", "", "", "020"),
    ("strafe", "", "", "195"),
]


@pytest.mark.parametrize(("verb", "particle", "noun", "code"), LIGHT_VERB_PAIRS)
def test_light_verb_and_noun_pairs_and_dictionary_verbs_are_curated(verb, particle, noun, code):
    objects = (noun,) if noun else ()
    found = classify(VerbFrame(verb=verb, particle=particle, objects=objects))
    assert found is not None and found.code == code and found.confidence >= 0.5


def test_calling_off_a_ceasefire_declares_none():
    assert classify(VerbFrame(verb="call", particle="off", objects=("ceasefire",))) is None


def test_making_an_ordinary_thing_is_no_event():
    assert classify(VerbFrame(verb="make", objects=("car",))) is None
