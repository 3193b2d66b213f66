"""Long texts are cut into bounded segments that cover them exactly, preferring line breaks."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Article
from eventscribe.nlp.parse import Parser
from eventscribe.nlp.segments import segments


@pytest.mark.parametrize("limit", [5, 17, 40, 1000])
@pytest.mark.parametrize(
    "text",
    ["", "short", "First line.\nSecond line is longer.\n\nThird paragraph. With two sentences.", "x" * 95],
)
def test_segments_cover_the_text_in_order_within_the_limit(text, limit):
    spans = segments(text, limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= limit for a, b in spans)
    assert all(spans[k][1] == spans[k + 1][0] for k in range(len(spans) - 1))


def test_segments_cut_at_line_breaks_first():
    text = "alpha beta.\ngamma delta epsilon zeta"
    assert segments(text, 20)[0] == (0, 12)


@pytest.mark.spacy
def test_a_long_article_parsed_in_segments_keeps_article_offsets():
    paragraph = "Israeli troops attacked Hamas fighters in Gaza on Monday. Iran condemned the attack.\n\n"
    text = paragraph * 40
    parser = Parser(segment_chars=300)
    parsed = next(parser.pipe([Article(id="long", text=text, date=dt.date(2014, 6, 26))]))
    assert [s.index for s in parsed.sentences] == list(range(len(parsed.sentences)))
    assert len(parsed.sentences) >= 80
    for sentence in parsed.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.idx : token.idx + len(token.text)] == token.text
