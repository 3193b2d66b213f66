"""Coordinated nationalities on one noun are one actor each, and each keeps its own words ("North Korean
and U.S. officials": North Korea's officials and the US's, not South Korea's, which "Korean" alone may be)."""

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
