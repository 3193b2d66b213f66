"""Air strikes: violence done by aircraft named as its doer ("Turkish jets destroyed weapon depots") is
CAMEO 195, and an armed "strike" ("an air strike by Syrian forces killed …") is a weapon whose user is
the doer. Sentences we wrote in wire style, beside ones that must not give an air strike."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2016-05-20"

AIR_STRIKES = [
    ("Turkish jets destroyed weapon depots used by Kurdish militants in northern Iraq.", "TUR"),
    ("The Syrian Air Force destroyed a rebel convoy near Idlib on Tuesday.", "SYR"),
    ("Israeli warplanes struck a Hamas training camp in Gaza.", "ISR"),
    ("Russian helicopters attacked Chechen rebels in the mountains.", "RUS"),
]


@pytest.mark.parametrize(("text", "source"), AIR_STRIKES, ids=[c[0][:40] for c in AIR_STRIKES])
def test_violence_by_aircraft_is_an_air_strike(code_text, text, source):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and c == "195" for s, _, c in triples), triples


def test_an_armed_strike_by_forces_is_their_act(code_text):
    text = "An air strike by Syrian government forces killed 29 soldiers in Idlib province."
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith("SYR") and c[:2] in ("18", "19") for s, _, c in triples), triples


NO_AIR_STRIKE = [
    # a suicide bomber is a person, not an aircraft
    "A suicide bomber killed four soldiers at an army checkpoint in Kashmir.",
    # aircraft that carry aid or fly past attack no one
    "Russian helicopters carried aid to the flooded region.",
    "Turkish jets flew over the Greek island of Lesbos.",
    # a strike by workers is a labour strike
    "A strike by dock workers closed the port of Antwerp.",
]


@pytest.mark.parametrize("text", NO_AIR_STRIKE)
def test_no_air_strike_without_aircraft_doing_violence(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c == "195" for _, _, c in triples), triples


LEFT_DEAD = [
    ("A car bomb left 12 people dead in Baghdad on Sunday.", "18"),
    ("Rebel attacks left three Indian soldiers wounded in Kashmir.", "19"),
]


@pytest.mark.parametrize(("text", "root"), LEFT_DEAD, ids=[c[0][:40] for c in LEFT_DEAD])
def test_an_attack_that_left_people_dead_is_violence(code_text, text, root):
    triples = code_triples(code_text(text, DATE))
    assert any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text", ["The floods left 200 people dead in Bangladesh.", "The attack left the town of Kunduz without power."]
)
def test_a_disaster_or_a_loss_of_power_left_is_no_casualty_attack(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in triples), triples
