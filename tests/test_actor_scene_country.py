"""A role named with no country ("police") in a context that names none takes the country of the
place where the context's act happens, as a state's bodies act where they serve. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention

DAY = dt.date(2012, 5, 14)


def _code(resolver: ActorResolver, places, text: str, context: str) -> str:
    return resolve_mention(resolver, MentionRecord("m", text, context, DAY), places)["code"]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("police", "Gunmen ambushed a bus near Mardan late on Sunday, police said.", "PAKCOP"),
        ("soldiers", "Two soldiers were hurt when a mine went off outside Lashkar Gah.", "AFGMIL"),
        ("the court", "A man was jailed for ten years by the court in Bunia on Monday.", "CODJUD"),
        ("police", "Near Mardan, gunmen ambushed a bus late on Sunday, police said.", "PAKCOP"),  # sentence-initial
    ],
)
def test_a_role_takes_the_country_of_the_scene(
    resolver: ActorResolver, places, text: str, context: str, expected: str
) -> None:
    assert _code(resolver, places, text, context) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("police", "The clashes began in August, police said.", "COP"),  # a month is no place
        ("police", "Police said nobody was hurt.", "COP"),  # no place at all
        ("police", "Kenyan police said a bus was ambushed near Sialkot.", "KENCOP"),  # a country named wins
        ("Kenyan police", "Kenyan police said a bus was ambushed near Sialkot.", "KENCOP"),
    ],
)
def test_no_scene_or_a_named_country_leaves_the_role_as_it_was(
    resolver: ActorResolver, places, text: str, context: str, expected: str
) -> None:
    assert _code(resolver, places, text, context) == expected


def test_without_a_gazetteer_the_scene_gives_nothing(resolver: ActorResolver) -> None:
    assert _code(resolver, None, "police", "Gunmen ambushed a bus near Eldoret, police said.") == "COP"
