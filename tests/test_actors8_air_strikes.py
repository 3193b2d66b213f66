"""Strikes and raids from the air are named for the armed force that flies them, as its aircraft are
("Israeli bombers": ISRMIL): "American air strikes" are the American military's. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code

from eventscribe.actors import ActorResolver

DAY = dt.date(2015, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("American airstrikes", "USAMIL"),
        ("Israeli air strikes", "ISRMIL"),
        ("a Turkish air raid", "TURMIL"),
        ("Saudi airstrike", "SAUMIL"),
    ],
)
def test_strikes_from_the_air_are_the_military_s(resolver: ActorResolver, text: str, expected: str) -> None:
    assert resolved_code(resolver, text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the strikes", ""),  # a strike alone is a stoppage of work, no armed act
        ("striking workers", "LAB"),
        ("French dock strikes", "FRA"),
    ],
)
def test_other_strikes_name_no_armed_force(resolver: ActorResolver, text: str, expected: str) -> None:
    assert resolved_code(resolver, text, DAY) == expected
