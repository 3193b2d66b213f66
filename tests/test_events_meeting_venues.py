"""The place a meeting or talks are held in is the venue, not a party met ("will attend a meeting in
Managua"); the party of a "with" phrase on the talks is ("held talks in Geneva with French negotiators");
a visit's place stays its target. The head or chief of a body is coded as the body ("the head of the IMF")."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


def test_a_meetings_venue_is_no_target(code_text):
    events = code_text("Brazilian Coffee Institute president Jorio Dauster said he will attend a meeting in Managua.")
    assert not [e for e in events if e.target is not None and e.target.country == "NIC"], events


def test_talks_in_a_city_with_a_party_are_with_the_party(code_text):
    found = triples(code_text("Iranian officials held talks in Geneva with French negotiators.", "2004-05-01"))
    assert ("IRNGOV", "FRA", "04") in found
    assert not [t for t in found if t[1] == "CHE"]


def test_a_visits_place_stays_its_target(code_text):
    assert ("USAGOV", "IRQ", "04") in {
        (s, t[:3], r)
        for s, t, r in triples(code_text("Defense Secretary Donald Rumsfeld arrived in Baghdad.", "2004-05-01"))
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The head of the IMF met Iraqi officials.", "IGOUNODEVIMF"),
        ("The chief of the Iraqi army met US officials.", "IRQMIL"),
    ],
)
def test_the_head_of_a_body_is_the_body(code_text, text, source):
    assert source in {s for s, _, r in triples(code_text(text, "2004-05-01")) if r == "04"}


def test_a_coordinated_head_of_a_body_meets_the_other(code_text):
    found = triples(
        code_text(
            "Peruvian President Alan Garcia and the head of the central bank of Mexico met yesterday.", "1987-04-29"
        )
    )
    assert {("PERGOV", "MEXGOV", "04"), ("MEXGOV", "PERGOV", "04")} <= found


def test_a_head_that_is_no_office_is_no_actor(code_text):
    assert code_text("A bullet hit him in the head.") == ()
