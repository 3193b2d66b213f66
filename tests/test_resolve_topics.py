"""A country named as the topic of a text ("the legality of the Iraq war") counts less than one that
takes part in it ("Downing Street officials") when the context decides a mention's country."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2005, 1, 15)


def test_a_war_named_after_a_country_does_not_outweigh_an_acting_government(resolver):
    context = (
        "The attorney general has denied his statement to Parliament about the legality of the Iraq war was "
        "drafted by Downing Street officials."
    )
    assert resolver.resolve_text("The attorney general", context=context, date=DAY).code == "GBRGOV"


def test_a_topic_country_still_counts_when_nothing_else_is_named(resolver):
    assert resolver.context_country("Iraq war veterans marched on Sunday.", date=DAY) == "IRQ"


def test_a_country_that_acts_wins_over_a_topic_named_first(resolver):
    assert resolver.context_country("The Kosovo crisis dominated talks in Moscow.", date=DAY) == "RUS"
