"""Country names, demonyms and former names for every country, and regions whose names end in a
country's word: phrases of our own, checked against the packaged knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code

from eventscribe.actors import ActorResolver

DAY = dt.date(2021, 3, 1)


def code(resolver: ActorResolver, text: str, date: dt.date | None = DAY) -> str:
    return resolved_code(resolver, text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mauritius", "MUS"),  # a country the converted dictionaries lack, added by a hand layer
        ("Mauritian officials", "MUSGOV"),
        ("Port Louis", "MUSGOV"),  # a capital stands for its government
        ("Samoan police", "WSMCOP"),
        ("Tongans", "TON"),
        ("Andorrans", "AND"),
        ("Byelorussian troops", "BLRMIL"),
        ("Tadjik officials", "TJKGOV"),
        ("Antiguan ministers", "ATGGOV"),
    ],
)
def test_every_country_has_its_name_and_demonyms(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Upper Volta", "BFA"),  # was taken for Ghana's Upper regions
        ("Rhodesia", "ZWE"),
        ("Northern Rhodesia", "ZMB"),
        ("Nyasaland", "MWI"),
        ("Bechuanaland", "BWA"),
        ("Abyssinian troops", "ETHMIL"),
        ("South West Africa", "NAM"),
        ("Yugoslav army", "FRYMIL"),
        ("Macau", "MAC"),
    ],
)
def test_former_and_variant_names_keep_their_country(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


def test_northern_ireland_is_british_not_irish(resolver: ActorResolver) -> None:
    assert code(resolver, "Northern Ireland police") == "GBRCOP"
    assert code(resolver, "Irish police") == "IRLCOP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latin American leaders", "LAMGOV"),
        ("Central American migrants", "LAMCVL"),
        ("South American leaders", "SAMGOV"),
        ("North American leaders", "NMRGOV"),
    ],
)
def test_a_region_named_with_a_country_word_is_not_that_country(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("American leaders", "USAGOV"), ("South African leaders", "ZAFGOV"), ("the American president", "USAGOV")],
)
def test_country_words_outside_a_region_name_keep_their_country(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


def test_a_region_is_no_country_of_the_context(resolver: ActorResolver) -> None:
    # "Latin American" names no country: the minister is the one the sentence names, or none
    context = "The Latin American summit opened as the Peruvian minister spoke."
    assert code(resolver, "the minister") == "GOV"
    actor = resolver.resolve_text("the minister", date=DAY, context=context)
    assert actor is not None and actor.code == "PERGOV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("European leaders", "EURGOV"),
        ("Western diplomats", "WSTGOV"),
        ("African troops", "AFRMIL"),
        ("Europeans", "EUR"),
        ("Southeast Asian nations", "IGOSEAASN"),  # a longer name still wins (ASEAN)
        ("the European Union", "IGOEUREEC"),
        ("African Union troops", "IGOAFRMIL"),
    ],
)
def test_actors_named_by_their_world_region_take_its_code(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British Asians", "GBR"),  # a country named with the region wins
        ("South African police", "ZAFCOP"),
        ("European", ""),  # the adjective alone describes, it names no actor
        ("Western", ""),
        ("the Western Wall", "ISR"),  # names that start with a region's word
        ("Western Union", "USABUS"),
    ],
)
def test_a_region_word_gives_way_to_a_country_or_a_longer_name(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


def test_a_world_region_is_no_country_of_the_context(resolver: ActorResolver) -> None:
    context = "European leaders met as the Dutch minister spoke."
    actor = resolver.resolve_text("the minister", date=DAY, context=context)
    assert actor is not None and actor.code == "NLDGOV"
