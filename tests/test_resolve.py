"""``eventscribe resolve`` and the mention records behind it: the contract of DESIGN.md, dated roles,
nominal mentions that take their country from the context, and bad records."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, parse_date, read_mentions, resolve_mention
from eventscribe.errors import RecordError
from eventscribe.places import Gazetteer

CONTRACT_KEYS = {"id", "code", "country", "sectors", "name"}


def answer(resolver, text, context=None, date=None, places=None) -> dict:
    day = dt.date.fromisoformat(date) if date else None
    return resolve_mention(resolver, MentionRecord("x", text, context, day), places)


def test_a_former_office_holder_keeps_the_country_not_the_office(resolver):
    former = answer(resolver, "former President Nazarbayev", date="2023-05-01")
    assert former["country"] == "KAZ" and "GOV" not in former["sectors"]
    assert answer(resolver, "ex-Prime Minister Boris Johnson", date="2023-05-01")["sectors"] == ["ELI"]


def test_a_leader_is_government_only_while_in_office(resolver):
    assert answer(resolver, "Justin Trudeau", date="2020-03-01")["code"] == "CANGOV"
    assert answer(resolver, "Justin Trudeau", date="2025-06-01")["code"] == "CANELI"
    assert answer(resolver, "Kassym-Jomart Tokayev", date="2022-01-05")["code"] == "KAZGOV"


def test_nominal_mentions_take_their_country_from_the_text_or_the_context(resolver):
    assert answer(resolver, "Iraqi officials")["country"] == "IRQ"
    assert answer(resolver, "the Hamas leader")["code"].startswith("PSE")
    minister = answer(resolver, "the minister", context="Iranian President Hassan Rouhani spoke in Tehran.")
    assert minister["country"] == "IRN" and minister["sectors"] == ["GOV"]
    assert answer(resolver, "security forces", context="Syrian troops shelled Homs.")["country"] == "SYR"


def test_text_that_names_no_political_actor_has_an_empty_country(resolver):
    for text in ("a cat", "puppies", "the weather"):
        got = answer(resolver, text)
        assert got["country"] == "" and got["code"] == ""


def test_a_place_gives_its_country_to_a_role_named_beside_it():
    places = Gazetteer.load()
    resolver = ActorResolver()
    assert answer(resolver, "Shanghai authorities", places=places)["country"] == "CHN"
    assert answer(resolver, "Sydney", places=places)["country"] == "AUS"


def test_a_name_that_only_starts_with_a_known_word_is_another_person(resolver):
    # "Douglas" is a capital (Isle of Man); "Bobi" is a person of the dictionaries
    assert answer(resolver, "Douglas Paul James")["country"] == ""
    assert answer(resolver, "Bobi Wine", date="2024-06-01")["country"] == "UGA"
    assert answer(resolver, "Bobi Kyeyune")["country"] == ""
    # a country or capital that starts a body's name gives the body its country
    assert answer(resolver, "Pakistan Tehreek-e-Insaf")["country"] == "PAK"
    assert answer(resolver, "Kuwait City")["country"] == "KWT"
    assert answer(resolver, "Israel Katz", date="2024-06-01")["country"] == "ISR"


def test_the_whole_text_naming_a_place_beats_a_dictionary_name_for_part_of_it():
    places = Gazetteer.load()
    assert answer(ActorResolver(), "Khan Younis", places=places)["country"] == "PSE"


def test_a_title_before_a_name_gives_the_office_the_article_states(resolver):
    assert answer(resolver, "US Senator Marco Rubio", date="2025-06-01")["code"] == "USALEG"
    assert answer(resolver, "Marco Rubio", date="2025-06-01")["code"] == "USAGOV"
    # a group code is kept: the title does not turn a Hamas leader into a Palestinian official
    assert answer(resolver, "Hamas political chief Ismail Haniyeh", date="2020-01-01")["code"] == "PSEREBHMS"


def test_a_role_word_before_a_demonym_is_kept(resolver):
    assert answer(resolver, "ordinary Kazakhs")["code"] == "KAZCVL"
    assert answer(resolver, "Iranian officials")["code"] == "IRNGOV"


def test_international_bodies_and_armed_groups_in_the_news_are_known(resolver):
    expected = {
        "Gulf Cooperation Council": "IGO",
        "Shanghai Cooperation Organisation": "IGO",
        "IRGC": "IRN",
        "Kataib Hezbollah": "IRQ",
        "Pakistani Taliban": "PAK",
        "Qassam Brigades": "PSE",
        "TPLF": "ETH",
    }
    for text, country in expected.items():
        assert answer(resolver, text)["country"] == country, text


def test_dates_are_iso_or_today_and_anything_else_is_refused():
    assert parse_date("2014-06-26") == dt.date(2014, 6, 26)
    assert parse_date("today", today=dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert parse_date("") is None
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        parse_date("last week")


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_is_read():
    lines = ['{"id": "1", "text": "Iraqi officials"}', "not json", '{"id": "2"}', '{"id": "3", "text": "UN"}']
    items = list(read_mentions(lines, "m.jsonl"))
    errors = [i for i in items if isinstance(i, RecordError)]
    assert [e.where for e in errors] == ["m.jsonl:2", "m.jsonl:3"]
    assert [i.id for i in items if isinstance(i, MentionRecord)] == ["1", "3"]


def test_resolve_command_writes_one_contract_line_per_valid_record(tmp_path):
    source = tmp_path / "actors.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Israeli troops"}),
                "{broken",
                json.dumps({"id": "b", "text": "the president", "context": "Russia", "date": "2014-06-26"}),
                json.dumps({"id": "c", "text": "a cat"}),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "eventscribe.cli", "resolve", str(source), "--output", str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1  # one bad record
    assert f"{source}:2" in result.stderr and "Traceback" not in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert all(set(r) == CONTRACT_KEYS for r in rows)
    assert rows[0]["code"] == "ISRMIL" and rows[1]["code"] == "RUSGOV" and rows[2]["country"] == ""


@pytest.mark.parametrize("text", ["Jorge Fajardo", "Pedro Galvez", "Ana Lucia Medina", "Douglas Paul James"])
def test_an_unknown_person_is_not_a_known_surname_or_a_city_of_the_same_name(resolver, text):
    assert answer(resolver, text)["country"] == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [("Mr Putin", "RUSGOV"), ("Sheikh Tamim", "QATGOV"), ("Barack H. Obama", "USA"), ("Sergey Lavrov", "RUSGOV")],
)
def test_titles_initials_and_spelling_variants_keep_the_person(resolver, text, code):
    assert answer(resolver, text, date="2016-03-01")["code"].startswith(code)
