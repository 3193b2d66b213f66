"""The dateline of a wire story ("KABUL, Afghanistan -") counts as one mention of its country when the
article's main country is weighed (``events.datelines``): roles that name no country take it where the
story names no other country more often. Datelines that name no country of the story: an unknown last
part ("ATHENS, Ga.") is not read as its city, and a news hub ("NEW YORK (Reuters)") carries foreign news;
force used on protesters whose country only the dateline gave makes no protest against their government.
Sentences of our own."""

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
        ("NAIROBI, Kenya - Opposition leaders called for new elections on Monday.", "KEN"),
        ("CARACAS (Reuters) - Oil workers walked out on Friday.", "VEN"),
        ("TEHRAN - The talks will resume next week, an official said.", "IRN"),
        ("Opposition leaders called for new elections on Monday.", ""),  # no dateline
        ("UN - The talks will resume next week, an official said.", ""),  # too short to be a dateline
        # a dateline that lost its dash ends before the article opening the story
        ("BAGHDAD, Iraq An advance party of British soldiers has arrived at its new base.", "IRQ"),
        ("WASHINGTON, The president met Putin.", ""),  # no place after the comma
    ],
)
def test_the_country_a_story_was_filed_from(parser, text: str, country: str) -> None:
    sentence = _first_sentence(parser, text)
    assert filed_country(sentence, dateline(sentence)) == country


def _pairs(events) -> set[tuple[str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "") for e in events}


@pytest.mark.spacy
def test_roles_of_a_story_take_its_datelines_country(code_text) -> None:
    events = code_text("ACCRA, Ghana (Reuters) - Angry students clashed with riot police on Thursday.", "2004-09-01")
    assert ("GHACVL", "GHACOP") in _pairs(events) or ("GHAEDU", "GHACOP") in _pairs(events), _pairs(events)


@pytest.mark.spacy
def test_without_a_dateline_the_roles_stay_of_no_country(code_text) -> None:
    events = code_text("Angry students clashed with riot police on Thursday.", "2004-09-01")
    assert events and all(e.source is None or not e.source.code.startswith("GHA") for e in events)
    assert all(e.source is None or e.source.code.startswith("---") for e in events), _pairs(events)


@pytest.mark.spacy
def test_a_country_the_story_names_more_often_wins_over_the_dateline(code_text) -> None:
    # filed from London, about Zimbabwe named twice: the police are Zimbabwe's
    text = (
        "LONDON (Reuters) - Zimbabwe's opposition said on Monday that police had arrested 40 of its members, "
        "a week before Zimbabwe votes."
    )
    sources = {e.source.code for e in code_text(text, "2004-09-01") if e.source is not None}
    assert "ZWECOP" in sources and "GBRCOP" not in sources, sources


@pytest.mark.spacy
def test_a_dateline_does_not_outweigh_a_country_the_story_names(code_text) -> None:
    # filed from Brussels, about Serbs named once: the dateline does not tie Serbia away (the appeal names
    # its addressee: an appeal to no one is no event, events/undirected.py)
    text = "BRUSSELS (Reuters) - Lawyers for the Serbian general asked the UN tribunal on Monday to delay the trial."
    sources = {e.source.code for e in code_text(text, "2004-09-01") if e.source is not None}
    assert any(c.startswith("SRB") for c in sources) and not any(c.startswith("BEL") for c in sources), sources


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


@pytest.mark.spacy
def test_a_dateline_without_its_dash_is_no_actor(code_text) -> None:
    events = code_text("BAGHDAD, Iraq An advance party of British soldiers attacked insurgents.", "2004-09-01")
    assert events and all(e.source and e.source.code == "GBRMIL" for e in events), _pairs(events)


def test_a_dateline_of_two_desks_is_no_party(code_text) -> None:
    # AG News, 2004: "BANGKOK/JEDDAH" is where the story was filed, not who set off the bomb
    text = (
        "BANGKOK/JEDDAH, 29 October 2004 - A bomb ripped through two bars in southern Thailand yesterday,"
        " killing two people and wounding about 20."
    )
    events = code_text(text, "2004-10-29")
    sources = {e.source.code[:3] for e in events if e.source is not None}
    assert sources == {"THA"}, sources
