"""A body's name that begins the names of many others ("Congress") is that body only when written alone
or as the knowledge base knows it whole; "the Congress of South African Trade Unions" is another body. A
capital stands for its government alone ("Moscow said"), not when it opens another body's name ("the
Tehran Times")."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2004, 10, 1)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Congress", "USALEG"),
        ("the U.S. Congress", "USALEG"),
        ("members of Congress", "USALEG"),  # as "congressmen" are
        ("Philippine members of Congress", "PHLLEG"),
        ("the Congress of South African Trade Unions", "ZAFLAB"),
        ("a delegation of the Congress of South African Trade Unions (Cosatu)", "ZAFLAB"),
    ],
)
def test_a_shared_name_head(resolver, text, code):
    actor = resolver.resolve_text(text, date=DATE, context="")
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [("Moscow", "RUSGOV"), ("the Tehran Times", "IRN"), ("Kabul Bakers", "AFG"), ("Washington officials", "USAGOV")],
)
def test_a_capital_is_its_government_only_alone(resolver, text, code):
    actor = resolver.resolve_text(text, date=DATE, context="")
    assert actor is not None and actor.code == code
