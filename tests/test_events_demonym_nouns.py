"""A nationality word that the tagger took for an adjective but that stands as an argument is a person of
that nation ("Israeli soldiers shot and killed a Palestinian as he approached a fence": PSE is the
target); as a modifier it stays the modifier of its noun."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


def test_a_nationality_word_tagged_as_an_adjective_is_the_target(code_text):
    text = (
        "Israeli soldiers shot and killed a Palestinian as he approached a security fence between Israel and"
        " the Gaza Strip, Israeli military sources said on Saturday."
    )
    assert ("ISRMIL", "PSE", "19") in triples(code_text(text, "2004-08-15"))


def test_a_nationality_modifier_is_no_person_of_its_own(code_text):
    found = triples(code_text("Israeli soldiers shot and killed a Palestinian gunman on Saturday.", "2004-08-15"))
    assert ("ISRMIL", "PSE", "19") not in found and any(s == "ISRMIL" and r == "19" for s, _, r in found)
