"""The dated register of political actors (``actors/data/office_holders.txt``): its line format, the
elite standing out of office, and what it makes the resolver say about real office holders."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors.holders import HOLDERS_FILE, parse_holders
from eventscribe.actors.schema import read_data_text, validate_file
from eventscribe.errors import DataError


def spans(record: dict) -> set[tuple[str, str | None, str | None]]:
    return {(c["code"], c["start"], c["end"]) for c in record["codes"]}


def test_a_persons_lines_merge_and_out_of_office_is_the_national_elite():
    text = "p BOLGOV 2006-01-22 2019-11-10 Evo Morales; Morales\np BOLGOV 1997 1998-06 Evo Morales; Evo\n"
    (record,) = parse_holders(text)
    assert record["names"] == ["EVO MORALES", "MORALES", "EVO"] and record["kind"] == "person"
    assert spans(record) == {
        ("BOLGOV", "1997-01-01", "1998-06-30"),
        ("BOLGOV", "2006-01-22", "2019-11-10"),
        ("BOLELI", None, "1996-12-31"),
        ("BOLELI", "1998-07-01", "2006-01-21"),
        ("BOLELI", "2019-11-11", None),
    }


def test_an_undated_national_code_is_the_standing_between_offices():
    text = "p BOLGOV 2003-10-17 2005-06-09 Carlos Mesa\np BOLOPP - - Carlos Mesa\n"
    (record,) = parse_holders(text)
    assert ("BOLOPP", "2005-06-10", None) in spans(record) and ("BOLOPP", None, "2003-10-16") in spans(record)
    assert not any(code == "BOLELI" for code, _, _ in spans(record))


def test_an_international_office_keeps_the_nationality_for_the_years_around_it():
    text = "p CHLGOV 2014-03-11 2018-03-11 Michelle Bachelet\np IGOUNOHRI 2018-09-01 2022-08-31 Michelle Bachelet\n"
    (record,) = parse_holders(text)
    assert ("CHLELI", "2018-03-12", "2018-08-31") in spans(record)
    assert ("CHLELI", "2022-09-01", None) in spans(record)


def test_organisations_and_regions_are_undated():
    records = parse_holders("o SOMREB al-Shabaab; Al Shabab\nr GEO Abkhazia\n")
    assert [r["kind"] for r in records] == ["organisation", "region"]
    assert records[0]["names"] == ["AL SHABAAB", "AL SHABAB"]
    assert records[0]["codes"] == [{"code": "SOMREB", "start": None, "end": None}]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("p COLGOV 2021-02-30 - Diego Molano", "not a calendar date"),
        ("p COLGOV 2021 2020 Diego Molano", "ends"),
        ("p colgov 2021 - Diego Molano", "not an actor code"),
        ("p COLGOV 2021 Diego Molano", "not a date"),
        ("x COLGOV Diego Molano", "starts with 'p'"),
        ("o COLREB ELN; ", "every name"),
    ],
)
def test_a_malformed_line_names_the_line_and_the_problem(line, problem):
    with pytest.raises(DataError, match=problem) as caught:
        parse_holders("# header\n" + line + "\n")
    assert "line 2" in str(caught.value)


def test_the_packaged_register_is_broad_and_passes_the_actor_schema():
    records = parse_holders(read_data_text(HOLDERS_FILE))
    people = [r for r in records if r["kind"] == "person"]
    countries = {c["code"][:3] for r in people for c in r["codes"]}
    assert len(records) == validate_file(HOLDERS_FILE) > 1500
    assert len(people) > 1200 and len(countries) > 140


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Evo Morales", "2015-06-01", "BOLGOV"),
        ("former President Evo Morales", "2023-03-01", "BOLELI"),
        ("Ashraf Ghani", "2019-05-01", "AFGGOV"),
        ("Ashraf Ghani", "2022-05-01", "AFGELI"),
        ("Nicolas Sarkozy", "2010-05-01", "FRAGOV"),
        ("Nicolas Sarkozy", "2016-05-01", "FRAELI"),
        ("Mahathir Mohamad", "2019-01-10", "MYSGOV"),
        ("Mahathir Mohamad", "2010-01-10", "MYSELI"),
        ("Michelle Bachelet", "2020-01-10", "IGOUNOHRI"),
        ("Kemal Kilicdaroglu", "2021-01-10", "TUROPP"),
        ("Hemedti", "2024-01-10", "SDNREB"),
        ("Riek Machar", "2015-01-10", "SSDREB"),
        ("Riek Machar", "2021-01-10", "SSDGOV"),
        ("Ban Ki-moon", "2012-01-10", "IGOUNO"),
        ("Ban Ki-moon", "2019-01-10", "KORELI"),
    ],
)
def test_office_holders_resolve_by_the_date_of_the_mention(resolver, text, date, code):
    actor = resolver.resolve_text(text, date=dt.date.fromisoformat(date))
    assert actor is not None and actor.code == code


def test_a_minister_named_with_the_country_in_a_sentence_resolves(resolver):
    actor = resolver.resolve_text("Colombian Defence Minister Diego Molano", date=dt.date(2021, 5, 3))
    assert actor is not None and actor.code == "COLGOV"
    assert resolver.resolve_text("Ugandan opposition leader Bobi Wine", date=dt.date(2022, 1, 5)).country == "UGA"


def test_a_dated_organisation_line_changes_the_bodys_role_with_the_date():
    text = "d GBRPTY - - Labour; Labour Party\nd GBROPP 2010-05-11 2024-07-04 Labour\n"
    (record,) = parse_holders(text)
    assert record["kind"] == "organisation" and record["names"] == ["LABOUR", "LABOUR PARTY"]
    assert spans(record) == {("GBRPTY", None, None), ("GBROPP", "2010-05-11", "2024-07-04")}
