"""A weapon fired or launched "into" a place is an attack (CAMEO 194: "attack using artillery, tanks, and
rocket fire"), aimed at the place's country and, told in the passive with no doer, done by the side it
came "from"; one fired into the sea is a show of force (150), tear gas shells fired into a crowd are crowd
control (175), and "fired from his job" is no event.
Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2012-03-12"


def test_a_passive_launch_from_one_country_into_another(code_text):
    triples = code_triples(code_text("Two mortar rockets were fired from Lebanon into northern Israel.", DATE))
    assert any(s.startswith("LBN") and t.startswith("ISR") and c.startswith("19") for s, t, c in triples), triples


def test_an_active_launch_into_a_country_is_an_attack(code_text):
    triples = code_triples(code_text("Syrian troops fired rockets into southern Turkey.", DATE))
    assert any(s.startswith("SYR") and t.startswith("TUR") and c.startswith("19") for s, t, c in triples), triples
    assert not any(c == "150" for _, _, c in triples), triples


def test_missiles_fired_into_the_sea_are_no_attack(code_text):
    triples = code_triples(code_text("Iran fired three missiles into the Arabian Sea.", DATE))
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_fired_from_a_job_is_no_attack(code_text):
    triples = code_triples(code_text("Two Egyptian managers were fired from a bank in Cairo.", DATE))
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_the_rules_unit():
    from eventscribe.events.classify import classify
    from eventscribe.events.frame import VerbFrame

    into_town = classify(VerbFrame(verb="fire", objects=("rocket",), preps=(("into", "israel"),)))
    into_sea = classify(VerbFrame(verb="fire", objects=("missile",), preps=(("into", "sea"),)))
    assert into_town is not None and into_town.code == "194"
    assert into_sea is not None and into_sea.code == "150"


def test_tear_gas_shells_fired_into_a_crowd_are_crowd_control(code_text):
    triples = code_triples(code_text("Riot police fired tear gas shells into a crowd of students in Dhaka.", DATE))
    assert any(c == "175" for _, _, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples
    twin = code_triples(code_text("Militants fired mortar shells into a police compound in Dhaka.", DATE))
    assert any(c.startswith("19") for _, _, c in twin), twin
