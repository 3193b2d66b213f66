"""The example article of examples/ gives the events DESIGN.md lists."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT

from eventscribe.model import Article

pytestmark = pytest.mark.spacy


@pytest.fixture(scope="module")
def example_events(pipeline):
    record = json.loads((ROOT / "examples" / "hamas-iran-2014-06-26.jsonl").read_text().splitlines()[0])
    article = Article(id=record["id"], text=record["text"], date=dt.date.fromisoformat(record["date"]))
    return pipeline.code(article).events


def _find(events, source: str, target: str, root: str):
    return [
        e
        for e in events
        if e.source
        and e.target
        and e.source.code.startswith(source)
        and e.target.code.startswith(target)
        and e.cameo.root == root
    ]


@pytest.mark.parametrize(
    ("source", "target", "root", "date"),
    [
        ("PSEREBHMS", "IRNGOV", "02", "2014-06-26"),  # Mashaal calls on Rouhani to join the struggle
        ("PSEREBHMS", "ISR", "11", None),  # … the struggle against Israel
        ("ISRMIL", "PSEREBHMS", "17", None),  # the IDF cracks down on Hamas
        ("PSEREBHMS", "ISRCVL", "18", None),  # three teens abducted by Hamas
        ("ISRGOV", "IRN", "11", "2014-06-26"),  # Netanyahu warns against the deal
        ("PSEREBHMS", "IRN", "04", "2014-05-01"),  # Mashaal met Iran's deputy foreign minister last month
    ],
)
def test_example_article_gives_the_documented_events(example_events, source, target, root, date):
    found = _find(example_events, source, target, root)
    assert found, f"no {source} -> {target} ({root}) among {[e.to_dict()['cameo'] for e in example_events]}"
    if date is not None:
        assert date in {e.date.isoformat() for e in found if e.date}


def test_example_events_keep_their_evidence(example_events):
    record = json.loads((ROOT / "examples" / "hamas-iran-2014-06-26.jsonl").read_text().splitlines()[0])
    for event in example_events:
        assert record["text"][event.evidence.start : event.evidence.end] == event.sentence
        written = record["text"][event.evidence.trigger_start : event.evidence.trigger_end]
        assert " ".join(written.split()).startswith(event.evidence.trigger.split()[0])
        assert event.article_id == record["id"]
        assert event.evidence.trigger


def test_appeal_trigger_is_the_words_as_written(example_events):
    triggers = {e.evidence.trigger for e in _find(example_events, "PSEREBHMS", "IRNGOV", "02")}
    assert "calling on" in triggers


def test_example_events_carry_codebook_and_plover_fields(example_events):
    appeal = _find(example_events, "PSEREBHMS", "IRNGOV", "02")[0]
    record = appeal.to_dict()
    assert record["cameo"]["quad_class"] == 1
    assert record["cameo"]["goldstein"] > 0
    assert record["plover"]["event"] == "REQUEST"
    assert 0 < record["confidence"] <= 1
