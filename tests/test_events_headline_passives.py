"""Headline passives with the auxiliary dropped ("Two soldiers killed in blast"): on parses built by hand,
the reading of the participle; on the model's parses, whose subject is then the target. Sentences we
wrote, beside active clauses ("Soldiers killed two militants", "who killed …") that must keep their doer."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.clauses import find_clauses
from eventscribe.events.reduced_passive import reduced_agents, reduced_passive

HEADLINE = [
    ("Two", "two", "NUM", "CD", "nummod", 1),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
    ("killed", "kill", "VERB", "VBD", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("blast", "blast", "NOUN", "NN", "pobj", 3),
]

ACTIVE = [
    ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 1),
    ("killed", "kill", "VERB", "VBD", "ROOT", 1),
    ("two", "two", "NUM", "CD", "nummod", 3),
    ("militants", "militant", "NOUN", "NNS", "dobj", 1),
]

PRONOUN = [
    ("Who", "who", "PRON", "WP", "nsubj", 1),
    ("killed", "kill", "VERB", "VBD", "ROOT", 1),
    ("?", "?", "PUNCT", ".", "punct", 1),
]

COORDINATED = [
    ("Five", "five", "NUM", "CD", "nummod", 1),
    ("people", "people", "NOUN", "NNS", "nsubj", 2),
    ("killed", "kill", "VERB", "VBD", "ROOT", 2),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("injured", "injure", "VERB", "VBD", "conj", 2),
    ("by", "by", "ADP", "IN", "prep", 4),
    ("rebels", "rebel", "NOUN", "NNS", "pobj", 5),
]

SHARED_OBJECT = [
    ("Police", "police", "NOUN", "NNS", "nsubj", 1),
    ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
    ("and", "and", "CCONJ", "CC", "cc", 1),
    ("charged", "charge", "VERB", "VBD", "conj", 1),
    ("five", "five", "NUM", "CD", "nummod", 5),
    ("men", "man", "NOUN", "NNS", "dobj", 3),
]

INTRANSITIVE = [
    ("Two", "two", "NUM", "CD", "nummod", 1),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
    ("died", "die", "VERB", "VBD", "ROOT", 2),
    ("in", "in", "ADP", "IN", "prep", 2),
    ("blast", "blast", "NOUN", "NN", "pobj", 3),
]


def _verb(rows, lemma):
    sentence = sentence_from_rows(rows)
    kids = [sentence.children(i) for i in range(len(sentence.tokens))]
    return sentence, next(t for t in sentence.tokens if t.lemma == lemma), kids


def test_a_bare_participle_with_a_subject_is_a_passive():
    sentence, verb, kids = _verb(HEADLINE, "kill")
    assert reduced_passive(sentence, verb, kids)
    clause = next(c for c in find_clauses(sentence) if c.verb == verb.i)
    assert clause.frame.passive and clause.sources == () and clause.targets[0] == (1,)


@pytest.mark.parametrize(
    ("rows", "lemma"), [(ACTIVE, "kill"), (PRONOUN, "kill"), (INTRANSITIVE, "die"), (SHARED_OBJECT, "arrest")]
)
def test_active_and_intransitive_verbs_are_no_reduced_passives(rows, lemma):
    sentence, verb, kids = _verb(rows, lemma)
    assert not reduced_passive(sentence, verb, kids)


def test_a_doer_keeps_its_role_in_an_active_clause():
    sentence = sentence_from_rows(ACTIVE)
    clause = next(c for c in find_clauses(sentence) if c.verb == 1)
    assert clause.sources == (0,) and not clause.frame.passive


def test_a_bare_conjunct_shares_the_passive_and_its_by_phrase_names_the_doer():
    sentence, verb, kids = _verb(COORDINATED, "injure")
    assert reduced_passive(sentence, verb, kids)
    assert reduced_agents(verb, kids) == [6]


@pytest.mark.spacy
def test_a_headline_passive_codes_its_subject_as_the_target(code_text):
    events = code_text("Russian troops killed in Chechnya ambush.", "2003-05-12")
    triples = code_triples(events)
    assert any(t.startswith("RUSMIL") for _, t, _ in triples), triples
    assert not any(s.startswith("RUSMIL") for s, _, _ in triples), triples


SHOT_DEAD = [
    ("Four", "four", "NUM", "CD", "nummod", 1),
    ("guards", "guard", "NOUN", "NNS", "nsubj", 2),
    ("shot", "shoot", "VERB", "VBD", "ROOT", 2),
    ("dead", "dead", "ADJ", "JJ", "oprd", 2),
]

SHOT_AT = [
    ("Guards", "guard", "NOUN", "NNS", "nsubj", 1),
    ("shot", "shoot", "VERB", "VBD", "ROOT", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("looters", "looter", "NOUN", "NNS", "pobj", 2),
]

SHOT_DEAD_ACTIVE = [
    ("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1),
    ("shot", "shoot", "VERB", "VBD", "ROOT", 1),
    ("dead", "dead", "ADJ", "JJ", "amod", 3),
    ("guards", "guard", "NOUN", "NNS", "dobj", 1),
]


def test_shot_dead_with_no_object_is_a_passive():
    sentence, verb, kids = _verb(SHOT_DEAD, "shoot")
    assert reduced_passive(sentence, verb, kids)


@pytest.mark.parametrize("rows", [SHOT_AT, SHOT_DEAD_ACTIVE])
def test_shooting_with_a_target_or_without_its_complement_stays_active(rows):
    sentence, verb, kids = _verb(rows, "shoot")
    assert not reduced_passive(sentence, verb, kids)


@pytest.mark.spacy
def test_shot_dead_in_a_headline_makes_the_victims_the_target(code_text):
    triples = code_triples(code_text("Two Kenyan policemen shot dead in Mombasa.", "2014-06-26"))
    assert any(t.startswith("KENCOP") for _, t, _ in triples), triples
    assert not any(s.startswith("KENCOP") for s, _, _ in triples), triples


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Police in Cairo arrested and questioned two journalists.", "EGYCOP"),
        ("Gunmen in Darfur kidnapped and killed two aid workers.", "SDN"),
    ],
)
def test_two_verbs_sharing_an_object_keep_their_doer(code_text, text, doer):
    triples = code_triples(code_text(text, "2011-03-14"))
    assert any(s.startswith(doer) and "17" <= c[:2] <= "19" for s, _, c in triples), triples
    assert not any(t.startswith(doer) for _, t, _ in triples), triples
