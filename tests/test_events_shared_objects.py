"""Two coordinated verbs of acting on a party share the object told after the second ("police arrested
and charged four students": the students were arrested too); a verb with its own object, or one that is
done to no one, keeps what it had. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

DATE = "2009-09-03"


@pytest.mark.spacy
def test_the_first_verb_shares_the_second_verbs_object(code_text):
    triples = code_triples(code_text("Egyptian police arrested and charged four Sudanese students.", DATE))
    assert any(s.startswith("EGYCOP") and t.startswith("SDN") and c == "173" for s, t, c in triples), triples


@pytest.mark.spacy
def test_an_own_object_is_kept(code_text):
    triples = code_triples(code_text("Egyptian police arrested a Libyan man and charged his Sudanese wife.", DATE))
    assert not any(t.startswith("SDN") and c == "173" for s, t, c in triples), triples


def _kids(sentence):
    return [[t for t in sentence.tokens if t.head == i and t.i != i] for i in range(len(sentence.tokens))]


def test_shared_object_unit():
    from eventscribe.events.clause_arguments import shared_object

    rows = [
        ("Police", "police", "NOUN", "NNS", "nsubj", 1), ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("charged", "charge", "VERB", "VBD", "conj", 1),
        ("men", "man", "NOUN", "NNS", "dobj", 3),
    ]  # fmt: skip
    sentence = sentence_from_rows(rows)
    assert shared_object(sentence.tokens[1], _kids(sentence)) == [4]
    # "resigned and criticised the government": resigning is done to no one
    resigned = sentence_from_rows([("Minister", "minister", "NOUN", "NN", "nsubj", 1),
                                   ("resigned", "resign", "VERB", "VBD", "ROOT", 1), *rows[2:]])  # fmt: skip
    assert shared_object(resigned.tokens[1], _kids(resigned)) == []
    # "charged" with a subject of its own ("arrested, and prosecutors charged the men"): no sharing
    own = sentence_from_rows([*rows, ("prosecutors", "prosecutor", "NOUN", "NNS", "nsubj", 3)])
    assert shared_object(own.tokens[1], _kids(own)) == []
