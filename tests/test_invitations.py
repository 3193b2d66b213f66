"""An invitation to do something is an appeal for that act, as an urging is ("India invited Pakistan to
resume talks": 026; "invited China to send envoys to discuss flights": 026), while an invitation to visit
stays an intention to meet (036); sending envoys asked for is an appeal to talk, sending aid one for aid.
Better ties sought are the intention to cooperate (030), ties strengthened diplomatic cooperation (05).
AG News sentences of 2004 and sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan invited China to send envoys to the island to discuss direct charter flights.", ("TWN", "CHN", "026")),
        ("India invited Pakistan to resume talks on Kashmir.", ("IND", "PAK", "026")),
        ("Israel invited the Palestinians to withdraw their fighters from the border.", ("ISR", "PSE", "0256")),
        ("China invited Putin to visit Beijing.", ("CHN", "RUSGOV", "036")),
        ("Taiwan urged China to send aid to the island.", ("TWN", "CHN", "023")),
    ],
)
def test_an_invitation_to_act_is_an_appeal_for_the_act(code_text, text, expected):
    found = code_triples(code_text(text, "2004-09-10"))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States said on Monday it will seek better ties with oil-rich Venezuela.", ("USA", "VEN", "030")),
        ("India wants closer relations with Japan.", ("IND", "JPN", "030")),
        ("China and Russia agreed to strengthen their ties.", ("CHN", "RUS", "032")),
    ],
)
def test_ties_sought_are_an_intention_to_cooperate(code_text, text, expected):
    found = code_triples(code_text(text, "2004-09-10"))
    assert expected in found, found
