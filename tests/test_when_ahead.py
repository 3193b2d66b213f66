"""Dates of what is still to come: a weekday, month or day of a month with no year, told of an act to
come, is the next one on or after the article's date; told of a past act, the latest one before it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.when import resolve_date

ARTICLE = dt.date(2014, 6, 26)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "past", "ahead"),
    [
        ("in July", "2013-07-01", "2014-07-01"),
        ("in mid-May", "2014-05-01", "2015-05-01"),
        ("on Monday", "2014-06-23", "2014-06-30"),
        ("on Thursday", "2014-06-26", "2014-06-26"),
        ("July 4", "2014-07-04", "2014-07-04"),  # the coming month is near either way
        ("12 May", "2014-05-12", "2015-05-12"),
    ],
)
def test_a_date_with_no_year_is_read_by_the_time_of_the_act(expression, past, ahead):
    assert resolve_date(expression, ARTICLE).date.isoformat() == past
    assert resolve_date(expression, ARTICLE, ahead=True).date.isoformat() == ahead


@pytest.mark.parametrize("expression", ["in May 2013", "last Monday", "yesterday", "three days ago"])
def test_a_date_that_says_when_it_is_stays(expression):
    assert resolve_date(expression, ARTICLE, ahead=True) == resolve_date(expression, ARTICLE)


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Venezuela's finance minister said he will visit Japan in mid-May to seek new credits.",
            "1987-04-27",
            "1987-05-01",
        ),
        ("Bolivia will propose a summit with the United States to take place in May.", "1987-03-26", "1987-05-01"),
        ("Sudan reached a rescheduling agreement with the Paris Club in May.", "1987-03-18", "1986-05-01"),
    ],
)
def test_an_event_to_come_is_dated_ahead(code_text, text, date, expected):
    events = code_text(text, date)
    assert events and {e.date.isoformat() for e in events} == {expected}, [(e.cameo.code, e.date) for e in events]
