"""A date that hangs on the noun of a "since"/"after" phrase dates that other event, not the act ("signed
an accord ... since their peace treaty 25 years ago" happened on the article's day); a subject the parser
hung on an opening phrase as an apposition is still the verb's ("In a partnership hailed as a boost to
ties, Egypt and Israel signed an accord")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy
DAY = "2004-12-14"


def test_a_date_of_the_reference_event_does_not_date_the_act(code_text):
    events = code_text(
        "Egypt and Israel signed a first joint trade accord with the United States since their historic"
        " peace treaty 25 years ago.",
        DAY,
    )
    assert events and {e.date for e in events} == {dt.date.fromisoformat(DAY)}


def test_a_date_of_the_act_itself_still_dates_it(code_text):
    events = code_text("Egypt and Israel signed a trade accord with the United States on Monday.", DAY)
    assert events and {e.date for e in events} == {dt.date(2004, 12, 13)}


def test_a_subject_read_as_an_apposition_of_an_opening_phrase(code_text):
    found = triples(
        code_text(
            "In a partnership hailed as a major boost to often chilly ties, Egypt and Israel signed a first"
            " joint trade accord with the United States.",
            DAY,
        )
    )
    assert {("EGY", "USA", "05"), ("ISR", "USA", "05")} <= found


def test_an_apposition_that_describes_the_subject_is_left_alone(code_text):
    assert ("IRN", "ISR", "11") in triples(code_text("Iran, the key sponsor of Hamas, criticised Israel.", DAY))
