"""An admission or a denial is the act whatever its content clause says ("South Korea admitted that its
scientists produced uranium": 015 with no target), and the parties inside what is denied are no party
the denial was aimed at ("Iran denied that it carried out work at a site of US and UN concern")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _alone(events) -> set[tuple[str, str]]:
    return {(e.source.code, e.cameo.code) for e in events if e.source and e.target is None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea admitted that a group of its nuclear scientists secretly produced a small amount of"
            " near-weapons grade uranium.",
            ("KOR", "015"),
        ),
        (
            "Iran denied that it had carried out any nuclear-related activity at the Parchin military site which"
            " is the subject of US and UN concern.",
            ("IRN", "016"),
        ),
    ],
)
def test_an_admission_or_denial_of_what_a_clause_says_stands_alone(code_text, text, expected):
    assert expected in _alone(code_text(text, "2004-08-15"))


def test_admitting_members_is_no_admission(code_text):
    assert not {c for _, c in _alone(code_text("The EU admitted ten new members in 2004.", "2004-08-15"))} & {"015"}
