"""Words that lend a mention no country: the victims named after a doer of harm ("the Iraqi kidnappers of
two French journalists" are Iraqi), and a country named on money ("reserves in U.S. dollars", "the
Japanese yen"), which is no actor, no country of the story and no place of the act. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest


def _codes(events) -> set[str]:
    return {a.code for e in events for a in (e.source, e.target) if a is not None}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Iraqi kidnappers of two French journalists", "IRQCRM"),
        ("the killers of a British tourist", "CRM"),
    ],
)
def test_the_victims_of_a_doer_of_harm_lend_it_no_country(resolver, text, code):
    actor = resolver.resolve_text(text, date=dt.date(2004, 8, 15))
    assert actor is not None and actor.code == code, actor


@pytest.mark.spacy
def test_kidnappers_are_not_of_their_hostages_country(code_text):
    events = code_text("The kidnappers of a Japanese engineer threatened to kill him.", "2004-10-28")
    sources = {e.source.code for e in events if e.source is not None}
    assert sources and not any(s.startswith("JPN") for s in sources), events


@pytest.mark.spacy
def test_a_doer_of_harm_keeps_its_own_nationality(code_text):
    events = code_text(
        "The Iraqi kidnappers of two French journalists demanded that France repeal its headscarf law.", "2004-09-03"
    )
    assert "IRQCRM" in {e.source.code for e in events if e.source is not None}, events


@pytest.mark.spacy
def test_the_people_of_an_of_phrase_still_lend_other_heads_their_country(code_text):
    # a near twin: "the employers of" are no doers of harm; they take the country of those they employ
    events = code_text("The employers of two French engineers criticised the Iraqi government.", "2004-09-03")
    assert any(e.source is not None and e.source.country == "FRA" for e in events), events


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "The ministry approved a one billion U.S. dollar investment by Japanese firms in Canada.",
        "Taiwan's central bank criticised the government for holding its reserves in U.S. dollars.",
    ],
)
def test_a_country_named_on_money_is_no_party(code_text, text):
    events = code_text(text, "1987-03-10")
    assert events and not any(c.startswith("USA") for c in _codes(events)), events


@pytest.mark.spacy
def test_money_leaves_the_one_country_of_the_sentence_alone(code_text):
    events = code_text(
        "The Kenyan parliament criticised the government for keeping its reserves in U.S. dollars.", "2008-05-02"
    )
    assert ("KENLEG", "KENGOV") in {(e.source.code, e.target.code) for e in events if e.target}, events


@pytest.mark.spacy
def test_a_government_named_beside_its_currency_is_still_a_party(code_text):
    events = code_text("Canadian officials criticised the U.S. government over the weak U.S. dollar.", "2004-03-10")
    assert "USAGOV" in _codes(events), events


@pytest.mark.spacy
def test_a_person_named_mark_is_no_currency(code_text):
    events = code_text("Opposition leader Mark Latham criticised the Australian government.", "2004-08-15")
    assert "AUSGOV" in _codes(events), events
