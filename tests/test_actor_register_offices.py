"""A hand entry of a person (additions.yaml) replaces the register's entry of the same name
(office_holders.txt), but its elite standing (ELI, "no office") gives way to an office the register
dates on the same day: Joe Biden was a senator before he was vice-president, Anwar Ibrahim deputy prime
minister before his fall. Offices the hand entry names, and days the register has no office, stay as they
were. Sentences of AG News (2004) and in the style of the wires."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.holders import with_register_offices
from eventscribe.actors.kb_entries import CodeSpan
from eventscribe.actors.records import MentionRecord, resolve_mention


def _code(resolver: ActorResolver, places, text: str, context: str | None, day: str) -> str:
    record = MentionRecord("m", text, context, dt.date.fromisoformat(day))
    return resolve_mention(resolver, record, places)["code"]


@pytest.mark.parametrize(
    ("text", "context", "day", "expected"),
    [
        ("Joe Biden", "Senator Joe Biden said the war in Iraq had been badly planned.", "2005-06-01", "USALEG"),
        (
            "Anwar Ibrahim",
            "Deputy Prime Minister Anwar Ibrahim said Malaysia would weather the currency crisis.",
            "1997-12-05",
            "MYSGOV",
        ),
        (
            "Sheikh Hasina",
            "Prime Minister Sheikh Hasina signed the Chittagong Hill Tracts peace accord on Tuesday.",
            "1997-12-02",
            "BGDGOV",
        ),
        ("Benny Gantz", None, "2012-06-01", "ISRMIL"),  # chief of staff of the IDF, 2011-2015
    ],
)
def test_the_registers_office_fills_a_hand_entrys_elite_days(resolver, places, text, context, day, expected) -> None:
    assert _code(resolver, places, text, context, day) == expected


@pytest.mark.parametrize(
    ("text", "context", "day", "expected"),
    [
        (
            "Anwar Ibrahim",
            "Malaysia #39;s most charismatic dissident Anwar Ibrahim, released from jail two months ago, "
            "kicked off his political comeback Sunday.",
            "2004-10-17",
            "MYSELI",
        ),
        (
            "Sheikh Hasina",
            "There were seven or eight explosions at the Awami League headquarters, as leader Sheikh Hasina "
            "addressed a crowd.",
            "2004-08-21",
            "BGDELI",
        ),
        ("Joe Biden", None, "2019-06-01", "USAELI"),  # between the vice-presidency and the presidency
        ("Joe Biden", None, "2022-06-01", "USAGOV"),  # the hand entry's office
        ("Benny Gantz", None, "2021-06-01", "ISRGOV"),
    ],
)
def test_offices_of_the_hand_entry_and_days_of_no_office_stay(resolver, places, text, context, day, expected) -> None:
    assert _code(resolver, places, text, context, day) == expected


def test_an_elite_span_is_cut_around_the_registers_offices() -> None:
    day = dt.date.fromisoformat
    hand = (CodeSpan("AUSELI", None, day("2018-08-23")), CodeSpan("AUSGOV", day("2018-08-24"), day("2022-05-23")))
    register = (CodeSpan("AUSLEG", day("2007-11-24"), day("2024-02-28")), CodeSpan("AUSELI", None, day("2007-11-23")))
    assert with_register_offices(hand, register) == (
        CodeSpan("AUSELI", None, day("2007-11-23")),
        CodeSpan("AUSLEG", day("2007-11-24"), day("2018-08-23")),
        CodeSpan("AUSGOV", day("2018-08-24"), day("2022-05-23")),
    )


def test_an_office_of_another_country_leaves_the_elite_span() -> None:
    span = CodeSpan("GBRELI", dt.date(2000, 1, 1), None)
    assert with_register_offices((span,), (CodeSpan("IGOUNO", dt.date(2001, 1, 1), None),)) == (span,)
