"""Comment withheld (CAMEO 011): "would not comment", "would not say whether …"; a plain "did not
comment", a "would not say that …" and a supposed refusal are none. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

WITHHELD = [
    ("The Polish foreign ministry would not comment on the Lithuanian proposal.", "POL", "LTU"),
    ("A State Department spokesman would not say whether Cuba had answered the letter.", "USA", ""),
    ("The Kremlin would not elaborate.", "RUS", ""),
]


@pytest.mark.parametrize(("text", "source", "target"), WITHHELD)
def test_a_comment_withheld_is_declined_comment(code_text, text, source, target):
    events = code_text(text, DATE)
    assert has_event(events, source, target, "011"), code_triples(events)


NOT_WITHHELD = [
    "The Polish foreign ministry did not comment on the Lithuanian proposal.",
    "A State Department spokesman would not say that Cuba had answered the letter.",
    "The Kremlin said it would not comment if the report was confirmed.",
    # a refusal to negotiate is no declined comment
    "Israel will not discuss the future of Jerusalem with the Palestinians.",
    "Would the Kremlin not comment on the Lithuanian proposal?",
]


@pytest.mark.parametrize("text", NOT_WITHHELD)
def test_silence_a_statement_or_a_supposed_refusal_is_no_declined_comment(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "011" not in codes, codes
