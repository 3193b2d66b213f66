"""A person whose name holds a country's or a capital's name ("Michael Jordan", "Chad Smith",
"Jack London") is no country when the parse reads the whole as a person's name; the country alone, or
a country's body named after it, still is."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.model import Entity, Sentence, Token

DAY = dt.date(2019, 1, 1)


def _said(names: list[str], label: str) -> Sentence:
    """ "<names> said ." with the names one entity of ``label``; the last name heads the subject."""
    last = len(names) - 1
    words = [(n, "PROPN", "compound", last) for n in names[:-1]] + [(names[-1], "PROPN", "nsubj", last + 1)]
    words += [("said", "VERB", "ROOT", last + 1), (".", "PUNCT", "punct", last + 1)]
    entity = Entity(" ".join(names), label, 0, len(names))
    tokens, offset = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        ent = label if i < len(names) else ""
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, offset, ent_type=ent))
        offset += len(text) + 1
    return Sentence(0, " ".join(w[0] for w in words), 0, offset, tuple(tokens), (entity,))


def _code(resolver: ActorResolver, names: list[str], label: str) -> str:
    actor = resolver.resolve_span(_said(names, label), len(names) - 1, date=DAY)
    return actor.code if actor is not None else ""


@pytest.mark.parametrize("names", [["Michael", "Jordan"], ["Chad", "Smith"], ["Jack", "London"], ["Kenya", "Barris"]])
def test_a_person_named_like_a_country_is_no_country(resolver: ActorResolver, names: list[str]) -> None:
    assert _code(resolver, names, "PERSON") == ""


@pytest.mark.parametrize(
    ("names", "label", "expected"),
    [
        (["Jordan"], "GPE", "JOR"),
        (["Chad"], "GPE", "TCD"),
        (["Kenya", "Airways"], "ORG", "KEN"),  # not a person's name: the country's company
        (["Vladimir", "Putin"], "PERSON", "RUSGOV"),  # a known person is untouched
    ],
)
def test_countries_and_known_people_keep_their_codes(
    resolver: ActorResolver, names: list[str], label: str, expected: str
) -> None:
    assert _code(resolver, names, label).startswith(expected)


def _text(resolver: ActorResolver, text: str, date: dt.date = DAY) -> str:
    actor = resolver.resolve_text(text, date=date)
    return actor.code if actor is not None else ""


@pytest.mark.parametrize("text", ["Hassan", "Abdullah", "Manuel", "Miguel", "Ahmed Hassan"])
def test_a_common_given_name_alone_names_no_one(resolver: ActorResolver, text: str) -> None:
    assert _text(resolver, text) == ""


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Mr Manuel", dt.date(2005, 1, 1), "ZAFGOV"),  # a title makes the short name someone's
        ("Trevor Manuel", dt.date(2005, 1, 1), "ZAFGOV"),
        ("Abbas", dt.date(2019, 1, 1), "PSEGOV"),  # a surname few people have as their given name
        ("Johnson & Johnson", dt.date(2019, 1, 1), "USABUS"),  # a company, not the prime minister
    ],
)
def test_titles_full_names_and_rare_given_names_still_resolve(
    resolver: ActorResolver, text: str, date: dt.date, expected: str
) -> None:
    assert _text(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Michael Jordan", ""),  # a common given name before the place: a person
        ("Jack London", ""),
        ("Greater London", "GBRGOV"),  # a place's own modifier is no given name
        ("East Jerusalem", "PSEGOV"),
        ("Pakistan Tehreek-e-Insaf", "PAKPTY"),  # a country first names one of its bodies
    ],
)
def test_a_bare_text_with_a_given_name_before_a_place_is_a_person(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert _text(resolver, text) == expected
