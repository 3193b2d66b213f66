"""Datelines that name no country of the story (``events.datelines``): an unknown last part ("ATHENS,
Ga.") is not read as its city, and a news hub ("NEW YORK (Reuters)") carries foreign news; force used on
protesters whose country only the dateline gave makes no protest against their government. Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.events.datelines import filed_country
from eventscribe.events.mention_phrases import dateline
from eventscribe.model import Article


@pytest.fixture(scope="module")
def parser():
    from eventscribe.nlp.parse import Parser

    return Parser()


def _first_sentence(parser, text: str):
    return next(parser.pipe([Article(id="t", text=text, date=dt.date(2004, 9, 1))])).sentences[0]


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ATHENS, Ga. - Police arrested two men after a robbery.", ""),  # unknown state: not Greece
        ("ATHENS, Ala. - Police arrested two men after a robbery.", "USA"),  # known state
        ("ATHENS (Reuters) - Police arrested two men after a robbery.", "GRC"),  # bare city, no hub
        ("NEW YORK (Reuters) - Troops fired on marchers on Sunday.", ""),  # hub
        ("LONDON (Reuters) - Troops fired on marchers on Sunday.", ""),  # hub
        ("GENEVA - The talks will resume next week, an official said.", ""),  # hub
        ("NAIROBI, Kenya - Troops fired on marchers on Sunday.", "KEN"),  # no hub
    ],
)
def test_datelines_that_name_no_country(parser, text: str, country: str) -> None:
    sentence = _first_sentence(parser, text)
    assert filed_country(sentence, dateline(sentence)) == country


def _codes(events) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo.code) for e in events}


@pytest.mark.spacy
def test_an_unknown_state_leaves_the_police_without_country(code_text) -> None:
    codes = _codes(code_text("ATHENS, Ga. - Police arrested three men after a shooting."))
    assert not any(src.startswith("GRC") or tgt.startswith("GRC") for src, tgt, _ in codes)
    assert any(code == "173" for _, _, code in codes)


@pytest.mark.spacy
def test_a_hub_dateline_gives_no_country_and_no_protest(code_text) -> None:
    codes = _codes(code_text("NEW YORK (Reuters) - Security forces killed 10 protesters on Monday, witnesses said."))
    assert ("---COP", "---OPP", "190") in codes
    assert not any(code == "141" for _, _, code in codes)


@pytest.mark.spacy
def test_no_protest_from_a_country_the_dateline_alone_gives(code_text) -> None:
    codes = _codes(code_text("KABUL (Reuters) - Security forces killed 10 protesters on Monday, witnesses said."))
    assert ("AFGCOP", "AFGOPP", "190") in codes
    assert not any(code == "141" for _, _, code in codes)


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "KABUL (Reuters) - Afghan security forces killed 10 protesters on Monday, witnesses said.",
        "NAIROBI, Kenya - Police dispersed Kenyan protesters with tear gas.",
        "Police in Kenya dispersed Maasai protesters with tear gas.",
    ],
)
def test_a_country_the_story_names_keeps_the_protest(code_text, text: str) -> None:
    assert any(code == "141" for _, _, code in _codes(code_text(text)))
