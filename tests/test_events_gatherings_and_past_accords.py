"""Those who attend one meeting are not each other's partners ("the meeting attended by Vranitzky,
Lacina and Koren"), while those who meet are; an agreement named only in passing, as the subject or the
background of what a sentence tells, is no signing (057), while one told as reached is. Sentences we
wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def test_attendees_of_one_meeting_do_not_meet_each_other(code_text):
    text = (
        "The forecast was made during the meeting attended by Chancellor Franz Vranitzky, Finance Minister"
        " Ferdinand Lacina and National Bank President Stefan Koren."
    )
    found = code_triples(code_text(text, "1987-04-01"))
    assert not [c for _, _, c in found if c.startswith("04")], found


def test_leaders_who_meet_still_meet_each_other(code_text):
    found = code_triples(code_text("The leaders of Iraq and Iran met in Geneva on Monday.", "1987-04-01"))
    assert ("IRQGOV", "IRNGOV", "04") in {(s, t, c[:2]) for s, t, c in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's recent agreement with its creditor banks reprograms six billion dlrs of its foreign debt.",
        "Britain wants rules along the lines of a January outline agreement between the U.S. and Japan.",
    ],
)
def test_an_agreement_named_in_passing_is_no_signing(code_text, text):
    found = code_triples(code_text(text, "1987-04-01"))
    assert not [c for _, _, c in found if c.startswith("057")], found


def test_an_agreement_reached_is_coded(code_text):
    found = code_triples(code_text("Egypt and Israel reached an agreement on trade on Monday.", "2004-12-14"))
    assert [c for s, _, c in found if s == "EGY" and c.startswith("057")], found
