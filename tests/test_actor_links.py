"""A body with no role of its own that is linked to an armed group is an armed group of its country:
"an Iraqi group linked to al-Qaeda" is IRQREB. A link to anything else adds no role."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2004, 9, 22)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An Iraqi group linked to al-Qaeda", "IRQREB"),
        ("a Somali group allied with al-Shabaab", "SOMREB"),
        ("a group linked to al-Qaeda", "REB"),
    ],
)
def test_a_group_linked_to_an_armed_group_is_one(resolver, text, code):
    assert resolver.resolve_text(text, date=DAY).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Kenyan group linked to the ruling party", "KEN"),  # a party is not armed
        ("an Iraqi group backed by Iran", "IRQ"),  # state backing is no armed link
        ("Iraqi officials linked to al-Qaeda", "IRQGOV"),  # a role of their own stays
    ],
)
def test_other_links_add_no_armed_role(resolver, text, code):
    assert resolver.resolve_text(text, date=DAY).code == code


@pytest.mark.spacy
def test_in_a_sentence_the_linked_group_is_the_killer(code_text):
    events = code_text("An Iraqi group linked to al-Qaeda killed a second US hostage, Jack Hensley.", "2004-09-22")
    assert any(e.source is not None and e.source.code == "IRQREB" for e in events), events
