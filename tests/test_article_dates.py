"""An article's publication date may be given as a date, a datetime or an ISO string; anything else is a
clear error naming the article (the Python API once took a string silently and coded nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Article

TEXT = "Israeli troops arrested five Palestinians in Hebron on Thursday."


def test_iso_string_becomes_a_day() -> None:
    assert Article(id="a", text=TEXT, date="2014-06-26").date == dt.date(2014, 6, 26)


def test_datetime_and_iso_timestamp_keep_the_day() -> None:
    assert Article(id="a", text=TEXT, date=dt.datetime(2014, 6, 26, 8, 30)).date == dt.date(2014, 6, 26)
    assert Article(id="a", text=TEXT, date="2014-06-26T08:30:00").date == dt.date(2014, 6, 26)
    assert Article(id="a", text=TEXT, date="2014-06-26 08:30:00").date == dt.date(2014, 6, 26)


def test_no_date_stays_none() -> None:
    assert Article(id="a", text=TEXT).date is None
    assert Article(id="a", text=TEXT, date="  ").date is None  # blank, as the input readers take it


@pytest.mark.parametrize("bad", ["yesterday", "2014-13-01", "26/06/2014", "2014-06"])
def test_a_string_that_is_no_date_names_the_article(bad: str) -> None:
    with pytest.raises(ValueError, match="'story-7'.*not a date"):
        Article(id="story-7", text=TEXT, date=bad)


def test_a_number_is_no_date() -> None:
    with pytest.raises(TypeError, match="'story-8'"):
        Article(id="story-8", text=TEXT, date=20140626)


@pytest.mark.spacy
def test_string_date_codes_like_a_date(pipeline) -> None:
    as_text = pipeline.code(Article(id="a", text=TEXT, date="2014-06-26"))
    as_day = pipeline.code(Article(id="a", text=TEXT, date=dt.date(2014, 6, 26)))
    assert as_text.error is None
    assert as_text.events, "the sentence has an arrest"
    assert [(e.cameo.code, e.date) for e in as_text.events] == [(e.cameo.code, e.date) for e in as_day.events]
