"""What a denied report or claim tells is no event; the denial itself still is, and a report that is
not denied still tells its act. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event, sentence_from_rows

from eventscribe.events.disputed_content import denied_content
from eventscribe.events.reality import children_index


def _parse(verb_lemma: str, dep: str = "dobj"):
    """ "Rome VERB reports that troops attacked Tunis", hand-parsed (no model)."""
    return sentence_from_rows(
        [
            ("Rome", "Rome", "PROPN", "NNP", "nsubj", 1),
            (verb_lemma + "d", verb_lemma, "VERB", "VBD", "ROOT", 1),
            ("reports", "report", "NOUN", "NNS", dep, 1),
            ("that", "that", "PRON", "WDT", "mark", 5),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 5),
            ("attacked", "attack", "VERB", "VBD", "acl", 2),
            ("Tunis", "Tunis", "PROPN", "NNP", "dobj", 5),
        ]
    )


def test_content_of_a_denied_report_is_flagged_by_the_parse_alone():
    sentence = _parse("deny")
    assert denied_content(sentence, sentence.tokens[5], children_index(sentence))


def test_content_of_a_report_that_is_confirmed_is_not_flagged():
    sentence = _parse("confirm")
    assert not denied_content(sentence, sentence.tokens[5], children_index(sentence))


def test_the_denial_verb_itself_is_not_flagged():
    sentence = _parse("deny")
    assert not denied_content(sentence, sentence.tokens[1], children_index(sentence))


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "Cairo denied reports that Egyptian troops had attacked Libyan border posts.",
        "The Interior Ministry in Tehran rejected claims that Iranian police had arrested 300 students.",
        "Japan dismissed a report published by a Chinese newspaper that its navy had fired on fishing boats.",
    ],
)
def test_a_denied_report_gives_no_event_of_its_content(code_text, text):
    roots = {c[:2] for _, _, c in code_triples(code_text(text))}
    assert not roots & {"17", "18", "19"}


@pytest.mark.spacy
def test_a_report_not_denied_still_tells_its_act(code_text):
    events = code_text("There were reports that Egyptian troops had attacked Libyan border posts.")
    assert has_event(events, "EGY", "LBY", "19")


@pytest.mark.spacy
def test_the_denial_is_still_coded(code_text):
    events = code_text("Cairo denied reports that Egyptian troops had attacked Libyan border posts.")
    assert any(c.startswith("016") or c.startswith("12") for _, _, c in code_triples(events))
