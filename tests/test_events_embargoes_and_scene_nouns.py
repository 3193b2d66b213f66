"""Trade cut off is an embargo (CAMEO 163), not an administrative ban (172); plastic bullets fired at a crowd
are crowd control (175); street vendors are civilians; a common noun naming whom
or where an event befell ("the school hostage siege") is not its doer. Sentences we wrote in wire style,
each beside a twin that keeps the other reading."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

EMBARGOES = [
    ("Norway's parliament has approved an extensive trade ban against South Africa.", "NOR", "ZAF"),
    ("The United States imposed an import ban on Iranian oil.", "USA", "IRN"),
    ("Japan banned further shipments of machine tools to North Korea.", "JPN", "PRK"),
]


@pytest.mark.parametrize(("text", "source", "target"), EMBARGOES, ids=[e[0][:40] for e in EMBARGOES])
def test_a_ban_on_trade_is_an_embargo(code_text, text, source, target):
    triples = code_triples(code_text(text, "1987-06-01"))
    assert any(s.startswith(source) and t.startswith(target) and c == "163" for s, t, c in triples), triples


def test_a_ban_on_a_party_stays_an_administrative_ban(code_text):
    triples = code_triples(code_text("The Egyptian government banned the Muslim Brotherhood.", "2013-12-25"))
    assert [c for _, _, c in triples if c.startswith("172")], triples


@pytest.mark.parametrize(
    "text",
    [
        "A Chechen warlord has claimed responsibility for the school hostage siege in southern Russia.",
        "The deadly school siege in Russia shocked the world.",
    ],
)
def test_the_scene_or_victim_of_an_event_noun_is_not_its_doer(code_text, text):
    for source, _, code in code_triples(code_text(text, "2004-09-20")):
        assert not source.endswith(("EDU", "CVL")), (source, code)


def test_a_doer_named_by_a_modifier_stays(code_text):
    triples = code_triples(code_text("Israeli air strikes on Gaza killed 20 people.", "2014-07-10"))
    assert any(s.startswith("ISR") and t.startswith("PSE") for s, t, _ in triples), triples


def test_plastic_bullets_fired_at_protesters_are_crowd_control(code_text):
    triples = code_triples(code_text("Police fired plastic bullets at protesters in Caracas.", "2004-06-19"))
    assert ("VENCOP", "VENOPP", "175") in triples, triples


def test_coordinated_weapons_and_forces_the_parser_nests_are_each_read(code_text):
    # parsed "[tear gas and plastic] bullets" and "[Police and National Guard] troops": the tear gas is
    # fired too, and the police fire it as the troops do
    text = (
        "Police and National Guard troops fired tear gas and plastic bullets at crowds of street vendors in "
        "Venezuela's capital Wednesday."
    )
    triples = code_triples(code_text(text, "2004-06-19"))
    assert {("VENCOP", "VENCVL", "175"), ("VENMIL", "VENCVL", "175")} <= set(triples), triples
    assert not [c for _, _, c in triples if c.startswith("19")], triples


def test_street_vendors_are_civilians(resolver):
    import datetime as dt

    actor = resolver.resolve_text("angry street vendors in Caracas", date=dt.date(2004, 6, 19), context="")
    assert actor is not None and actor.code == "VENCVL"


def test_nested_nationalities_name_the_heads_people_not_their_states(code_text):
    # "[US and British] activists": activists of each country, no act of the United States itself
    text = "US and British activists staged a protest in Beijing on Wednesday, unfurling Free Tibet banners."
    sources = {s for s, _, _ in code_triples(code_text(text, "2008-08-06"))}
    assert {"USAOPP", "GBROPP"} <= sources and "USA" not in sources, sources
