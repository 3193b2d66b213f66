"""Stock tickers in angle brackets ("Union Carbide Corp <UK>") are newswire markup, never a party or a
place: the mention finder, the place finder and the article's country count leave them out
(``eventscribe.tickers``), while a name in brackets and a country named in the open stay."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import sentence_from_rows

from eventscribe.model import Entity
from eventscribe.tickers import ticker_tokens, without_tickers


def words(*texts: str):
    return sentence_from_rows([(t, t, "PROPN", "NNP", "dep", 0) for t in texts])


def test_a_capitalised_word_alone_in_angle_brackets_is_a_ticker():
    assert ticker_tokens(words("Union", "Carbide", "Corp", "<", "UK", ">", "said")) == {4}
    assert ticker_tokens(words("Berkshire", "<", "BRK.A", ">")) == {2}


def test_a_name_in_brackets_or_a_word_in_the_open_is_no_ticker():
    assert ticker_tokens(words("<", "Alcatel", "NV", ">", "said")) == frozenset()  # a name, two words
    assert ticker_tokens(words("the", "UK", "said")) == frozenset()
    assert ticker_tokens(words("<", "Alcatel", ">")) == frozenset()  # not capitals alone: a name
    assert ticker_tokens(words("<", "TOOLONGX", ">")) == frozenset()


def test_a_ticker_in_running_text_is_blanked_and_a_bracketed_name_is_kept():
    assert without_tickers("Foo Corp <UK> said") == "Foo Corp   said"
    assert without_tickers("<Alcatel NV> said") == "<Alcatel NV> said"
    assert without_tickers("the UK said") == "the UK said"


def test_the_articles_country_is_not_read_from_tickers(resolver):
    text = "Foo Corp <UK> said it signed a deal with Bar Inc <GE>."
    assert resolver.context_country(text) == ""
    assert resolver.context_country(text + " Prices rose in India.") == "IND"
    assert resolver.context_country("Foo Corp of the UK said it signed a deal.") == "GBR"  # in the open


def test_a_ticker_names_no_place_and_no_country_of_the_sentence(places):
    from eventscribe.places import _countries_named, find_places

    rows = [("Union", "Union", "PROPN", "NNP", "compound", 2), ("Carbide", "Carbide", "PROPN", "NNP", "compound", 2),
            ("Corp", "Corp", "PROPN", "NNP", "nsubj", 7), ("<", "<", "X", "XX", "punct", 2),
            ("UK", "UK", "PROPN", "NNP", "appos", 2), (">", ">", "X", "XX", "punct", 2),
            ("it", "it", "PRON", "PRP", "nsubj", 7), ("said", "say", "VERB", "VBD", "ROOT", 7)]  # fmt: skip
    sentence = replace(sentence_from_rows(rows), entities=(Entity("UK", "GPE", 4, 5),))
    assert find_places(sentence, places) == []
    assert _countries_named(sentence) == []
    rows[3:6] = [("in", "in", "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 5),
                 ("UK", "UK", "PROPN", "NNP", "pobj", 3)]  # fmt: skip
    open_uk = replace(sentence_from_rows(rows), entities=(Entity("UK", "GPE", 5, 6),))
    assert [p.country for _, p in find_places(open_uk, places)] == ["GBR"]
    assert _countries_named(open_uk) == ["GBR"]


@pytest.mark.spacy
def test_a_ticker_after_a_company_is_not_the_country_it_spells(code_text):
    events = code_text(
        "A judge hearing the Bhopal gas disaster case asked Union Carbide Corp <UK> and the Indian "
        "government to agree on interim compensation for the victims.",
        date="1987-04-02",
    )
    assert events
    assert all(not (e.target and e.target.code.startswith("GBR")) for e in events)
    assert all(not (e.source and e.source.code.startswith("GBR")) for e in events)


@pytest.mark.spacy
def test_the_country_named_in_the_open_is_still_a_party(code_text):
    events = code_text("A judge asked the UK and the Indian government to agree on compensation.", date="1987-04-02")
    assert any(e.target and e.target.code.startswith("GBR") for e in events)
