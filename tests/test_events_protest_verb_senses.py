"""Protest words used in their other senses ("the dollar rallied", "demonstrated a new chip", "troops
marched into the town"), beside near twins that keep their protest. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

NOT_PROTESTS = [
    # markets, prices and firms' shares recover
    "Japanese stocks rallied on Tuesday after the central bank cut interest rates.",
    "British shares rallied on Friday as oil prices fell.",
    "The Canadian dollar rallied on Wednesday.",
    "Toyota staged a strong rally on the Tokyo exchange.",
    # games: teams come back
    "The Chicago Bulls rallied past the Miami Heat 98-95 on Sunday.",
    # rallying others is gathering support
    "Rallying a party shaken by defeat, the Australian opposition leader promised a new start.",
    # demonstrating a thing is showing it
    "Samsung demonstrated a folding phone at a trade fair in Berlin.",
    "Microsoft demonstrated its new software to Chinese officials.",
    "The Indian government demonstrated its commitment with new spending cuts.",
    "It was a fine day of cricket when Australia demonstrated, once again, why they are the best side in the world.",
    "French driver Sebastien Loeb won his first motor rally of Australia on Sunday.",
    # soldiers marching move, they do not protest
    "Turkish troops marched into the Syrian border town on Friday.",
]


@pytest.mark.parametrize("text", NOT_PROTESTS, ids=[t[:40] for t in NOT_PROTESTS])
def test_other_senses_give_no_protest(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("14") or c == "114" for _, _, c in triples), triples


PROTESTS = [
    ("Thousands of Kenyan teachers rallied outside parliament in Nairobi to demand higher pay.", "KEN", "14"),
    ("Hundreds of farmers rallied in Paris against the new fuel tax.", "FRA", "14"),
    ("Palestinians rallied in Gaza City against the Israeli blockade.", "PSE", "14"),
    ("Students demonstrated outside the education ministry in Santiago.", "CHL", "14"),
    ("Thousands of Chilean workers marched through Santiago to protest the pension reform.", "CHL", "14"),
    ("Opposition supporters held a rally in Dhaka to demand early elections.", "BGD", "14"),
]


@pytest.mark.parametrize(("text", "source", "code"), PROTESTS, ids=[c[0][:40] for c in PROTESTS])
def test_people_who_rally_or_demonstrate_protest(code_text, text, source, code):
    events = code_text(text, DATE)
    assert has_event(events, source, "", code), code_triples(events)


def test_rallying_behind_a_leader_is_endorsement(code_text):
    events = code_text("Republican senators rallied behind President Obama on Tuesday.", DATE)
    triples = code_triples(events)
    assert has_event(events, "USA", "", "051"), triples
    assert not any(c.startswith("14") for _, _, c in triples), triples
