"""Fighters named by their patron take the patron's country and keep their own role ("guerrillas loyal
to Palestinian leader Yasser Arafat" are PSEREB in a Lebanese village, "forces loyal to Muammar Gaddafi"
LBYMIL), and a government's forces are of the state they strike in ("government warplanes pounded
rebel-held towns in northern Ivory Coast": CIVMIL); a "between" phrase the parser hung on the place a
clash erupted in still names its sides. Reuters and AG News sentences, and sentences we wrote in wire
style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "date", "pair"),
    [
        (
            "Amal militiamen attacked guerrillas loyal to Palestinian leader Yasser Arafat.",
            "1987-03-01",
            ("LBNREB", "PSEREB"),
        ),
        ("Forces loyal to Muammar Gaddafi shelled the rebel-held town of Zawiyah.", "2011-03-10", ("LBYMIL", "LBYREB")),
    ],
)
def test_fighters_loyal_to_a_patron_are_of_the_patrons_country(code_text, text, date, pair):
    found = {(s, t) for s, t, _ in code_triples(code_text(text, date))}
    assert pair in found, found


def test_troops_loyal_to_a_state_are_its_forces(code_text):
    found = {
        (s, t) for s, t, _ in code_triples(code_text("Troops loyal to Israel attacked Hamas militants.", "2004-08-17"))
    }
    assert ("ISRMIL", "PSEREBHMS") in found, found


def test_a_between_phrase_hung_on_the_scene_names_the_sides(code_text):
    text = (
        "Security sources in the southern port of Sidon said the clashes erupted in villages to the southeast"
        " between Amal and guerrillas loyal to Palestinian leader Yasser Arafat."
    )
    found = {(s[:3], t[:3], c[:2]) for s, t, c in code_triples(code_text(text, "1987-03-01"))}
    assert [p for p in found if p[2] == "19" and "LBN" in p[:2]], found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Government warplanes and helicopter gunships pounded rebel-held towns in northern Ivory Coast for a"
            " second day on Friday.",
            ("CIVMIL", "CIV"),
        ),
        ("Government forces shelled rebel positions in Darfur.", ("SDNMIL", "SDN")),
    ],
)
def test_government_forces_are_of_the_state_they_strike_in(code_text, text, pair):
    found = {(s, t) for s, t, _ in code_triples(code_text(text, "2004-11-05"))}
    assert pair in found, found


def test_government_forces_striking_a_state_named_whole_are_not_its_own(code_text):
    found = {(s, t) for s, t, _ in code_triples(code_text("Government troops shelled Israel.", "2004-11-05"))}
    assert ("ISRMIL", "ISR") not in found, found
