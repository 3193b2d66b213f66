"""Meeting with objections or success meets no one, and holding a press conference is no meeting; meeting
a person still is."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    "text",
    [
        "European Community Commission President Jacques Delors said he met with strong objections from some EC"
        " government heads to his radical plan.",
        "Despite Alan Milburn holding his first press conference as Labour's election strategist yesterday,"
        " Tony Blair spoke in London.",
    ],
)
def test_no_meeting(code_text, text):
    assert not [e for e in code_text(text, "1987-03-11") if e.cameo.root == "04"]


def test_meeting_a_person_is_a_meeting(code_text):
    events = code_text("Delors met with German Chancellor Helmut Kohl.", "1987-03-11")
    assert ("IGOEUREEC", "04", "DEUGOV") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}
