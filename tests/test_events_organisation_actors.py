"""Events whose actor is an organisation name unknown to the knowledge base, typed by its head word
in the parsed sentence. Sentences of our own; they load the spaCy model."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Nigerian Labour Congress accused the government of breaking its promises.", "NGALAB"),
        ("The Malawian Supreme Council condemned the attack on the border post by Mozambican troops.", "MWIGOV"),
    ],
)
def test_an_unknown_name_in_a_sentence_is_typed_by_its_head(code_text, text: str, source: str) -> None:
    assert source in [s for s, _, _ in code_triples(code_text(text))]


def test_a_known_party_keeps_its_code_in_a_sentence(code_text) -> None:
    events = code_text("The Democratic Party accused the White House of hiding the report.", date="2019-05-01")
    assert all(s != "USALAB" for s, _, _ in code_triples(events))
    assert any(s.startswith("USA") for s, _, _ in code_triples(events))
