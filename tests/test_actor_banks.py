"""A bank, a firm or a lender is a business of the country it is placed in; a central bank named
"Bank of <country>" is that state's; commercial banks of that form stay businesses."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2004, 10, 1)


@pytest.mark.parametrize(
    "text, code",
    [
        ("two Buenos Aires banks", "ARGBUS"),
        ("a Paris bank", "FRABUS"),
        ("a US firm", "USABUS"),
        ("Japanese chipmakers", "JPNBUS"),
        ("Bank of Mexico", "MEXGOV"),
        ("the head of Bank of Italy", "ITAGOV"),
        ("Norges Bank", "NORGOV"),
        ("Bank of America", "USABUS"),
        ("the Bank of Japan", "JPNGOV"),
        ("the Industrial Bank of Japan", "JPNBUS"),  # another bank, whose name ends in the central bank's
        ("the Cooperative Bank of Uganda", "UGABUS"),
        ("Japanese securities houses", "JPNBUS"),
        ("Thai shipowners", "THABUS"),
        ("the Bangkok Shipowners and Agents Association", "THABUS"),  # a trade's body, not the Thai state
    ],
)
def test_banks_and_firms(resolver, text, code):
    actor = resolver.resolve_text(text, date=DATE, context="")
    assert actor is not None and actor.code == code


@pytest.mark.spacy
def test_a_bomb_in_a_bank_strikes_a_business(code_text):
    events = code_text("Bombs exploded in two Buenos Aires banks Wednesday.", "2004-10-01")
    assert ("ARGUAF", "18", "ARGBUS") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}
