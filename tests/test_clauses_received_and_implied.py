"""The clause frames of three mechanisms, on parses built by hand (no model): an act told from
its receiving end swaps doer and receiver, a relative pronoun object stands for its noun, and "X became the
first N to <act>" gives the act X as its subject."""

from __future__ import annotations

from conftest import sentence_from_rows

from eventscribe.events.clauses import find_clauses
from eventscribe.events.frame import LIGHT_FRAME_VERB


def _clauses(rows):
    sentence = sentence_from_rows(rows)
    return {sentence.tokens[c.verb].lemma: c for c in find_clauses(sentence)}


DREW_CONDEMNATION = [
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
    ("drew", "draw", "VERB", "VBD", "ROOT", 1),
    ("condemnation", "condemnation", "NOUN", "NN", "dobj", 1),
    ("from", "from", "ADP", "IN", "prep", 1),
    ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 3),
]


def test_act_received_takes_the_from_party_as_doer_and_the_subject_as_target():
    clause = _clauses(DREW_CONDEMNATION)["draw"]
    assert clause.sources == (4,)
    assert clause.targets[0] == (0,)
    assert clause.frame.verb == LIGHT_FRAME_VERB
    assert clause.frame.objects[0] == "condemnation"


def test_act_received_from_no_one_named_has_no_doer():
    rows = DREW_CONDEMNATION[:3]  # "Israel drew condemnation"
    clause = _clauses(rows)["draw"]
    assert clause.sources == ()
    assert clause.targets[0] == (0,)


RECEIVED_DELEGATION = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
    ("received", "receive", "VERB", "VBD", "ROOT", 1),
    ("ministers", "minister", "NOUN", "NNS", "dobj", 1),
    ("from", "from", "ADP", "IN", "prep", 2),
    ("Iran", "Iran", "PROPN", "NNP", "pobj", 3),
]


def test_receiving_people_is_the_hosts_act_not_one_received():
    # "minister" is no event noun: "received ministers from Iran" stays Putin's act (hosting)
    clause = _clauses(RECEIVED_DELEGATION)["receive"]
    assert clause.sources == (0,)
    assert clause.frame.verb == "receive"


def test_received_event_noun_from_a_party_is_that_partys_act():
    rows = [*RECEIVED_DELEGATION[:2], ("warning", "warning", "NOUN", "NN", "dobj", 1), *RECEIVED_DELEGATION[3:]]
    clause = _clauses(rows)["receive"]
    assert clause.sources == (4,)
    assert clause.targets[0] == (0,)
    assert clause.frame.objects[0] == "warning"


def test_drawing_up_a_plan_is_no_act_received():
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("drew", "draw", "VERB", "VBD", "ROOT", 1),
        ("up", "up", "ADP", "RP", "prt", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("plan", "plan", "NOUN", "NN", "dobj", 1),
    ]
    clause = _clauses(rows)["draw"]
    assert clause.sources == (0,)
    assert clause.frame.particle == "up"


HAMAS_WHICH_ISRAEL_BOMBED = [
    ("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("which", "which", "PRON", "WDT", "dobj", 4),
    ("Israel", "Israel", "PROPN", "NNP", "nsubj", 4),
    ("bombed", "bomb", "VERB", "VBD", "relcl", 0),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("vowed", "vow", "VERB", "VBD", "ROOT", 6),
    ("revenge", "revenge", "NOUN", "NN", "dobj", 6),
]


def test_relative_object_stands_for_the_noun_its_clause_hangs_on():
    clause = _clauses(HAMAS_WHICH_ISRAEL_BOMBED)["bomb"]
    assert clause.sources == (3,)
    assert clause.targets[0] == (0,)
    assert clause.frame.objects[0] == "hamas"


def test_relative_subject_is_left_to_the_actor_reader():
    rows = [
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 5),
        ("who", "who", "PRON", "WP", "nsubj", 2),
        ("attacked", "attack", "VERB", "VBD", "relcl", 0),
        ("the", "the", "DET", "DT", "det", 4),
        ("base", "base", "NOUN", "NN", "dobj", 2),
        ("fled", "flee", "VERB", "VBD", "ROOT", 5),
    ]
    assert _clauses(rows)["attack"].sources == (1,)


FIRST_TO_PROMISE = [
    ("Gaddafi", "Gaddafi", "PROPN", "NNP", "nsubj", 1),
    ("became", "become", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("first", "first", "ADJ", "JJ", "amod", 4),
    ("leader", "leader", "NOUN", "NN", "attr", 1),
    ("to", "to", "PART", "TO", "aux", 6),
    ("promise", "promise", "VERB", "VB", "relcl", 4),
    ("compensation", "compensation", "NOUN", "NN", "dobj", 6),
]


def test_first_n_to_act_gives_the_act_the_copulas_subject():
    assert _clauses(FIRST_TO_PROMISE)["promise"].sources == (0,)


def test_infinitive_on_an_object_noun_gets_no_copula_subject():
    # "Gaddafi met the leader to promise …": "leader" is an object, not a description of Gaddafi
    rows = [row if i != 4 else ("leader", "leader", "NOUN", "NN", "dobj", 1) for i, row in enumerate(FIRST_TO_PROMISE)]
    rows[1] = ("met", "meet", "VERB", "VBD", "ROOT", 1)
    assert 0 not in _clauses(rows)["promise"].sources
