"""Stock tickers in angle brackets ("Union Carbide Corp <UK>") are newswire markup, never a party: the
mention finder leaves them out (``events.tickers``), while a name in brackets and a country named in the
open stay mentions."""

from __future__ import annotations

import pytest
from conftest import sentence_from_rows

from eventscribe.events.tickers import ticker_tokens


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
