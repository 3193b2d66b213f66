"""Role words and nominal mentions news uses: "armed" as a plain adjective, groups set against their
state, elders and warlords, local councils. Phrases of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code

from eventscribe.actors import ActorResolver

DAY = dt.date(2019, 5, 1)


def code(resolver: ActorResolver, text: str, context: str | None = None) -> str:
    return resolved_code(resolver, text, DAY, context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi armed forces", "IRQMIL"),  # "armed" describes the forces: Iraq's are Iraq's
        ("the Nigerian armed forces", "NGAMIL"),
        ("Iraqi armed groups", "IRQUAF"),
        ("Colombian armed men", "COLUAF"),
    ],
)
def test_armed_standing_alone_keeps_the_country(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(("text", "expected"), [("Iranian-armed militias", "UAF"), ("Iranian-backed militias", "UAF")])
def test_a_hyphened_affiliation_still_ties_without_making_them_that_country_s(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anti-government forces", "REB"),
        ("Syrian anti-government forces", "SYRREB"),
        ("anti-regime fighters", "REB"),
        ("anti-junta militias", "REB"),
        ("anti-government groups", "OPP"),
        ("a Sudanese anti-government movement", "SDNOPP"),
        ("the anti-government coalition", "OPP"),
        ("anti-government protesters", "OPP"),
        ("anti-government students", "EDU"),  # a role of its own stays
    ],
)
def test_groups_set_against_their_state_are_opposition_or_rebels(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pro-government militias", "UAF"),  # not against the state
        ("anti-war groups", ""),  # against a war, not a state: no actor from "groups" alone
        ("Syrian government forces", "SYRMIL"),
    ],
)
def test_other_prefixes_do_not_make_an_opposition(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


def test_the_context_gives_an_anti_government_group_its_country(resolver: ActorResolver) -> None:
    context = "In Venezuela, anti-government groups called a strike."
    assert code(resolver, "anti-government groups", context) == "VENOPP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tribal elders", "CVL"),
        ("Afghan tribal elders", "AFGCVL"),
        ("Somali clan elders", "SOMCVL"),
        ("Yemeni tribal leaders", "YEMCVL"),  # no office: not the government
        ("tribal fighters", "UAF"),
        ("warlords", "UAF"),
        ("Salvadoran death squads", "SLVUAF"),
        ("the city council", "GOV"),
        ("the Verkhovna Rada", "UKRLEG"),
    ],
)
def test_role_words_news_uses(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize("text", ["the elderly", "a council estate", "a squad car"])
def test_phrases_that_name_no_such_role(resolver: ActorResolver, text: str) -> None:
    assert code(resolver, text) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepalese Maoists", "NPLREB"),
        ("the Maoist party", "PTY"),  # a party keeps its role
        ("an MEP", "IGOEURLEG"),
        ("Scottish MSPs", "GBRLEG"),
        ("Acpo", "GBRCOP"),
    ],
)
def test_movements_and_members_by_the_short_names_news_uses(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected
