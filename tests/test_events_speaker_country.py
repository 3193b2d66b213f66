"""The one who tells of an act lends its country to a nameless doer only when it names the doer's own
role: an army speaking of "troops" speaks of its own, while a military telling of "militants" does not
make them its compatriots. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2014-06-26"


def _sources(events) -> set[str]:
    return {t[0] for t in code_triples(events)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Israeli army said troops shot two gunmen near Jenin.", "ISRMIL"),
        ("The Pakistani army said soldiers killed six militants in a raid.", "PAKMIL"),
    ],
)
def test_an_army_telling_of_troops_tells_of_its_own(code_text, text, source):
    assert source in _sources(code_text(text, DATE))


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Militants attacked a convoy, the Russian military said.", "RUSUAF"),
        ("Rebels ambushed a convoy, the Indian army said.", "INDREB"),
    ],
)
def test_a_speaker_of_another_role_lends_no_country(code_text, text, not_source):
    sources = _sources(code_text(text, DATE))
    assert sources, "the act is still coded"
    assert not_source not in sources and not_source[:3] + "UAF" not in sources
