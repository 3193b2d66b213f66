"""Provinces, states and counties that news places events in: the gazetteer knows them (a region ranks
above a foreign town of the same name), and a mention of one, with or without its kind, takes its country."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Guangdong", "CHN"),
        ("Inner Mongolia", "CHN"),
        ("Tamil Nadu", "IND"),
        ("Orissa", "IND"),
        ("Gilgit-Baltistan", "PAK"),
        ("Paktika", "AFG"),
        ("Dhi Qar", "IRQ"),
        ("Deraa", "SYR"),
        ("Yobe State", "NGA"),
        ("Tatarstan", "RUS"),
        ("Odessa", "UKR"),  # over Odessa, Texas
        ("Kent", "GBR"),  # over Kent, Ohio
        ("Lanarkshire", "GBR"),
        ("Ontario", "CAN"),  # over Ontario, California
        ("New South Wales", "AUS"),
        ("Jalisco", "MEX"),
        ("Sulawesi", "IDN"),
        ("Basilan", "PHL"),
        ("Cyrenaica", "LBY"),
        ("Corsica", "FRA"),
    ],
)
def test_first_level_divisions_are_known(gazetteer: Gazetteer, name: str, country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country, name


@pytest.mark.parametrize("name", ["Delta", "Rivers", "Imo", "Victoria"])
def test_division_names_that_are_common_words_are_not_taken_alone(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert (place.country if place is not None else "") not in ("NGA", "AUS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paktia province", "AFG"),
        ("Yobe State", "NGA"),
        ("Kent police", "GBRCOP"),
        ("Queensland police", "AUSCOP"),
        ("the province", ""),  # no name, no country
        ("Narnia province", ""),
    ],
)
def test_a_region_mention_takes_its_country(gazetteer: Gazetteer, text: str, expected: str) -> None:
    record = MentionRecord("m", text, None, dt.date(2016, 1, 1))
    assert resolve_mention(ActorResolver(), record, gazetteer)["code"] == expected
