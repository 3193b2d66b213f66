"""The learned vetting of events: what it reads of an event, how it drops and rescores events, its switches,
the packaged weights, and its training script's fit on a toy problem."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import numpy as np
import pytest
from conftest import load_script

from eventscribe.events.coder import EventCoder
from eventscribe.events.vetting import VET_DIMENSIONS, Vetting, VettingSettings, event_names, hashed_names, mirrored
from eventscribe.model import Article
from eventscribe.pipeline import Pipeline

SENTENCE = "Police arrested three opposition activists in Cairo on Monday, officials said."


@pytest.fixture(scope="module")
def coded():
    pipeline = Pipeline(coder=EventCoder(vetting=False))
    return next(pipeline.pipe([Article(id="v1", text=SENTENCE, date=dt.date(2014, 6, 2))])).events


def test_an_event_is_read_by_its_root_rule_trigger_actors_and_the_words_around_its_trigger(coded):
    assert coded, "the pattern coder should code the arrest"
    event = coded[0]
    names = event_names(event, SENTENCE)
    assert f"root={event.cameo.root}" in names and f"code={event.cameo.code}" in names
    assert any(n.startswith("trigger=") and "arrest" in n for n in names)
    assert any(n.startswith("src:sector=") for n in names) and any(n.startswith("tgt:sector=") for n in names)
    assert f"after=three|{event.cameo.root}" in names  # the word after "arrested"
    assert "w=cairo" in names and f"w|root=cairo|{event.cameo.root}" in names
    assert "w=the" not in names  # stop words say nothing


def test_hashing_is_stable_and_counts_repeats():
    a = hashed_names(["root=17", "w=police", "w=police"])
    assert a == hashed_names(["w=police", "root=17", "w=police"])
    assert sorted(a.values()) == [1.0, 2.0] and all(0 <= k < VET_DIMENSIONS for k in a)


def _vetting_against(names: list[str], weight: float, threshold: float) -> Vetting:
    full = np.zeros(VET_DIMENSIONS, dtype=np.float32)
    for key in hashed_names(names):
        full[key] = weight
    rows = np.flatnonzero(full).astype(np.int32)
    return Vetting(rows, full[rows], VettingSettings(enabled=True, threshold=threshold))


def test_an_event_the_model_doubts_is_dropped_and_a_kept_one_takes_the_models_chance(coded):
    event = coded[0]
    doubting = _vetting_against([f"root={event.cameo.root}"], -4.0, 0.25)
    assert doubting.chance(event, SENTENCE) < 0.05
    assert doubting.vet(SENTENCE, [event]) == []
    trusting = _vetting_against([f"root={event.cameo.root}"], 4.0, 0.25)
    kept = trusting.vet(SENTENCE, [event])
    assert len(kept) == 1 and kept[0].confidence == pytest.approx(trusting.chance(event, SENTENCE), abs=1e-3)
    assert kept[0].confidence > 0.95 and kept[0].cameo == event.cameo


def test_the_switches_turn_it_off(monkeypatch):
    assert EventCoder(vetting=False).vetting is None
    monkeypatch.setenv("EVENTSCRIBE_VETTING", "0")
    assert Vetting.configured() is None
    monkeypatch.setenv("EVENTSCRIBE_VETTING", "1")
    assert isinstance(Vetting.configured(), Vetting)
    assert isinstance(Vetting.configured(enabled=True), Vetting)


def test_the_packaged_weights_load_without_shared_and_give_chances():
    path = resources.files("eventscribe.events") / "data" / "vetting.npz"
    assert len(path.read_bytes()) < 2_000_000
    model = Vetting.load()
    pipeline = Pipeline(coder=EventCoder(vetting=False))
    events = next(pipeline.pipe([Article(id="v2", text=SENTENCE, date=dt.date(2014, 6, 2))])).events
    chances = [model.chance(e, SENTENCE) for e in events]
    assert chances and all(0.0 < c < 1.0 for c in chances)


def test_with_vetting_on_the_coder_keeps_a_subset_of_its_events_with_the_models_confidence():
    text = (
        "Police arrested three opposition activists in Cairo on Monday. "
        "The minister told reporters on Tuesday that the economy was growing."
    )
    article = Article(id="v3", text=text, date=dt.date(2014, 6, 2))
    off = next(Pipeline(coder=EventCoder(vetting=False)).pipe([article])).events
    model = Vetting.load(VettingSettings(enabled=True, threshold=0.0))
    coder = EventCoder(vetting=False)
    coder.vetting = model
    on = next(Pipeline(coder=coder).pipe([article])).events
    assert [e.event_id for e in on] == [e.event_id for e in off]  # threshold 0 drops nothing
    per_sentence = {i: sum(e.sentence_index == i for e in off) for i in {e.sentence_index for e in off}}
    for before, after in zip(off, on, strict=True):
        expected = model.chance(before, before.sentence, per_sentence[before.sentence_index] - 1)
        assert after.confidence == pytest.approx(expected, abs=2e-3)
    assert any(a.confidence != b.confidence for a, b in zip(off, on, strict=True))


def test_the_training_fit_separates_a_toy_problem():
    train = load_script("train_vetting")
    good = [hashed_names(["bias", "w=signed", f"n={k}"]) for k in range(30)]
    bad = [hashed_names(["bias", "w=football", f"n={k}"]) for k in range(30)]
    full = train.fit(good + bad, [1] * 30 + [0] * 30, 1e-3, steps=200)
    assert train.chance(full, hashed_names(["bias", "w=signed"])) > 0.8
    assert train.chance(full, hashed_names(["bias", "w=football"])) < 0.2


def test_the_switch_reads_the_sets_pooled_not_each_alone():
    from eventscribe.evaluate import Score

    train = load_script("train_vetting")
    big, small = Score(matched=50, predicted=100, gold=100, matched_required=50), Score(5, 10, 10, 5)
    pooled = train._pooled([big, small])
    assert (pooled.matched, pooled.predicted, pooled.gold, pooled.matched_required) == (55, 110, 110, 55)
    # a small set a whole event worse does not outweigh a large one five events better
    better = [Score(55, 100, 100, 55), Score(4, 10, 10, 4)]
    assert train._pooled(better).f1 > pooled.f1


def test_the_shipped_setting_decides_when_no_switch_is_set(monkeypatch):
    from eventscribe.events.vetting import load_settings

    monkeypatch.delenv("EVENTSCRIBE_VETTING", raising=False)
    assert (Vetting.configured() is not None) == load_settings().enabled
    assert (EventCoder().vetting is not None) == load_settings().enabled


MUTUAL = "Clashes erupted between Hezbollah and Israeli troops on Monday."


def test_mirror_events_share_their_chance_so_both_or_neither_are_kept():
    pipeline = Pipeline(coder=EventCoder(vetting=False))
    events = next(pipeline.pipe([Article(id="v2", text=MUTUAL, date=dt.date(2006, 7, 17))])).events
    pair = [e for e in events if e.cameo.root == "19"]
    assert len(pair) == 2 and pair[0].source == pair[1].target, events
    # a model that trusts only an armed group as the doer: one direction passes, the other does not
    one_sided = _vetting_against(["src:sector=REB"], 3.0, 0.6)
    raw = [one_sided.chance(e, MUTUAL, 1) for e in pair]
    assert max(raw) > 0.6 > min(raw)  # the model alone would keep one direction only
    assert mirrored(raw, pair) == [pytest.approx(sum(raw) / 2)] * 2
    kept = one_sided.vet(MUTUAL, pair)
    assert len(kept) == 2 and {e.confidence for e in kept} == {round(sum(raw) / 2, 3)}
