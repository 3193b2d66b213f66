"""Clauses that are the topic of another act, not events: what a noun spells out ("a suggestion that
it hold talks", "evidence that troops burned villages") and what a trip is for ("flew to Lyon to tell
farmers"). Sentences we wrote; each no-event case sits beside a sentence whose act must stay."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


def roots(events) -> set[str]:
    return {e.cameo.root for e in events}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # what a suggestion, a piece of evidence or a fear is about has not been done
        ("Pakistan rejected a suggestion by Britain that it hold talks with India.", "04"),
        ("Rebels said there was evidence that Sudanese troops had burned villages in Darfur.", "17"),
        # what a trip is for is still to be done when the trip is told
        ("The French president flew to Lyon to tell farmers about the new subsidies.", "01"),
        ("The Japanese prime minister flew to Beijing to sign a trade accord.", "05"),
    ],
)
def test_topic_clause_is_no_event(code_text, text, absent):
    assert absent not in roots(code_text(text))


def test_rejection_of_a_suggestion_stays(code_text):
    assert ("PAK", "GBR", "12") in triples(
        code_text("Pakistan rejected a suggestion by Britain that it hold talks with India.")
    )


def test_trip_stays_when_its_purpose_goes(code_text):
    events = code_text("The Japanese prime minister flew to Beijing to sign a trade accord.")
    assert ("JPNGOV", "CHNGOV", "04") in triples(events)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Sudanese troops burned villages in Darfur, rebels said.", ("SDNMIL", "17")),
        ("The French president denied the new subsidies broke EU rules.", ("FRAGOV", "01")),
        ("Pakistan agreed to hold talks with India.", ("PAK", "03")),
        # the purpose of an act other than a trip is told with it
        ("Germany sent funds to support refugees in Jordan.", ("DEU", "07")),
    ],
)
def test_the_same_act_told_as_done_stays(code_text, text, wanted):
    assert wanted in {(source, root) for source, _, root in triples(code_text(text))}


@pytest.mark.parametrize(
    "text",
    ["Most Britons oppose the war in Iraq.", "The Palestinians oppose the new Israeli settlements."],
)
def test_a_peoples_standing_view_is_no_event(code_text, text):
    assert code_text(text) == ()


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Britain opposes the war in Iraq.", "11"),  # a state's stance
        ("The Palestinians condemned the new Israeli settlements.", "11"),  # an act at a time
        ("The Palestinians rejected the Israeli plan.", "12"),
    ],
)
def test_a_stance_taken_stays(code_text, text, root):
    assert root in roots(code_text(text))
