"""A motion of no confidence or censure passed or tabled against a government disapproves of it (111), a
deportation order issued against someone expels them (174), and people set on fire are assaulted (180),
where a building set on fire is property destroyed (1712). Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somalia's parliament passed a motion of no-confidence against the prime minister.", ("SOM", "SOM", "111")),
        ("Italy's parliament passed a motion of censure against the minister.", ("ITA", "ITA", "111")),
        ("Rioters set the police station on fire in Lagos.", ("NGA", "NGA", "1712")),
    ],
)
def test_motions_and_fires(code_text, text, expected):
    source, target, code = expected
    found = {(s[:3], t[:3], c) for s, t, c in code_triples(code_text(text, "2004-08-15"))}
    assert (source, target, code) in found, found


def test_a_bill_passed_is_no_disapproval(code_text):
    found = code_triples(code_text("Somalia's parliament passed a motion on the budget.", "2004-08-15"))
    assert not [c for _, _, c in found if c.startswith("11")], found


def test_a_deportation_order_is_an_expulsion(code_text):
    found = code_triples(code_text("Japan issued a deportation order against the American on Tuesday.", "2004-08-15"))
    assert [c for s, _, c in found if s == "JPN" and c == "174"], found


def test_people_set_on_fire_are_assaulted(code_text):
    # (a mob's violence is a riot, 145, whatever it did: insurgents here)
    text = "Insurgents in Mosul beat the Iraqi policemen and set them on fire."
    found = code_triples(code_text(text, "2004-11-25"))
    assert [c for _, _, c in found if c.startswith("18")] and "1712" not in [c for _, _, c in found], found


def test_a_pledge_to_protect_a_party_is_the_intent_of_military_protection(code_text):
    found = code_triples(code_text("President Reagan has pledged to protect Kuwaiti tankers.", "1987-04-01"))
    assert [c for s, t, c in found if s == "USAGOV" and t.startswith("KWT") and c == "0334"], found


def test_a_verb_the_parser_hung_on_its_subject_noun_keeps_that_subject(code_text):
    # parsed with "soldiers" as the root and "killed" its conjunct ("on Saturday shot" read as a noun)
    text = "Israeli soldiers on Saturday shot and killed a Hamas militant whom the military said was responsible."
    found = code_triples(code_text(text, "2004-10-01"))
    assert [c for s, t, c in found if s == "ISRMIL" and t.startswith("PSE") and c.startswith("19")], found


def test_one_ordered_under_house_arrest_is_held_by_the_courts_of_his_country(code_text):
    text = "Augusto Pinochet, the former Chilean dictator, was ordered under house arrest yesterday."
    found = code_triples(code_text(text, "2004-12-14"))
    assert [c for s, t, c in found if s == "CHLJUD" and t.startswith("CHL") and c == "173"], found


def test_trades_written_in_one_word_are_labour(resolver):
    import datetime as dt

    for word in ("bankworkers", "autoworkers", "mineworkers"):
        actor = resolver.resolve_text(f"Brazil's {word}", date=dt.date(1987, 4, 1), context="")
        assert actor is not None and actor.code == "BRALAB", (word, actor)


def test_a_conjunct_that_shares_the_reports_auxiliary_is_the_speakers_act(code_text):
    # "has accused" hung on the reported "are subjected" shares the report's "has": the Soviet Union accuses
    text = (
        "For its part the Soviet Union has said its diplomatic missions in the United States are subjected to"
        ' surveillance and has accused Washington of "spy-mania."'
    )
    found = code_triples(code_text(text, "1987-04-01"))
    assert ("SUN", "USAGOV", "112") in found, found
