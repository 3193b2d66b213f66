"""Curated readings of a few common news verbs: an objection withdrawn is yielding (080), a budget or
bill defeated is rejected (120), assurances are an intention to cooperate (030), dynamiting is a bombing
(183), and applying for membership of a body asks it to admit one (020). Reuters sentences of 1987 and
sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Japan has withdrawn its objection to the release of the study.", "JPN", "080"),
        ("The Democratic-run House of Representatives defeated President Reagan's 1988 budget.", "USALEG", "120"),
        (
            "IMF chief Michel Camdessus assured Kenyan president Moi that the IMF would continue to give Kenya"
            " maximum help.",
            "IGO",
            "030",
        ),
        ("Anti-government guerrillas in Surinam dynamited two electricity towers.", "SURREB", "183"),
        ("Turkey is to apply tomorrow for European Community membership.", "TUR", "020"),
    ],
)
def test_curated_verbs(code_text, text, source, code):
    found = code_triples(code_text(text, "1987-03-10"))
    assert [c for s, _, c in found if s.startswith(source) and c == code], found


def test_an_army_that_defeats_rebels_rejects_nothing(code_text):
    found = code_triples(code_text("The Sri Lankan army defeated the rebels in the north.", "1987-03-10"))
    assert not [c for _, _, c in found if c.startswith("12")], found
