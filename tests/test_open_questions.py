"""A question still open is no event: a party deciding or weighing whether to act ("decides whether to
endorse the deal"), and what is to come asked about or left unsaid ("declined to say when they would give
approval"). A Reuters sentence of 1987, an AG News one of 2004, and sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Northern Ireland's politicians have an anxious wait as the Reverend Ian Paisley decides whether to"
            " endorse an historic deal with Sinn Fein.",
            "2004-12-01",
        ),
        ("The Reverend Ian Paisley is weighing whether to endorse the deal with Sinn Fein.", "2004-12-01"),
        ("Iran did not say how it would respond to the US proposal.", "2004-08-15"),
        (
            "Ministry officials declined to say when they would give formal approval to the Japanese plan.",
            "1987-04-01",
        ),
    ],
)
def test_an_open_question_is_no_act(code_text, text, date):
    found = code_triples(code_text(text, date))
    assert not [c for _, _, c in found if c.startswith("03")], found


def test_a_decision_taken_is_an_intention(code_text):
    found = code_triples(
        code_text("The Reverend Ian Paisley decided to endorse the deal with Sinn Fein.", "2004-12-01")
    )
    assert [c for _, t, c in found if c.startswith("03") and t.startswith("GBR")], found


def test_a_future_said_is_an_intention(code_text):
    found = code_triples(code_text("Japan said it would give formal approval to the US plan.", "1987-04-01"))
    assert [c for s, _, c in found if s == "JPN" and c.startswith("03")], found
