"""The ``resolve`` answer for the bare words for armed men ("militants", "gunmen") of a nation is that
nation's armed opposition (REB), as the event coder codes an event's partners; armed men of no known
country, mercenaries and named groups keep the dictionary's UAF. Sentences of AG News (2004) and
Reuters-21578 (1987), and short mentions of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention

DAY = dt.date(2004, 8, 15)


def _code(resolver: ActorResolver, places, text: str, context: str | None, day: dt.date = DAY) -> str:
    return resolve_mention(resolver, MentionRecord("m", text, context, day), places)["code"]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Iraqi militants",
            "BAGHDAD - Iraqi militants threatened to kill an Australian journalist and interrogated him.",
            "IRQREB",
        ),
        (
            "Afghan militants",
            "KABUL (Reuters) - Afghan militants holding three U.N. workers hostage said they had dropped some demands.",
            "AFGREB",
        ),
        (
            "Chechen militants",
            "Putin snarled at those who think he should do business with Chechen militants.",
            "RUSREB",
        ),
        ("Yemeni gunmen", None, "YEMREB"),
    ],
)
def test_armed_men_of_a_nation_are_its_armed_opposition(
    resolver: ActorResolver, places, text: str, context: str | None, expected: str
) -> None:
    assert _code(resolver, places, text, context) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # no country known: the affiliation is unknown too
        (
            "three gunmen",
            "They said the man, whom they named as Tadao Sawaki, came under fire by three gunmen near his office.",
            "UAF",
        ),
        ("militants", None, "UAF"),
        # hired fighters and a named group are no nation's armed opposition
        ("Syrian mercenaries", None, "SYRUAF"),
        ("Oath Keepers", None, "USAUAF"),
        # state forces keep their roles
        ("Iraqi troops", None, "IRQMIL"),
    ],
)
def test_other_armed_actors_keep_their_codes(
    resolver: ActorResolver, places, text: str, context: str | None, expected: str
) -> None:
    assert _code(resolver, places, text, context, dt.date(2022, 1, 1)) == expected
