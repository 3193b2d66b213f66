"""An accusation, a demand or a criticism whose verb has no object is aimed at the party that its content
clause names as subject; a warning, a plain statement and an open question are not, nor is a subject
that only owns a party or is the speaker's own side."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def triples(events):
    return {(e.source.code, e.cameo.root, e.target.code) for e in events if e.source and e.target}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Minister Pik Botha has alleged that the ANC is planning a campaign of violence.",
            ("ZAFGOV", "11", "ZAF"),
        ),
        ("China complained that Japan had ignored its protests.", ("CHN", "11", "JPN")),
        ("Russia demanded that Ukraine withdraw its troops.", ("RUS", "10", "UKR")),
    ],
)
def test_the_content_subject_is_the_target(code_text, text, expected):
    found = {(s, r, t[:3]) if expected[2] == "ZAF" else (s, r, t) for s, r, t in triples(code_text(text, "2014-03-01"))}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Economists have warned the Indian government needs more reforms to create jobs.",
        "Amato warned that companies might start disobeying government regulations on price controls.",
        "Brazil's new economic plan should enable Brazil to renew negotiations with creditors, the finance minister said.",
        "The overseas production of Japanese firms should rise 26 pct, a Ministry of International Trade official said.",
    ],
)
def test_a_warning_or_a_statement_is_not_aimed_at_its_content(code_text, text):
    assert not [e for e in code_text(text, "1987-03-01") if e.target and e.cameo.root in ("10", "11", "13")]


def test_an_open_question_or_the_own_side_is_no_target(code_text):
    events = code_text("Israel demanded to know whether Egypt had moved troops.", "1987-03-01")
    assert not [e for e in events if e.target and e.target.code.startswith("EGY") and e.cameo.root == "10"]
    events = code_text("Israel complained that its soldiers had been attacked.", "1987-03-01")
    assert not [e for e in events if e.target and e.target.code.startswith("ISR") and e.cameo.root == "11"]
