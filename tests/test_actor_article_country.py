"""A national body named without its country ("the Senate") belongs to the country the article is about
when that country has such a body; the sentence alone would give the body's usual country (USA)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Article


def parse_one(pipeline, text: str):
    (parsed,) = pipeline.parser.pipe([Article(id="t", text=text, date=dt.date(2014, 7, 10))])
    return parsed.sentences[0]


def head_of(sentence, word: str) -> int:
    return next(t.i for t in sentence.tokens if t.text == word)


@pytest.mark.spacy
def test_the_senate_in_an_australian_story_is_australian(resolver, pipeline):
    sentence = parse_one(pipeline, "The Senate rejected the carbon tax bill on Thursday.")
    day = dt.date(2014, 7, 10)
    head = head_of(sentence, "Senate")
    assert resolver.resolve_span(sentence, head, date=day, article="AUS").code == "AUSLEG"
    assert resolver.resolve_span(sentence, head, date=day).code == "USALEG"


@pytest.mark.spacy
def test_an_article_country_that_has_no_such_body_does_not_take_it(resolver, pipeline):
    sentence = parse_one(pipeline, "The Senate rejected the bill on Thursday.")
    head = head_of(sentence, "Senate")
    assert resolver.resolve_span(sentence, head, date=dt.date(2014, 7, 10), article="GBR").code == "USALEG"


@pytest.mark.spacy
def test_a_country_named_in_the_sentence_beats_the_articles(resolver, pipeline):
    sentence = parse_one(pipeline, "The Senate rejected the bill, Philippine officials said.")
    head = head_of(sentence, "Senate")
    assert resolver.resolve_span(sentence, head, date=dt.date(2014, 7, 10), article="AUS").code == "PHLLEG"


@pytest.mark.spacy
def test_the_coder_passes_the_article_country_read_so_far(code_text):
    text = (
        "Australian Prime Minister Tony Abbott promised to scrap the carbon tax. "
        "Australia's Labor opposition vowed to fight the repeal in Canberra. "
        "The Senate rejected the government's bill on Thursday."
    )
    sources = {e.source.code for e in code_text(text, "2014-07-10") if e.source is not None}
    assert "AUSLEG" in sources and "USALEG" not in sources, sources


@pytest.mark.spacy
def test_a_body_in_the_first_sentence_takes_the_country_the_article_names_later(code_text):
    text = (
        "The Senate rejected the government's carbon tax repeal on Thursday. "
        "Australian Prime Minister Tony Abbott said Australia would try again."
    )
    sources = {e.source.code for e in code_text(text, "2014-07-10") if e.source is not None}
    assert "AUSLEG" in sources and "USALEG" not in sources, sources
