"""CAMEO choices the codebook settles: taking a stronghold is occupying territory (192), not an arrest;
charges and indictments are legal action (115; war crimes 1124), not detention (173); a threat stays a
threat whatever its complement reads as alone; an announced cut in aid is the cut (162) unless it is
made to hang on a condition (1311). Sentences we wrote in wire style, with sentences beside them that
must keep the other reading or give no event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def _has(triples: list[tuple[str, str, str]], source: str, target: str, prefix: str) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c.startswith(prefix) for s, t, c in triples)


TAKEN_PLACES = [
    ("Burmese troops captured a rebel stronghold near the Thai border on Monday.", "MMRMIL"),
    ("Sudanese troops captured part of a rebel stronghold after three days of fighting.", "SDNMIL"),
    ("Syrian government forces recaptured the border crossing from rebels on Sunday.", "SYR"),
    ("Kurdish fighters seized an army outpost outside the town, a spokesman said.", ""),
]


@pytest.mark.parametrize(("text", "source"), TAKEN_PLACES, ids=[c[0][:40] for c in TAKEN_PLACES])
def test_taking_a_military_place_is_occupying_territory(code_text, text, source):
    triples = code_triples(code_text(text, "2004-03-01"))
    assert _has(triples, source, "", "192"), triples
    assert not any(c == "173" for _, _, c in triples), triples


def test_capturing_people_stays_an_arrest(code_text):
    triples = code_triples(code_text("Pakistani police captured two suspected militants in Karachi.", "2004-03-01"))
    assert _has(triples, "PAKCOP", "", "173"), triples


def test_a_stronghold_captured_in_a_quotation_of_the_police_is_not_their_accusation(code_text):
    text = "Burmese troops have captured a Karen guerrilla stronghold after five days of fighting, Thai police said."
    triples = code_triples(code_text(text, "1995-02-01"))
    assert _has(triples, "MMRMIL", "", "192"), triples
    assert not any(s.startswith("THA") for s, _, _ in triples), triples


CHARGES = [
    ("Two Greek coast guard officers were charged with manslaughter on Friday.", "GRCJUD", "GRC", "115"),
    ("An Istanbul court charged the opposition mayor with corruption on Friday.", "TUR", "", "115"),
    ("Two Kenyan ministers were indicted for genocide by the tribunal.", "", "KEN", "1124"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), CHARGES, ids=[c[0][:40] for c in CHARGES])
def test_a_charge_is_legal_action_not_detention(code_text, text, source, target, code):
    triples = code_triples(code_text(text, "2004-10-01"))
    assert _has(triples, source, target, code), triples
    assert not any(c == "173" for _, _, c in triples), triples


def test_an_arrest_and_a_sentence_stay_detention(code_text):
    text = "Egyptian police arrested a Muslim Brotherhood leader in Cairo on Tuesday."
    assert _has(code_triples(code_text(text, "2004-10-01")), "EGYCOP", "", "173")


THREATS = [
    ("Al-Qaeda has threatened to deliver devastating blows to the United States.", "USA"),
    ("North Korea threatened to turn Seoul into a sea of fire.", "KOR"),
]


@pytest.mark.parametrize(("text", "target"), THREATS, ids=[c[0][:40] for c in THREATS])
def test_a_threat_is_a_threat_whatever_its_complement(code_text, text, target):
    triples = code_triples(code_text(text, "2004-10-01"))
    assert _has(triples, "", target, "13"), triples
    assert all(c.startswith("13") for _, _, c in triples), triples


ANNOUNCED_CUTS = [
    "The United States announced Wednesday it would prohibit all aid to the rebels in Macedonia.",
    "The European Union said on Monday it would suspend aid to Niger after the coup.",
]


@pytest.mark.parametrize("text", ANNOUNCED_CUTS)
def test_an_announced_cut_in_aid_is_the_cut(code_text, text):
    triples = code_triples(code_text(text, "2001-03-01"))
    assert any(c.startswith("16") for _, _, c in triples), triples
    assert not any(c.startswith("13") for _, _, c in triples), triples


def test_a_cut_in_aid_made_to_hang_on_a_condition_is_a_threat(code_text):
    text = "The United States said it will cut aid to Egypt if the army does not hand power to civilians."
    triples = code_triples(code_text(text, "2011-03-01"))
    assert _has(triples, "USA", "EGY", "1311"), triples
    assert not any(c.startswith("16") for _, _, c in triples), triples


NO_EVENT = [
    # charges and captures of something that is no actor, and sports
    "The company charged a fee of ten dollars for each ticket.",
    "The film captured the mood of the city in the 1960s.",
    "Manchester United captured the league title on Sunday.",
    # a capture that did not happen
    "The troops failed to capture the stronghold.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_charges_and_captures_that_are_no_political_act_give_no_event(code_text, text):
    events = code_text(text, "2004-10-01")
    assert events == (), code_triples(events)


LABOUR_STRIKES = [
    ("Postal workers struck for a second day over pay.", "143"),
    ("Unions threatened to strike over the government's pension plan.", "133"),
    ("Dock workers in Rotterdam threatened to strike next week.", "133"),
]


@pytest.mark.parametrize(("text", "code"), LABOUR_STRIKES, ids=[c[0][:40] for c in LABOUR_STRIKES])
def test_a_strike_by_workers_stops_work_and_attacks_no_one(code_text, text, code):
    triples = code_triples(code_text(text, "2005-01-20"))
    assert any(s.endswith("LAB") and c == code for s, _, c in triples), triples
    assert not any(c.startswith(("18", "19", "138")) for _, _, c in triples), triples


def test_a_strike_by_fighters_is_still_an_attack(code_text):
    triples = code_triples(code_text("Taliban fighters struck a police post in Helmand on Sunday.", "2009-01-20"))
    assert any(c.startswith("19") for _, _, c in triples), triples
    assert not any(c.startswith("14") for _, _, c in triples), triples


CUTS_PRESSURE_AND_PEACEKEEPERS = [
    # cutting food or relief supplies is cutting humanitarian aid (1623)
    ("The United Nations on Tuesday reduced food supplies to a Sudanese refugee camp in Chad.", "IGOUNO", "1623"),
    ("The World Food Programme halted relief deliveries to Somalia after the attack.", "", "1623"),
    # pressing someone to act is a verbal demand (the codebook's 1052 example), not coercion (170)
    ("Iranian authorities have been pressuring bus workers to cancel their strike.", "IRNGOV", "10"),
    # peacekeepers that arrive somewhere keep the peace there (074), a leader that arrives visits (042)
    ("NATO peacekeeping troops arrived in Bosnia on Saturday.", "IGOWSTNAT", "074"),
    ("Chinese President Hu Jintao arrived in Moscow on Monday.", "CHNGOV", "042"),
]


@pytest.mark.parametrize(
    ("text", "source", "code"), CUTS_PRESSURE_AND_PEACEKEEPERS, ids=[c[0][:40] for c in CUTS_PRESSURE_AND_PEACEKEEPERS]
)
def test_aid_cuts_pressure_and_arrivals_take_the_codebook_code(code_text, text, source, code):
    triples = code_triples(code_text(text, "2004-11-02"))
    assert any(s.startswith(source) and c.startswith(code) for s, _, c in triples), triples


def test_pressure_is_no_coercion(code_text):
    triples = code_triples(code_text("Washington is pressuring Seoul to open its rice market.", "2004-11-02"))
    assert any(c.startswith("10") for _, _, c in triples), triples
    assert not any(c.startswith("17") for _, _, c in triples), triples


CHARGING_AT_PEOPLE = [
    "Indian police on Sunday charged at stone-throwing protesters in Srinagar.",
    "Soldiers charged into the crowd of demonstrators.",
]


@pytest.mark.parametrize("text", CHARGING_AT_PEOPLE)
def test_charging_at_people_is_an_assault_not_a_legal_charge(code_text, text):
    triples = code_triples(code_text(text, "2010-07-02"))
    assert any(c.startswith("18") for _, _, c in triples), triples
    assert not any(c.startswith(("115", "173")) for _, _, c in triples), triples


DISARMING = [
    ("Hundreds of Maoist rebels handed over their weapons to UN monitors on Monday.", "REB", "0873"),
    # promised, it is an intention to demobilise (0356)
    ("The Colombian rebels said they will lay down their arms next year.", "COLREB", "0356"),
]


@pytest.mark.parametrize(("text", "source", "code"), DISARMING, ids=[c[0][:40] for c in DISARMING])
def test_giving_up_weapons_is_disarming(code_text, text, source, code):
    triples = code_triples(code_text(text, "2007-01-16"))
    assert any(s.endswith(source) or s.startswith(source) for s, _, c in triples if c == code), triples


def test_destroying_a_weapons_cache_is_no_disarming(code_text):
    text = "Afghan troops destroyed a Taliban weapons cache in Kandahar on Monday."
    triples = code_triples(code_text(text, "2007-01-16"))
    assert not any(c.startswith("087") for _, _, c in triples), triples


WARNED_FORCE = [
    ("Iran warned it would retaliate against Israel.", "IRN", "ISR"),
    ("Tehran warned on Sunday that it would retaliate against any attack.", "IRN", ""),
    ("North Korea said it would strike back if provoked.", "PRK", ""),
]


@pytest.mark.parametrize(("text", "source", "target"), WARNED_FORCE, ids=[c[0][:40] for c in WARNED_FORCE])
def test_a_warning_that_one_will_use_force_is_a_threat_of_force(code_text, text, source, target):
    triples = code_triples(code_text(text, "2012-02-02"))
    assert any(s.startswith(source) and t.startswith(target) and c.startswith("138") for s, t, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


WARNED_NO_THREAT = [
    "The minister warned that the economy would shrink next year.",
    "Economists warned that inflation would rise.",
]


@pytest.mark.parametrize("text", WARNED_NO_THREAT)
def test_a_warning_of_what_will_happen_is_no_threat(code_text, text):
    events = code_text(text, "2012-02-02")
    assert events == (), code_triples(events)
