"""Employees are labour: cabin crew and flight attendants are LAB, and a firm's employees are the labour of
the firm's country ("Samsung employees": KORLAB), while the firm itself and its head stay business."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2004, 9, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("cabin crew", "LAB"),
        ("flight attendants", "LAB"),
        ("Samsung employees", "KORLAB"),
        ("Ford workers", "USALAB"),
        ("Air France cabin crew", "FRALAB"),
    ],
)
def test_employees_are_labour_of_their_firms_country(resolver, text, code):
    assert resolver.resolve_text(text, date=DAY).code == code


@pytest.mark.parametrize(("text", "code"), [("Samsung", "KORBUS"), ("the Samsung chairman", "KORBUS")])
def test_the_firm_and_its_head_stay_business(resolver, text, code):
    assert resolver.resolve_text(text, date=DAY).code == code


@pytest.mark.spacy
def test_striking_cabin_crew_are_the_strikers(code_text):
    events = code_text("Air France cabin crew went on strike on Friday.", "2004-09-01")
    assert any(e.source is not None and e.source.code == "FRALAB" for e in events), events
