"""People described as members of an armed group are that group's ("20 people suspected of being members
of the Basque separatist group Eta": ESPREB, not French people); people described otherwise stay people."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("French police arrested 20 people suspected of being members of the Basque separatist group Eta.", "ESPREB"),
        ("Pakistani police arrested five men believed to belong to al-Qaeda.", "IMGMUSALQ"),
        ("Pakistani police arrested five men suspected of links to al-Qaeda.", "IMGMUSALQ"),
    ],
)
def test_people_described_as_a_groups_members_are_the_group(code_text, text, target):
    assert target in {t for _, t, r in triples(code_text(text, "2004-08-15")) if r == "17"}


def test_people_described_by_an_act_stay_people(code_text):
    found = triples(code_text("Pakistani police arrested five men suspected of smuggling heroin.", "2004-08-15"))
    assert ("PAKCOP", "PAKCVL", "17") in found
