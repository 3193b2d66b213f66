"""Refusals told as a negated act still to come ("Britain will not lift the ban"), and talks named by a
noun that are only a topic. Sentences we wrote in wire style, with sentences beside them that must give
no such event (negated violence, past negation, conditions, questions, hypotheticals)."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


REFUSED = [
    # refusing to yield: release, lift, withdraw (124)
    ("The British government will not lift the ban on the Tamil Tigers.", "GBRGOV", "LKA", "124"),
    ("Prime Minister Tony Blair said Britain would not withdraw its troops from Iraq.", "GBR", "IRQ", "124"),
    ("Hamas will not release the Israeli soldier, a spokesman said.", "PSE", "ISR", "124"),
    # refusing to talk (125)
    ("The Taliban said they will not negotiate with the Afghan government.", "AFG", "AFGGOV", "125"),
    ("North Korea won't meet South Korean officials, state media said.", "PRK", "KOR", "125"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), REFUSED, ids=[c[0][:40] for c in REFUSED])
def test_a_cooperative_act_its_doer_will_not_do_is_a_refusal(code_text, text, source, target, code):
    events = code_text(text, "2008-05-20")
    triples = code_triples(events)
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in triples), triples


NOT_REFUSED = [
    # not doing violence is no event at all
    "Israel will not attack Iran, the prime minister said.",
    # a past negation tells what did not happen, not a refusal
    "Israel did not release the prisoners on Monday.",
    # conditions, hypotheticals and questions
    "Russia would not sign the treaty if NATO expanded.",
    "If Iran does not stop enrichment, the US will not lift sanctions.",
    "Will China not meet the Dalai Lama?",
]


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_a_negation_that_is_no_refusal_gives_no_event(code_text, text):
    events = code_text(text, "2008-05-20")
    assert events == (), code_triples(events)


TALKS_AS_TOPIC = [
    "North Korea threatened to exclude Tokyo from six-party talks on its nuclear programme.",
    "Zambia's talks with the World Bank have run into difficulties, an official newspaper said.",
]


@pytest.mark.parametrize("text", TALKS_AS_TOPIC)
def test_talks_named_as_a_topic_are_no_meeting(code_text, text):
    events = code_text(text, "2004-08-15")
    assert not any(c.startswith("04") for _, _, c in code_triples(events)), code_triples(events)


def test_talks_told_as_happening_are_a_meeting(code_text):
    events = code_text("Talks between Iran and the European Union resumed in Geneva on Monday.", "2004-08-15")
    triples = code_triples(events)
    assert any(s.startswith("IRN") and t.startswith("IGO") and c.startswith("04") for s, t, c in triples), triples
