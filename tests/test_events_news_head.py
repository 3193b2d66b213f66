"""The news head: its packaged weights load without ../shared, its decisions follow its settings, and in
the coder it adds one event to a sentence with none and drops the events of a sentence it holds has
none, only when those uses are on."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from importlib import resources

import numpy as np
import pytest

from eventscribe.events.coder import EventCoder
from eventscribe.events.news_head import (
    CLASSES,
    NONE,
    ORIGIN,
    NewsHead,
    NewsSettings,
    decide,
    hashed,
    news_names,
)
from eventscribe.model import Article, Event
from eventscribe.pipeline import Pipeline


def test_the_packaged_weights_load_without_shared_and_are_small():
    path = resources.files("eventscribe.events") / "data" / "news_head.npz"
    assert len(path.read_bytes()) < 1_000_000
    head = NewsHead.load()
    p = head.probabilities(news_names("Rebels shelled the town overnight.", ["pat:none"]))
    assert p.shape == (len(CLASSES),) and abs(float(p.sum()) - 1.0) < 1e-6 and CLASSES[0] == NONE


def test_the_head_tells_an_attack_from_a_weather_report():
    head = NewsHead.load()
    attack = head.probabilities(
        news_names("Israeli jets bombed militant positions in southern Lebanon.", ["v:bomb", "a:dyad", "pat:none"])
    )
    weather = head.probabilities(news_names("The weather in Madrid was mild and sunny on Monday.", ["pat:none"]))
    assert weather[0] > attack[0]
    assert CLASSES[int(attack[1:].argmax()) + 1] in ("18", "19", "20")


def test_hashed_features_are_normalised_and_count_a_name_once():
    f = hashed(["w:a", "w:a", "w:b"])
    assert abs(sum(v * v for v in f.values()) - 1.0) < 1e-9 and len(f) == 2


def _probs(none: float, root: str, p: float) -> np.ndarray:
    out = np.full(len(CLASSES), (1.0 - none - p) / (len(CLASSES) - 2))
    out[0], out[CLASSES.index(root)] = none, p
    return out


def test_decide_follows_the_switches_and_thresholds():
    on = NewsSettings(recall=True, recall_threshold=0.6, keep=True, keep_threshold=0.8)
    assert decide(_probs(0.1, "19", 0.7), False, on) == (False, "19")
    assert decide(_probs(0.1, "19", 0.5), False, on) == (False, None)  # not confident enough
    assert decide(_probs(0.1, "01", 0.7), False, on) == (False, None)  # a bare statement is never added
    assert decide(_probs(0.9, "19", 0.05), True, on) == (True, None)
    assert decide(_probs(0.7, "19", 0.2), True, on) == (False, None)
    off = NewsSettings()
    assert decide(_probs(0.1, "19", 0.9), False, off) == (False, None)
    assert decide(_probs(0.99, "19", 0.0), True, off) == (False, None)


def test_the_switch_turns_the_head_on_and_off(monkeypatch):
    monkeypatch.setenv("EVENTSCRIBE_NEWS_HEAD", "0")
    assert NewsHead.configured() is None
    assert NewsHead.configured(enabled=False) is None
    monkeypatch.setenv("EVENTSCRIBE_NEWS_HEAD", "1")  # on whatever the settings file says
    both = NewsHead.configured()
    assert both is not None and both.settings.recall and both.settings.keep
    monkeypatch.setenv("EVENTSCRIBE_NEWS_HEAD", "keep")
    keep = NewsHead.configured()
    assert keep is not None and keep.settings.keep and not keep.settings.recall
    assert NewsHead.configured(enabled=False) is None  # the argument wins over the variable
    monkeypatch.setenv("EVENTSCRIBE_NEWS_HEAD", "sometimes")
    with pytest.raises(ValueError, match="EVENTSCRIBE_NEWS_HEAD"):
        NewsHead.configured()
    monkeypatch.delenv("EVENTSCRIBE_NEWS_HEAD")
    on = NewsHead.configured(enabled=True)
    assert on is not None and on.settings.recall and on.settings.keep


@pytest.fixture(scope="module")
def coded_with(resolver, places):
    def make(settings: NewsSettings | None):
        coder = EventCoder(resolver=resolver, gazetteer=places, learned_recall=False)
        coder.news = NewsHead.load(settings) if settings is not None else None
        pipeline = Pipeline(coder=coder)
        return lambda text: pipeline.code(Article(id="n", text=text, date=dt.date(2024, 5, 1))).events

    return make


def _added(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.extra.get("origin") == ORIGIN]


RECALL = NewsSettings(recall=True, recall_threshold=1e-9, recall_confidence=0.2)
KEEP_ALL_OFF = NewsSettings(keep=True, keep_threshold=1e-9)


@pytest.mark.spacy
def test_recall_adds_one_event_with_the_clause_actors(coded_with):
    text = "Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal."
    assert _added(coded_with(None)(text)) == []
    events = coded_with(RECALL)(text)
    added = _added(events)
    assert len(added) == 1 and added[0].confidence == 0.2
    assert added[0].source is not None and added[0].source.country == "CHN"
    assert added[0].cameo.code == added[0].cameo.root + "0"


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    ["The weather in Madrid was sunny on Monday.", "Will Chinese vessels ram a Philippine boat near the shoal?"],
)
def test_recall_adds_nothing_without_an_act_told_done_with_actors(coded_with, text):
    assert _added(coded_with(RECALL)(text)) == []


@pytest.mark.spacy
def test_keeping_drops_pattern_events_only_when_on(coded_with):
    text = "Houthi fighters ambushed a Saudi convoy near the border."
    assert coded_with(None)(text)
    assert coded_with(NewsSettings())(text) == coded_with(None)(text)
    assert coded_with(KEEP_ALL_OFF)(text) == ()
    # a threshold no probability reaches keeps them
    assert len(coded_with(replace(KEEP_ALL_OFF, keep_threshold=1.5))(text)) == len(coded_with(None)(text))
