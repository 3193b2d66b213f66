"""A bare word ending as a region's adjective does ("-an", "-ern") is dropped only when it names a
region of the world: a name of a user dictionary that ends so (an invented realm "Rohan", "Mordan")
is an actor of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code

from eventscribe.actors import ActorResolver
from eventscribe.actors.kb import ActorEntry, CodeSpan

DAY = dt.date(2021, 3, 1)


@pytest.fixture(scope="module")
def realms(resolver: ActorResolver) -> ActorResolver:
    """The packaged knowledge base with three invented realms of a user dictionary, not countries."""
    entries = [
        ActorEntry(("ROHAN",), (CodeSpan("ROH"),), "organisation"),
        ActorEntry(("NORTHERN",), (CodeSpan("NTH"),), "organisation"),
        ActorEntry(("MORDAN",), (CodeSpan("MDN"),), "organisation"),
    ]
    return ActorResolver(resolver.kb.extended(entries))


@pytest.mark.parametrize(("text", "expected"), [("Rohan", "ROH"), ("Northern", "NTH"), ("Mordan", "MDN")])
def test_a_dictionary_name_ending_like_a_region_adjective_is_kept(
    realms: ActorResolver, text: str, expected: str
) -> None:
    assert resolved_code(realms, text, DAY) == expected


@pytest.mark.parametrize(("text", "expected"), [("European", ""), ("Western", ""), ("Asian", ""), ("Africans", "AFR")])
def test_region_adjectives_alone_still_name_no_actor(realms: ActorResolver, text: str, expected: str) -> None:
    assert resolved_code(realms, text, DAY) == expected


def test_region_codes_are_those_of_region_entries_that_are_no_country(resolver: ActorResolver) -> None:
    kb = resolver.kb
    assert kb.is_region_code("EUR") and kb.is_region_code("WST")
    assert not kb.is_region_code("ISR")  # the Western Wall is a region entry of a country
    assert not kb.is_region_code("ROH")
