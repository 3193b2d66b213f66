""" "The group", "the Islamic group" refer back to a named group, in the same sentence first; written in
lower case, "Islamic group" describes a group and is not the name of the Islamic Group (al-Gama'a)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2004, 9, 1)


def test_a_lower_case_description_is_not_the_organisation_of_that_name(resolver):
    assert resolver.resolve_text("the Islamic group", date=DAY) is None
    assert resolver.resolve_text("the Islamic Group", date=DAY).code == "INTREB"  # the name, capitalised
    assert resolver.resolve_text("the Labour party", date=DAY).code == "GBRPTY"  # a party's name stays


def sides(events) -> set[tuple[str, str]]:
    return {(e.source.code, e.target.code) for e in events if e.source is not None and e.target is not None}


@pytest.mark.spacy
def test_the_islamic_group_after_hamas_in_the_same_sentence_is_hamas(code_text):
    text = (
        "Israeli air strikes killed two Hamas militants in Gaza on Thursday just after the Islamic group "
        "renewed its threats to continue rocket attacks against Israelis."
    )
    events = code_text(text, "2004-09-23")
    assert ("PSEREBHMS", "ISR") in sides(events), events
    assert not any(e.source is not None and e.source.code.startswith("INT") for e in events)


@pytest.mark.spacy
def test_the_group_in_a_later_sentence_still_refers_back(code_text):
    events = code_text(
        "Hamas fighters clashed with police in Gaza. The group later accused Israel of provoking the violence.",
        "2007-06-10",
    )
    assert ("PSEREBHMS", "ISR") in sides(events), events


@pytest.mark.spacy
def test_the_group_with_no_named_group_before_it_is_no_actor(code_text):
    events = code_text("The group accused Israel of provoking the violence.", "2007-06-10")
    assert all(e.source is None or e.source.code != "PSEREBHMS" for e in events)
