""" "Press" is an appeal only when a party is pressed: "pressing business" is an adjective the parser reads
as a verb, "pressed an offensive" carries on fighting (190), "press charges" is legal action (115)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def test_pressing_business_is_no_appeal(code_text):
    text = "Treasury Secretary James Baker has cancelled a trip to Australia because of pressing business at home."
    assert not [e for e in code_text(text, "1987-03-16") if e.cameo.root == "02"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Israeli army pressed a massive offensive against militants in Gaza.", "190"),
        ("Police will press charges against three Greenpeace activists.", "115"),
        ("Powell will press Israeli leaders to ease restrictions.", "020"),
    ],
)
def test_what_is_pressed_decides_the_code(code_text, text, code):
    assert code in {e.cameo.code for e in code_text(text, "2004-11-20")}
