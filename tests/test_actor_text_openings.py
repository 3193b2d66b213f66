"""Bare texts (``resolve_text``, ``eventscribe resolve``): a capitalised article that opens the text is
no part of a name, and a title before a known person's full name is no other given name of theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver

DAY = dt.date(2004, 8, 15)


def _code(resolver: ActorResolver, text: str) -> str:
    actor = resolver.resolve_text(text, date=DAY)
    return actor.code if actor is not None else ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Philippines", "PHL"),
        ("The Russian President Vladimir Putin", "RUSGOV"),
        ("A Chinese diplomat", "CHNGOV"),
        ("The Hague", "NLD"),  # a name that holds the article is still matched whole
    ],
)
def test_an_opening_article_is_no_name(resolver: ActorResolver, text: str, code: str) -> None:
    assert _code(resolver, text) == code


@pytest.mark.parametrize("text", ["Secretary David Blunkett", "Home Secretary David Blunkett"])
def test_a_title_before_a_full_name(resolver: ActorResolver, text: str) -> None:
    assert _code(resolver, text) == "GBRGOV"


def test_an_unknown_given_name_before_a_surname_is_still_another_person(resolver: ActorResolver) -> None:
    # the rule the title case must not undo: "Pedro" is none of the given names of the register's Blunketts
    assert _code(resolver, "Pedro Blunkett") == ""
