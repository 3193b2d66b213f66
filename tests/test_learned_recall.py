"""The learned recall fallback: one low-confidence event, marked as learned, for a sentence with no
pattern event, an actor pair and a root the learned model names; nothing for questions, conditionals,
opinions, sentences with no actors and news that is no event."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from eventscribe.errors import DataError
from eventscribe.events.coder import EventCoder
from eventscribe.events.learned import LearnedModel
from eventscribe.events.learned_recall import ORIGIN, TARGETLESS_ROOTS, LearnedRecall
from eventscribe.model import Article, Event
from eventscribe.pipeline import Pipeline

pytestmark = pytest.mark.spacy

#: Low enough that only the clause and actor rules decide (the packaged threshold is the CV's choice).
LOW = 0.05
CONFIDENCE = 0.3


@pytest.fixture(scope="module")
def with_fallback(resolver, places):
    coder = EventCoder(resolver=resolver, gazetteer=places, learned_recall=False)
    coder.recall = LearnedRecall(coder.learned, LOW, CONFIDENCE)
    pipeline = Pipeline(coder=coder)

    def run(text: str) -> tuple[Event, ...]:
        return pipeline.code(Article(id="r", text=text, date=dt.date(2024, 5, 1))).events

    return run


def _learned(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.extra.get("origin") == ORIGIN]


def test_a_violent_act_no_pattern_knows_gets_one_learned_event_of_its_actors(with_fallback):
    text = "Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal."
    events = with_fallback(text)
    assert len(events) == 1 and _learned(events) == list(events)
    event = events[0]
    assert event.source is not None and event.source.country == "CHN"
    assert event.target is not None and event.target.country == "PHL"
    assert event.cameo.root in ("18", "19", "20") and event.cameo.code == event.cameo.root + "0"
    assert event.confidence == CONFIDENCE and str(event.extra["rule"]).startswith("learned root")
    # marked in the evidence as pattern events are: the trigger verb and its span in the article
    assert event.evidence.trigger == "rammed"
    assert text[event.evidence.trigger_start : event.evidence.trigger_end] == "rammed"


def test_a_crowd_act_needs_no_target(with_fallback):
    events = _learned(with_fallback("Thousands of farmers thronged the streets of Paris on Tuesday."))
    assert len(events) == 1 and events[0].cameo.root == "14" and "14" in TARGETLESS_ROOTS


@pytest.mark.parametrize(
    "text",
    [
        "Will Chinese coast guard vessels ram a Philippine supply boat near Second Thomas Shoal?",
        "If Chinese coast guard vessels rammed a Philippine supply boat, Manila would protest.",
        "Chinese coast guard vessels may ram Philippine supply boats near Second Thomas Shoal.",
        "In my view the Kenyan government has handled the crisis poorly.",
        "Japan's exports rose 5 percent in March, the finance ministry said.",
        "Traffic was heavy on the motorway from Lyon to Geneva on Friday.",
        "The weather in Madrid was sunny on Monday.",
    ],
)
def test_questions_conditionals_opinions_and_news_without_an_event_get_no_learned_event(with_fallback, text):
    assert _learned(with_fallback(text)) == []


def test_a_sentence_with_a_pattern_event_gets_no_learned_one(with_fallback):
    events = with_fallback("Houthi fighters ambushed a Saudi convoy near the border.")
    assert events and _learned(events) == []


def test_the_threshold_stops_an_unsure_root(resolver, places):
    text = "Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal."
    coder = EventCoder(resolver=resolver, gazetteer=places, learned_recall=False)
    coder.recall = LearnedRecall(coder.learned, 1.0, CONFIDENCE)
    assert _learned(Pipeline(coder=coder).code(Article(id="r", text=text)).events) == []


def test_the_fallback_follows_the_packaged_setting_unless_told(monkeypatch):
    raw = (resources.files("eventscribe.events") / "data" / "learned_recall.json").read_text(encoding="utf-8")
    settings = json.loads(raw)
    model = LearnedModel.load()
    monkeypatch.delenv("EVENTSCRIBE_LEARNED_RECALL", raising=False)
    assert (LearnedRecall.configured(model) is not None) == bool(settings["enabled"])
    forced = LearnedRecall.configured(model, True)
    assert forced is not None and forced.threshold == settings["threshold"]
    assert LearnedRecall.configured(model, False) is None
    monkeypatch.setenv("EVENTSCRIBE_LEARNED_RECALL", "1")
    assert LearnedRecall.configured(model) is not None
    monkeypatch.setenv("EVENTSCRIBE_LEARNED_RECALL", "0")
    assert LearnedRecall.configured(model) is None


def test_settings_out_of_range_are_a_clear_error():
    with pytest.raises(DataError, match="learned_recall.json"):
        LearnedRecall(LearnedModel.load(), 0.0, 0.3)
