"""A country's code follows the date: Yugoslavia before its break-up is YUG, after it FRY; Moscow before
the Soviet Union's end is SUN, after it RUS."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Actor


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Yugoslavia", "1987-04-07", "YUG"),
        ("Yugoslavia", "1991-06-25", "YUG"),
        ("Yugoslavia", "1995-11-21", "FRY"),
        ("Yugoslavia", "1992-04-27", "FRY"),
    ],
)
def test_yugoslavia_is_the_state_of_the_date(resolver, text, date, code):
    actor = resolver.resolve_text(text, date=dt.date.fromisoformat(date))
    assert actor is not None and actor.country == code


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Moscow", "1987-04-13", "SUNGOV"),
        ("Russian steelmakers", "1987-03-09", "SUNBUS"),
        ("the Soviet Union", "1987-04-13", "SUN"),
        ("Moscow", "1991-12-26", "RUSGOV"),
        ("Russian steelmakers", "2004-03-09", "RUSBUS"),
    ],
)
def test_moscow_before_the_soviet_break_up_is_the_soviet_union(resolver, text, date, code):
    actor = resolver.resolve_text(text, date=dt.date.fromisoformat(date))
    assert actor is not None and actor.code == code


def test_a_body_that_takes_the_country_from_its_context_moves_back_with_it(resolver):
    context = "Yugoslavia will not devalue the dinar again this year, the official news agency said."
    actor = resolver.resolve_text("the official news agency", context=context, date=dt.date(1987, 4, 7))
    assert actor is not None and actor.country == "YUG" and actor.code.startswith("YUG")


def test_an_undated_mention_and_other_countries_are_left_alone(resolver):
    assert resolver.resolve_text("Yugoslavia").country == "FRY"
    assert resolver.resolve_text("Serbian police", date=dt.date(1987, 4, 7)).country != "YUG"


def test_in_era_keeps_the_sectors_and_text():
    from eventscribe.actors.eras import in_era

    moved = in_era(Actor("FRYMED", "Yugoslavia", "FRY", ("MED",), "Tanjug"), dt.date(1980, 1, 1))
    assert (moved.code, moved.country, moved.sectors, moved.text) == ("YUGMED", "YUG", ("MED",), "Tanjug")
