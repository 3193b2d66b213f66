"""The sentence draw of scripts/draw_corpus_sentences.py: lead sentences without wire tags, whole sentences
only, no record drawn twice or taken again from the event file. Sentences here are made up for the test."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from conftest import load_script

draw = load_script("draw_corpus_sentences")


@pytest.mark.parametrize(
    ("raw", "lead"),
    [
        ("AP - The mayor opened a bridge on Monday.", "The mayor opened a bridge on Monday."),
        ("LIMA, Peru (Reuters) - Farmers blocked a highway.", "Farmers blocked a highway."),
        ("OSLO, Norway - The king met the cabinet.", "The king met the cabinet."),
        ("BERLIN - Police closed a square.", "Police closed a square."),
        ("MOSCOW, November 25 (Itar-Tass) - A court freed two men.", "A court freed two men."),
        # no dateline: nothing is cut, not even a leading capitalised word or a hyphenated name
        ("Ballot boxes arrived in the capital.", "Ballot boxes arrived in the capital."),
        ("NATO said the Franco-German plan was late.", "NATO said the Franco-German plan was late."),
    ],
)
def test_wire_tags_and_datelines_are_left_out(raw: str, lead: str) -> None:
    assert draw.DATELINE.sub("", raw, count=1) == lead


def test_sentences_split_at_full_stops_but_not_after_titles() -> None:
    text = 'Mr. Smith met Dr. Jones in the U.S. capital. They talked for an hour! Did they agree? "No." Then rain.'
    assert draw.sentences(text) == [
        "Mr. Smith met Dr. Jones in the U.S. capital.",
        "They talked for an hour!",
        "Did they agree?",
        '"No."',
        "Then rain.",
    ]


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The minister visited three provinces on Tuesday to meet farmers.", True),
        ("Too short to code.", False),
        ("The minister visited three provinces on Tuesday to meet farmers and", False),
        ("THE MINISTER VISITED THREE PROVINCES ON TUESDAY TO MEET FARMERS.", False),
    ],
)
def test_only_whole_readable_sentences_are_candidates(sentence: str, ok: bool) -> None:
    assert draw.readable(sentence) is ok


def _corpora(root: Path) -> Path:
    (root / "ag_news").mkdir(parents=True)
    rows = [["1", f"Title {n}", f"AP - The envoy number {n} met the leaders of the region today."] for n in range(1, 9)]
    rows.insert(3, ["2", "Sport", "AP - The home side won the cup final after a long and hard match."])
    with (root / "ag_news" / "test.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return root


def test_ag_draw_keeps_world_records_excludes_used_origins_and_repeats_none(tmp_path: Path) -> None:
    corpora = _corpora(tmp_path / "corpora")
    used = {"ag_news/test.csv:1", "ag_news/test.csv:2"}
    out = list(draw.ag_candidates(corpora, random.Random(5), used))
    origins = [c["origin"] for c in out]
    assert len(origins) == len(set(origins)) == 6
    assert not used & set(origins)
    assert "ag_news/test.csv:4" not in origins  # the class-2 (sport) row
    assert all(c["text"].startswith("The envoy") and c["date"] == "2004-08-15" for c in out)
    again = list(draw.ag_candidates(corpora, random.Random(5), used))
    assert again == out  # a fixed seed gives the same draw


def test_the_event_file_repeats_at_most_one_sentence_and_codes_its_copies_alike() -> None:
    """The same sentence printed in two BBC articles (corpus-bbc-192 and -197 of the seventh round) is the
    file's only repeat: two records, which must be coded alike."""
    lines = draw.EVENTS.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    by_text: dict[str, list[dict]] = {}
    for row in rows:
        by_text.setdefault(row["text"], []).append(row)
    repeated = [group for group in by_text.values() if len(group) > 1]
    assert len(repeated) <= 1
    for group in repeated:
        assert len({json.dumps(r["events"], sort_keys=True) for r in group}) == 1
