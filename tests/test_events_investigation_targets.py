"""Investigations into a deed (CAMEO 09): the one investigated is the deed's owner ("investigating an
alleged fraud by a Venezuelan bank"). Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2010-05-20"

INVESTIGATED = [
    ("Argentine police are investigating an alleged fraud by a Venezuelan bank.", "ARG", "VEN"),
    ("Italian prosecutors are investigating Microsoft's tax payments.", "ITA", "USA"),
    ("French prosecutors opened an inquiry into the Russian company's accounts.", "FRA", "RUS"),
    # the perpetrators of the abuses looked into are the target (codebook, 092-094)
    ("Serbia is investigating alleged abuses by Bosnian soldiers against civilians.", "SRB", "BIH"),
]


@pytest.mark.parametrize(("text", "source", "target"), INVESTIGATED, ids=[c[0][:40] for c in INVESTIGATED])
def test_the_owner_of_the_deed_is_investigated(code_text, text, source, target):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and t.startswith(target) and c.startswith("09") for s, t, c in triples), triples


def test_a_deed_with_no_owner_names_no_target(code_text):
    # "the bombing" has no doer named: no one is made the target of the investigation
    triples = code_triples(code_text("Indian police are investigating the bombing.", DATE))
    assert not any(c.startswith("09") and t for _, t, c in triples), triples


def test_the_owner_is_never_the_investigator(code_text):
    # the police's own conduct looked into by themselves names no other party
    triples = code_triples(code_text("Kenyan police are investigating their own conduct.", DATE))
    assert not any(c.startswith("09") and t.startswith("KENCOP") for _, t, c in triples), triples


def test_investigated_unit():
    """Only investigations look for the owner of their object."""
    from eventscribe.events.frame import Classification
    from eventscribe.events.investigations import investigated

    class Actors:  # records what was asked
        asked: tuple[int, ...] = ()

        def owners(self, heads, source):
            self.asked = heads
            return ["owner"]

    class Clause:
        targets = ((4,), (7,))

    actors = Actors()
    assert investigated(Clause(), Classification("091", 0.9, "investigate"), actors, None) == ["owner"]
    assert actors.asked == (4, 7)
    assert investigated(Clause(), Classification("111", 0.9, "criticize"), Actors(), None) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The American journalist went into the jungle to investigate links between Peruvian guerrillas and"
         " the cocaine trade.", "PER"),
        ("Diplomats investigated a report that an Australian oil engineer had been abducted.", "AUS"),
    ],
)  # fmt: skip
def test_a_party_named_deep_inside_what_is_investigated_is_no_target(code_text, text, party):
    # the links, the report are looked into; the guerrillas, the engineer are not investigated
    triples = code_triples(code_text(text, DATE))
    assert not [t for _, t, c in triples if c.startswith("09") and t.startswith(party)], triples


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The president ordered an investigation against Syria.", "SYR"),
        ("The UN inspectors inspected the reactors in North Korea.", "PRK"),
    ],
)
def test_a_party_in_the_phrase_of_what_is_investigated_is_its_target(code_text, text, party):
    triples = code_triples(code_text(text, DATE))
    assert [t for _, t, c in triples if c.startswith("09") and t.startswith(party)], triples
