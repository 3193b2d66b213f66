"""Naming, appointing or electing someone to an office is no event between them (CAMEO has no
appointments): "named Education Minister Selim Hoss as acting prime minister", "naming a new oil
minister". Appointing a mediator still helps settle a dispute. Reuters sentences of 1987."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    "text",
    [
        "President Amin Gemayel named Sunni Moslem Education Minister Selim Hoss as acting prime minister.",
        "Iraqi President Saddam Hussein carried out his first major government shakeup in five years tonight,"
        " naming a new oil minister.",
        "The Lebanese prime minister is elected by parliament.",
    ],
)
def test_an_appointment_is_no_event(code_text, text):
    found = code_triples(code_text(text, "1987-06-01"))
    assert not [c for _, _, c in found if c.startswith("06")], found


def test_a_mediator_appointed_is_still_coded(code_text):
    found = code_triples(code_text("The Canadian government appointed a mediator in the postal strike.", "1987-06-01"))
    assert [c for _, _, c in found if c.startswith("03")], found
