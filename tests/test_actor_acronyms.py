"""A parenthesised acronym restates the name before it: the spelled-out name decides the actor ("the
Nigerian Union of Teachers (NUT)" is Nigerian, not the British NUT), and the acronym still counts when
the spelled-out name is unknown."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2010, 5, 1)


def test_the_spelled_out_name_beats_an_acronym_another_body_uses(resolver):
    assert resolver.resolve_text("The Nigerian Union of Teachers (NUT)", date=DAY).country == "NGA"
    assert resolver.resolve_text("NUT", date=DAY).country == "GBR"  # the British union, alone


def test_the_acronym_counts_when_the_spelled_out_name_says_no_country(resolver):
    actor = resolver.resolve_text("the National Union of Teachers (NUT)", date=DAY)
    assert actor is not None and actor.code == "GBRLAB"


def test_a_parenthesised_word_that_is_no_acronym_is_not_dropped(resolver):
    actor = resolver.resolve_text("Hamas (Islamic Resistance Movement)", date=DAY)
    assert actor is not None and actor.code.startswith("PSE")


@pytest.mark.spacy
def test_in_a_sentence_the_acronym_lends_no_country_to_others(code_text):
    events = code_text("The Nigerian Union of Teachers (NUT) called on the government to pay salaries.", "2010-05-01")
    sources = {e.source.country for e in events if e.source is not None}
    targets = {e.target.country for e in events if e.target is not None}
    assert "NGA" in sources and "GBR" not in sources | targets, events
