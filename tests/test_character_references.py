"""Character references left in text ("Iran&#39;s", AG News's "Uganda #39;s") are decoded when an input
is read and when a gold record is coded, so a possessive keeps its owner; text without them is unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventscribe.gold_records import load_gold
from eventscribe.ingest import read_articles
from eventscribe.ingest.entities import decode_references


@pytest.mark.parametrize(
    "raw, decoded",
    [
        (
            "Members of radical cleric Moqtada al-Sadr #39;s militia",
            "Members of radical cleric Moqtada al-Sadr's militia",
        ),
        ("over British troops #39; alleged abuse", "over British troops' alleged abuse"),
        ("approve a #36;14 billion package", "approve a $14 billion package"),
        ("vowing:  quot;After the crisis quot;", 'vowing:  "After the crisis "'),
        ("European Aeronautic Defence amp; Space Co.", "European Aeronautic Defence & Space Co."),
        ("in their convention #151; California", "in their convention \u2014 California"),
        ("Iran&#39;s leader and AT&amp;T&#x27;s chief", "Iran's leader and AT&T's chief"),
        (
            'Boeing Co. &lt;A HREF="http://www.investor.reuters.com/Quote?t=BA.N"&gt;BA.N&lt;/A&gt; said',
            "Boeing Co. BA.N said",
        ),
    ],
)
def test_references_are_decoded(raw, decoded):
    assert decode_references(raw) == decoded


@pytest.mark.parametrize(
    "text",
    [
        "Shares in AT&T rose; the &notice stayed.",  # no semicolon after the name: no reference
        "Room #12; the fund's &bogus; entry",  # no such reference
        "He ranked #1; Iran's #10 seed",  # one digit, and a number in a ranking
        "The aquot; and xamp; words run into the name",
        "Iran's president wrote to Hamas.",
    ],
)
def test_text_without_references_is_unchanged(text):
    assert decode_references(text) == text


def test_readers_decode_references(tmp_path: Path):
    path = tmp_path / "news.jsonl"
    text = "Israel #39;s opposition Labour party began talks."
    path.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Uganda&#39;s army said so.\n", encoding="utf-8")
    assert [a.text for a in read_articles(path)] == ["Israel's opposition Labour party began talks."]
    assert [a.text for a in read_articles(tmp_path / "b.txt")] == ["Uganda's army said so.\n"]


def test_gold_records_are_coded_as_read(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    record = {"id": "g", "date": "2004-11-01", "text": "Poland #39;s army left.", "events": []}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (gold,) = load_gold(path)
    assert gold.article().text == "Poland's army left."


@pytest.mark.spacy
def test_a_decoded_possessive_names_its_owner(code_text):
    text = "Coalition peace talks have begun between Israel #39;s opposition Labour party and the Prime Minister, Ariel Sharon."
    from eventscribe.ingest.files import clean_text

    fixed = {e.source.code for e in code_text(clean_text(text), "2004-11-01") if e.source}
    assert "ISROPP" in fixed and "GBRPTY" not in fixed
    # an Article made in Python with the raw text is decoded by the pipeline as the readers decode it
    # (read as written, "Israel #39;s" has no possessive and Labour was Britain's)
    raw = {e.source.code for e in code_text(text, "2004-11-01") if e.source}
    assert raw == fixed


def test_the_pipeline_codes_the_decoded_text(pipeline):
    from eventscribe.model import Article

    coded = pipeline.code(Article(id="r", text="Israel&#39;s army attacked Hamas.", date="2004-11-01"))
    assert coded.article.text == "Israel's army attacked Hamas."
    assert coded.events
    assert all(coded.article.text[e.evidence.start : e.evidence.end] == e.sentence for e in coded.events)
