"""Sentence.is_question: a sentence that asks tells no act; the clause finder, outlooks and withheld
comments all skip it. Sentences we wrote."""

from __future__ import annotations

import pytest

from eventscribe.model import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(index=0, text=text, start=0, end=len(text), tokens=())


@pytest.mark.parametrize(
    "text",
    ["Will Iran sign the deal?", 'He asked: "Will Iran sign?"', "Will Iran sign (the deal)? ", "Why now?\u201d"],
)
def test_a_sentence_that_asks_is_a_question(text):
    assert _sentence(text).is_question()


@pytest.mark.parametrize("text", ["Iran signed the deal.", "He asked whether Iran would sign.", "Is it? No, he said."])
def test_a_sentence_that_tells_is_no_question(text):
    assert not _sentence(text).is_question()
