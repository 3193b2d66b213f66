""" "his"/"her" owning the thing an act is aimed at ("rejected his demands") is the person named before
it, not an actor inside the thing; the source's own "his" gives no target. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2014-06-26"


def _first(events, root: str) -> tuple[str, str, str]:
    found = [t for t in code_triples(events) if t[2].startswith(root)]
    assert found, code_triples(events)
    return found[0]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "Colombian President Alvaro Uribe's visit to Peru ended badly when Lima rejected his demands "
            "for the extradition of rebels.",
            "12",
            "COLGOV",
        ),
        (
            "Turkish Prime Minister Recep Tayyip Erdogan arrived in Athens, and the Greek government "
            "rejected his offer of talks with Cypriot leaders.",
            "12",
            "TURGOV",
        ),
    ],
)
def test_his_thing_belongs_to_the_person_named_before(code_text, text, root, target):
    assert _first(code_text(text, DATE), root)[1] == target


def test_the_sources_own_his_is_no_target(code_text):
    triples = code_triples(code_text("The Kenyan president defended his decision to sack the police chief.", DATE))
    assert all(t[1] != t[0] for t in triples), triples
