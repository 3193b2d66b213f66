"""Unnamed attacks told the way wire news tells them: a weapon as the subject in a headline-like parse
or beside another weapon, victims given only as a count, and a scene named by its country's adjective.
Sentences we wrote; each beside a near twin that must give no unidentified attacker (an accident, a
named doer, or no place)."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


PAIRS = [
    # the parser hangs "killed" on the weapon as a participle, yet it keeps its object: an active verb
    (
        "A suicide bombing killed at least seven people at a bus station in Haifa.",
        ("ISRUAF", "ISR", "18"),
        "A gas explosion killed at least seven miners at a colliery in Shanxi.",
    ),
    (
        "A roadside bombing killed at least three soldiers near Kandahar on Friday.",
        ("AFGUAF", "AFG", "18"),
        "A boiler explosion killed at least three workers near Kandahar on Friday.",
    ),
    # two weapons as one subject
    (
        "A mortar attack and a car bombing killed at least six people in Mosul on Sunday.",
        ("IRQUAF", "IRQ", "1"),
        "A flood and a landslide killed at least six people in Mosul on Sunday.",
    ),
    # a group of weapons as the subject
    (
        "A series of grenade blasts hit a rally in Dhaka, killing at least 13 people.",
        ("BGDUAF", "BGD", "183"),
        "A series of earthquakes hit a town in northern Bangladesh, killing at least 13 people.",
    ),
    # a bomb that "tore through" a place, its harm told by the participle after it
    (
        "A bomb tore through a market in Kano, wounding at least 38 people.",
        ("NGAUAF", "NGAPPL", "183"),
        "A fire tore through a market in Kano, wounding at least 38 people.",
    ),
    # a blast at works is an accident ("a power plant explosion"), a bomb's is not
    (
        "Nine people were killed in a bomb explosion in Baoding on Monday.",
        ("CHNUAF", "CHNPPL", "183"),
        "Nine people were killed in a power plant explosion in Baoding on Monday.",
    ),
    # victims only counted: the people of the scene
    (
        "A bomb exploded outside a bar in Pattani, killing one person and wounding 12.",
        ("THAUAF", "THAPPL", "183"),
        "A gas cylinder exploded outside a bar in Pattani, killing one person and wounding 12.",
    ),
    (
        "A grenade exploded at a market in Davao City, killing 14.",
        ("PHLUAF", "PHLPPL", "183"),
        "A bus overturned at a market in Davao City, killing 14.",
    ),
    # the scene named by the country's adjective
    (
        "A car bomb exploded on the edge of the Iraqi town of Baqubah, killing four policemen.",
        ("IRQUAF", "IRQ", "183"),
        "A car bomb exploded near an Iraqi official's convoy, killing four policemen.",
    ),
    (
        "A roadside bomb killed two soldiers near the Afghan town of Spin Boldak.",
        ("AFGUAF", "AFGMIL", "183"),
        "A passenger plane crashed near the Afghan town of Spin Boldak, killing two soldiers.",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "twin"), PAIRS, ids=[p[0][:40] for p in PAIRS])
def test_unnamed_attack_in_wire_style_is_coded_and_its_twin_is_not(code_text, text, wanted, twin):
    source, target, code = wanted
    triples = code_triples(code_text(text, "2010-05-20"))
    assert any(s == source and t.startswith(target) and c.startswith(code) for s, t, c in triples), triples
    others = code_triples(code_text(twin, "2010-05-20"))
    assert not any(s.endswith("UAF") for s, _, _ in others), others


def test_counted_victims_are_the_scene_people_only_when_the_doer_is_unnamed(code_text):
    # "12" names no one: the scene's people for an unnamed bomb, nobody's for named rebels
    unnamed = code_triples(code_text("A bomb went off at a bus stop in Kano, killing 12.", "2010-05-20"))
    assert ("NGAUAF", "NGAPPL", "183") in unnamed, unnamed
    named = code_triples(code_text("Rebels crossed the border into Chad, killing 12.", "2010-05-20"))
    assert not any(t.endswith("PPL") for _, t, _ in named), named
