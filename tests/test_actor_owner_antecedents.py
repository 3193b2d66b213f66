""" "its"/"their" refer by number to the subject of the reporting verb before a nearer actor of the
reported clause (``events.owners``); a shared party name takes a country only from a possessive or a bare
demonym directly before it (``actors.foreign_parties``). Sentences of our own; near twins keep theirs."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2010-05-20"

OWNED = [
    # "its" is singular: not the plural soldiers of the reported clause, but the reporting subject
    ("Hamas said Israeli soldiers had arrested its spokesman in Gaza.", "ISRMIL", "PSE", "17"),
    ("Britain said Iranian guards had detained its diplomats in Tehran.", "IRN", "GBR", "17"),
    # twin: a singular actor with no reporting verb keeps "its" as before
    ("Syria accused Israel of shelling its villages near the border.", "SYR", "ISR", "11"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), OWNED, ids=[c[0][:40] for c in OWNED])
def test_its_refers_to_the_reporting_subject_by_number(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


PARTIES = [
    ("US-born Labour MP John Smith criticised the Israeli government.", "GBRLEG"),
    ("Pro-Israeli Labour MPs criticised the Iranian government.", "GBRLEG"),
    # twins: a possessive or a bare demonym owns the party name
    ("Israel's Labour party criticised the British government.", "ISRPTY"),
    ("Israeli Labour MPs criticised the British government.", "ISRLEG"),
    ("Israel's opposition Labour party criticised the British government.", "ISROPP"),  # its standing between
]


@pytest.mark.parametrize(("text", "source"), PARTIES, ids=[c[0][:40] for c in PARTIES])
def test_a_party_name_takes_a_country_only_from_its_owner(code_text, text, source):
    triples = code_triples(code_text(text, DATE))
    assert any(s == source and c.startswith("11") for s, _, c in triples), triples
