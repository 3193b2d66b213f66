"""Coordinated nationalities on one noun are one actor each, and each keeps its own words ("North Korean
and U.S. officials": North Korea's officials and the US's, not South Korea's, which "Korean" alone may be), also as the parties of a "between" phrase
("talks between Iranian and French officials")."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


def test_a_coordinated_nationality_keeps_its_own_words(code_text):
    found = triples(code_text("North Korean and U.S. officials met in New York on Tuesday.", "2004-08-15"))
    assert ("PRKGOV", "USAGOV", "04") in found
    assert not [t for t in found if "KOR" in (t[0][:3], t[1][:3])]


def test_coordinated_nationalities_are_one_actor_each(code_text):
    found = triples(code_text("South Korean and Japanese officials met in Seoul.", "2004-08-15"))
    assert {("KORGOV", "JPNGOV", "04"), ("JPNGOV", "KORGOV", "04")} <= found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks between Iranian and French officials began on Monday.", ("IRNGOV", "FRAGOV", "04")),
        ("Clashes erupted between Amal and Palestinian guerrillas.", ("LBNREB", "PSEREB", "19")),
    ],
)
def test_parties_between_named_by_coordinated_modifiers(code_text, text, pair):
    # one noun for both parties ("Iranian and French officials"): each does the act with the other
    found = triples(code_text(text, "1987-04-27"))
    assert {pair, (pair[1], pair[0], pair[2])} <= found
