"""People against something are not what they are against: the "of" phrase of "critics", "opponents"
and the like names what they oppose. Against a state they are its opposition."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2004, 10, 1)


@pytest.mark.parametrize(
    "text, code",
    [
        ("opponents of the Syrian regime", "SYROPP"),
        ("critics of the Iranian government", "IRNOPP"),
        ("Iraqi critics of the war", "IRQ"),
        ("supporters of Hamas", "PSEREBHMS"),  # followers are of what they follow
    ],
)
def test_opponents_of_a_state(resolver, text, code):
    actor = resolver.resolve_text(text, date=DATE, context="")
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text", ["Critics of the Iraq war", "opponents of a missile defense system"])
def test_what_opponents_oppose_gives_them_no_country(resolver, text):
    actor = resolver.resolve_text(text, date=DATE, context="")
    assert actor is None or not actor.country
