"""The headline infinitive behind recall9's scheduled visits, on parses built by hand (no model): a root
infinitive with a subject and "to" but no finite verb ("Putin to visit Turkey") is a future clause;
"Putin visited Turkey" and "Putin wants to visit Turkey" are not read as headlines."""

from __future__ import annotations

from conftest import sentence_from_rows

from eventscribe.events.clauses import find_clauses


def _clause(rows, lemma="visit"):
    sentence = sentence_from_rows(rows)
    return next(c for c in find_clauses(sentence) if sentence.tokens[c.verb].lemma == lemma)


HEADLINE = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
    ("to", "to", "PART", "TO", "aux", 2),
    ("visit", "visit", "VERB", "VB", "ROOT", 2),
    ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 2),
]

PAST = [
    ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
    ("visited", "visit", "VERB", "VBD", "ROOT", 1),
    ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 1),
]


def test_root_infinitive_with_a_subject_is_a_scheduled_act():
    clause = _clause(HEADLINE)
    assert clause.sources == (0,)
    assert clause.future


def test_a_past_visit_is_not_scheduled():
    clause = _clause(PAST)
    assert clause.sources == (0,)
    assert not clause.future


ROLE_HEADLINE = [
    ("Chinese", "chinese", "ADJ", "JJ", "amod", 1),
    ("president", "president", "NOUN", "NN", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("visit", "visit", "VERB", "VB", "acl", 1),
    ("Russia", "Russia", "PROPN", "NNP", "dobj", 3),
]

PROPOSAL = [
    ("A", "a", "DET", "DT", "det", 1),
    ("resolution", "resolution", "NOUN", "NN", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("impose", "impose", "VERB", "VB", "acl", 1),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
]


def test_infinitive_on_a_bare_root_noun_is_the_headline_subjects_scheduled_act():
    clause = _clause(ROLE_HEADLINE)
    assert clause.sources == (1,)
    assert clause.future


def test_infinitive_on_a_noun_with_an_article_is_its_content_not_an_act():
    sentence = sentence_from_rows(PROPOSAL)
    assert [sentence.tokens[c.verb].lemma for c in find_clauses(sentence)] == []
