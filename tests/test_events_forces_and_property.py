"""What armed forces do to places and property: forces that block roads impose a blockade (191), not a
protesters' obstruction (144); tearing down houses and setting fire to buildings destroy property (1712);
hemming fighters in encircles them (191); tanks that roll into a town take it (192); allies that advance
together do not fight each other; troops backed by aircraft are not supported by another party.
Sentences we wrote in wire style, with sentences beside them that must keep the other reading or give
no event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

CODED = [
    ("Israeli troops blocked the main roads into Nablus on Friday.", "ISRMIL", "191"),
    ("Turkish police blocked the road to the Kurdish town of Cizre.", "TURCOP", "191"),
    ("Israeli troops tore down three houses in the Rafah refugee camp.", "ISRMIL", "1712"),
    ("Rioters set fire to the police station in Lagos on Sunday.", "NGA", "1712"),
    ("Sri Lankan troops have hemmed in Tamil Tiger rebels in the northeast.", "LKAMIL", "191"),
    ("Russian tanks rolled into the Georgian town of Gori on Tuesday.", "RUS", "192"),
]


@pytest.mark.parametrize(("text", "source", "code"), CODED, ids=[c[0][:40] for c in CODED])
def test_what_forces_do_to_places_and_property(code_text, text, source, code):
    triples = code_triples(code_text(text, "2008-08-12"))
    assert any(s.startswith(source) and c == code for s, _, c in triples), triples


def test_protesters_that_block_roads_obstruct_and_impose_no_blockade(code_text):
    triples = code_triples(code_text("Protesters blocked the main roads into Nablus on Friday.", "2008-08-12"))
    assert any(c == "144" for _, _, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_allies_that_advance_together_do_not_fight_each_other(code_text):
    triples = code_triples(code_text("US and Iraqi forces pushed into the city of Fallujah on Monday.", "2004-11-12"))
    assert any(s.startswith("USA") and c.startswith("19") for s, _, c in triples), triples
    assert not any(s.startswith("USA") and t.startswith("IRQMIL") for s, t, _ in triples), triples
    assert not any(s.startswith("IRQ") and t.startswith("USA") for s, t, _ in triples), triples


def test_sides_that_clash_still_fight_each_other(code_text):
    triples = code_triples(code_text("Indian and Pakistani troops clashed along the border.", "2002-01-12"))
    assert ("INDMIL", "PAKMIL", "190") in triples and ("PAKMIL", "INDMIL", "190") in triples, triples


def test_troops_backed_by_aircraft_are_not_supported_by_a_party(code_text):
    text = "Afghan troops backed by American aircraft attacked Taliban positions in Helmand."
    triples = code_triples(code_text(text, "2009-06-12"))
    assert any(s.startswith("AFGMIL") and c.startswith("19") for s, _, c in triples), triples
    assert not any(c.startswith("05") for _, _, c in triples), triples


NO_EVENT = [
    "The poster was withdrawn from the party's website on Friday.",
    "The company pulled the drug from the market in 2004.",
    "Share prices surged into record territory on Wall Street.",
    "Workers tore down the old stadium to make way for a shopping centre.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_removals_and_surges_that_are_no_political_act_give_no_event(code_text, text):
    events = code_text(text, "2005-02-12")
    assert events == (), code_triples(events)


RAIDS = [
    ("Al-Shabaab insurgents raided a military base outside Kismayo on Sunday.", "SOMREB", "190"),
    ("Israeli troops raided the Jenin refugee camp overnight.", "ISRMIL", "190"),
    # a police raid is coercion, not an attack
    ("Turkish police raided the offices of an opposition newspaper in Istanbul.", "TURCOP", "170"),
]


@pytest.mark.parametrize(("text", "source", "code"), RAIDS, ids=[c[0][:40] for c in RAIDS])
def test_a_raid_by_fighters_is_an_attack_and_by_police_coercion(code_text, text, source, code):
    triples = code_triples(code_text(text, "2012-07-02"))
    assert any(s.startswith(source) and c == code for s, _, c in triples), triples
