"""The clergy of a faith are religious actors first: CAMEO's REL is their role and the faith their
group ("Buddhist monks": RELBUD), while the faithful themselves keep the faith alone ("Buddhists": BUD).
Sentences in the style of the wires (Rangoon 2007, Manila 2005) and short mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention


def _answer(resolver: ActorResolver, places, text: str, context: str | None, day: dt.date) -> dict:
    return resolve_mention(resolver, MentionRecord("m", text, context, day), places)


@pytest.mark.parametrize(
    ("text", "context", "day", "expected"),
    [
        (
            "Buddhist monks",
            "Thousands of Buddhist monks marched through Rangoon on Monday.",
            dt.date(2007, 9, 24),
            "MMRRELBUD",
        ),
        (
            "Catholic priests",
            "Catholic priests in the Philippines urged President Arroyo to resign.",
            dt.date(2005, 7, 10),
            "PHLRELCHRCTH",
        ),
        ("Hindu priests", None, dt.date(2005, 1, 15), "RELHIN"),
        ("Muslim clerics", None, dt.date(2005, 1, 15), "RELMUS"),  # a hand entry, as before
    ],
)
def test_clergy_of_a_faith_are_religious_first(resolver, places, text, context, day, expected) -> None:
    answer = _answer(resolver, places, text, context, day)
    assert answer["code"] == expected
    assert answer["sectors"][:1] == ["REL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buddhists", "BUD"),  # the faithful are no clergy
        ("Catholics", "CHRCTH"),
        ("militant monks", "RELUAF"),  # a code that opens with a role is kept as it is
    ],
)
def test_the_faithful_and_role_codes_keep_their_codes(resolver, places, text, expected) -> None:
    assert _answer(resolver, places, text, None, dt.date(2005, 1, 15))["code"] == expected
