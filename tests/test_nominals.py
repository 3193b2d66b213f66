"""Nominal mentions: nationality words (adjectives and people forms) and role words give a country and
a role; religious leaders are REL first; a town or city named alone stands for its people."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.model import Place
from eventscribe.places import MemoryGazetteer


def answer(resolver, text, places=None, date=None) -> dict:
    day = dt.date.fromisoformat(date) if date else None
    return resolve_mention(resolver, MentionRecord("x", text, None, day), places)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kosovars", "KSV"),
        ("thousands of Slovaks", "SVK"),
        ("Salvadorans", "SLV"),
        ("New Zealanders", "NZL"),
        ("Saudis", "SAU"),
        ("Afghans", "AFG"),
        ("Congolese", "COD"),
        ("Emiratis", "ARE"),
        ("South Sudanese", "SSD"),
    ],
)
def test_people_forms_of_nationality_words_name_the_country(resolver, text, country):
    assert answer(resolver, text)["country"] == country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("French gendarmes", "FRACOP"),
        ("Congolese deputies", "CODLEG"),
        ("Icelandic fishermen", "ISLAGR"),
        ("Kenyan aid workers", "KENNGO"),
        ("Ethiopian opposition", "ETHOPP"),
        ("Nigerien paratroopers", "NERMIL"),
        ("Russian hackers", "RUSCRM"),
        ("Kuwait's emir", "KWTGOV"),
        ("Nigerian union leaders", "NGALAB"),
        ("South African trade union leaders", "ZAFLAB"),
        ("Korean union officials", "KORLAB"),
        ("Kenyan church leaders", "KENREL"),
    ],
)
def test_role_words_give_the_sector(resolver, text, code):
    assert answer(resolver, text)["code"] == code


@pytest.mark.parametrize("text", ["an Iraqi imam", "Coptic bishops in Egypt", "the chief rabbi of Israel"])
def test_religious_leaders_are_religious_first(resolver, text):
    result = answer(resolver, text)
    assert result["sectors"][:1] == ["REL"] and result["country"] in ("IRQ", "EGY", "ISR")


def test_a_former_office_holder_described_by_role_is_elite(resolver):
    assert answer(resolver, "former Malian prime minister")["code"] == "MLIELI"


@pytest.mark.parametrize(
    ("text", "code"),
    [("Sydney", "AUSCVL"), ("Bunia", "CODCVL"), ("Maiduguri", "NGACVL"), ("Tehran", "IRNGOV"), ("Georgia", "GEO")],
)
def test_a_town_named_alone_is_its_people_a_capital_its_government(resolver, places, text, code):
    assert answer(resolver, text, places)["code"] == code


def test_a_lower_case_word_is_no_place_even_if_a_town_has_that_name(resolver):
    gazetteer = MemoryGazetteer({"Savages": Place("Savages", "FRA", 45.0, 1.0)}, settlements=["Savages"])
    assert answer(resolver, "savages", gazetteer)["country"] == ""
    assert answer(resolver, "Savages", gazetteer)["code"] == "FRACVL"


def test_an_international_ngo_has_ngo_as_its_role(resolver):
    result = answer(resolver, "International Committee of the Red Cross")
    assert result["code"].startswith("NGO") and result["sectors"][0] == "NGO"


@pytest.mark.parametrize(
    ("text", "country"),
    [("North Kivu", "COD"), ("Rakhine State", "MMR"), ("Borno", "NGA"), ("Cabo Delgado", "MOZ"), ("Hodeidah", "YEM")],
)
def test_provinces_of_conflict_countries_name_their_country(resolver, places, text, country):
    assert answer(resolver, text, places)["country"] == country


def test_a_region_that_spans_countries_names_none(resolver, places):
    assert answer(resolver, "the Sahel", places)["country"] == ""


def test_nominals_list_each_country_once():
    """A country written twice in the YAML mapping keeps only its last line's demonyms."""
    import re
    from importlib import resources

    text = (resources.files("eventscribe.actors") / "data" / "nominals.yaml").read_text(encoding="utf-8")
    section = text.split("\ncountries:\n", 1)[1].split("\n\n", 1)[0]
    codes = re.findall(r"^  ([A-Z]{3}):", section, flags=re.MULTILINE)
    assert codes and len(codes) == len(set(codes)), sorted(c for c in set(codes) if codes.count(c) > 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Russian parliamentary delegation", "RUSLEG"),
        ("Parliamentary leaders", "LEG"),
        ("the parliamentary opposition", "OPP"),
    ],
)
def test_parliamentary_bodies_and_members_are_the_legislature(resolver, text, code):
    assert resolver.resolve_text(text, date=dt.date(2004, 9, 1)).code == code


def test_parliamentary_elections_are_no_actor(resolver):
    assert resolver.resolve_text("parliamentary elections", date=dt.date(2004, 9, 1)) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan's leading economic organisations", "JPNBUS"),
        ("German industrialists", "DEUBUS"),
        ("Indian business groups", "INDBUS"),
    ],
)
def test_bodies_of_business_named_by_what_they_are_are_business(resolver, text, code):
    assert resolver.resolve_text(text, date=dt.date(1987, 4, 2)).code == code


def test_an_economic_organisation_of_states_is_not_business(resolver):
    assert resolver.resolve_text("the Organisation for Economic Co-operation and Development").code.startswith("IGO")


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [("European Union leaders", "2004-06-01", "IGOEUREEC"), ("Soviet Union leaders", "1985-06-01", "SUNGOV")],
)
def test_leaders_of_a_named_union_are_not_labour(resolver, text, date, code):
    assert answer(resolver, text, date=date)["code"] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("congressional leaders", "USALEG"),
        ("congressional leaders of both parties", "USALEG"),
        ("a congressional committee", "USALEG"),
        ("Philippine congressional leaders", "PHLLEG"),
    ],
)
def test_congressional_bodies_are_the_legislature_of_a_congress(resolver, text, code):
    assert answer(resolver, text, date="2004-08-15")["code"] == code
