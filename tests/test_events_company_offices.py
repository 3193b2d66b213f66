"""A firm's officers are business leaders. "President", "chairman" or "executive" shown to be a
firm's (by "its" after a firm, a title only firms have, "the company's", "of Acme Inc", or a firm that
reports it) is BUS, so "Acme Inc said its president resigned" is no government resignation; a state's
president, a central bank's and a president with no firm in sight keep their GOV office."""

from __future__ import annotations

import pytest
from conftest import code_triples


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Fabrics Corp said its president, Alan Pike, resigned for personal reasons.",
        "Orvale Systems Inc said Dana Whitfield, its president and chief operating officer, resigned on Friday.",
        "Kestrel Mining Corp said president Howard Blane resigned to pursue other interests.",
        "Chief executive Martin Hale told shareholders he hoped the losses would narrow this year.",
    ],
)
def test_company_officer_resigning_is_no_government_event(code_text, text):
    assert not [t for t in code_triples(code_text(text)) if "GOV" in t[0]]


@pytest.mark.spacy
def test_company_president_meeting_a_minister_is_business(code_text):
    sources = {s for s, _, _ in code_triples(code_text("The company's president met the finance minister on Tuesday."))}
    assert sources and all(s.endswith("BUS") for s in sources)


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chile said its president would visit Peru next week.", "CHLGOV"),
        ("The president of the Peruvian central bank met the Mexican finance minister.", "PERGOV"),
        ("The president resigned on Monday after mass protests.", "---GOV"),
    ],
)
def test_state_offices_stay_government(code_text, text, source):
    assert source in {s for s, _, _ in code_triples(code_text(text))}
