"""Breaking up a cell or a ring is arresting its members (173), breaking up a protest is repressing it
(175), and a couple breaking up is no event; stripping a person of immunity is legal action (173), of
citizenship or a title an administrative sanction (172). Leading a delegation is no act of its own."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain's Interior Minister says police have broken up a radical Muslim cell.", ("ESPCOP", "173")),
        ("Police broke up a demonstration by students in Cairo on Monday.", ("EGYCOP", "175")),
        ("Chile's Supreme Court stripped Gen. Augusto Pinochet of immunity from prosecution.", ("CHLJUD", "173")),
        ("Russia stripped the Ukrainian billionaire of his citizenship on Monday.", ("RUS", "172")),
    ],
)
def test_breaking_up_and_stripping(code_text, text, expected):
    assert expected in {(e.source.code if e.source else "", e.cameo.code) for e in code_text(text, "2004-08-15")}


def test_a_couple_breaking_up_is_no_event(code_text):
    assert not triples(code_text("The Spanish singer and her husband broke up last year.", "2004-08-15"))


@pytest.mark.parametrize(
    "text",
    [
        "A Brazilian delegation, led by central bank president Francisco Gros, will meet the bank committee.",
        "The mission, headed by Gabin Ran Kankani, met Finance Ministry secretary Nailson Nobrega.",
    ],
)
def test_who_leads_a_delegation_does_no_act(code_text, text):
    assert not [e for e in code_text(text, "1987-03-11") if e.evidence.trigger in ("led", "headed")]
