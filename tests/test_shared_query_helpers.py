"""The helpers that the stores and runners now share: one ``groups(...)`` filter, one set of pipeline settings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence
from eventscribe.runners.local import LocalRunner
from eventscribe.runners.partitions import PipelineSettings
from eventscribe.store import GroupFilter, MemoryStore, open_store


def _article(article_id: str, day: int, source: str, target: str, code: str) -> CodedArticle:
    text = f"{source} met {target}."
    date = dt.date(2021, 3, day)
    event = Event(
        event_id=f"{article_id}-0",
        article_id=article_id,
        sentence_index=0,
        sentence=text,
        date=date,
        source=Actor(source, source, source[:3], (), source),
        target=Actor(target, target, target[:3], (), target),
        cameo=CameoCode(code, code[:2], "a made-up event", 1.0, 1),
        plover=None,
        location=None,
        confidence=0.9,
        evidence=Evidence("met", 0, len(text), 4, 7),
        extra={},
    )
    return CodedArticle(Article(id=article_id, text=text, date=date), (event,))


BATCH = [
    _article("x1", 1, "FRAGOV", "DEU", "042"),
    _article("x2", 9, "FRAMIL", "ITA", "190"),
    _article("x3", 20, "DEUGOV", "FRA", "043"),
]
ASKS = [
    {},
    {"source": "FRA"},
    {"source": "FRAG"},
    {"target": "FRA"},
    {"code": "04"},
    {"start": dt.date(2021, 3, 9)},
    {"end": dt.date(2021, 3, 8)},
    {"limit": 2},
    {"source": "DEU", "code": "19"},
]


@pytest.mark.parametrize("ask", ASKS, ids=[str(a) for a in ASKS])
def test_groups_filters_mean_the_same_in_sql_and_in_memory(ask):
    memory = MemoryStore()
    memory.add_many(BATCH)
    with open_store(":memory:") as duck:
        duck.add_many(BATCH)
        in_sql = [(g.source_code, g.target_code, g.cameo_code) for g in duck.groups(**ask)]
        by_filter = [(g.source_code, g.target_code, g.cameo_code) for g in duck.find_groups(GroupFilter(**ask))]
    in_memory = [(g.source_code, g.target_code, g.cameo_code) for g in memory.groups(**ask)]
    assert in_sql == in_memory == by_filter


def test_groups_filters_select_by_code_prefix_and_date_window():
    memory = MemoryStore()
    memory.add_many(BATCH)
    assert [g.source_code for g in memory.groups(source="FRA")] == ["FRAGOV", "FRAMIL"]
    assert [g.cameo_code for g in memory.groups(code="04")] == ["042", "043"]
    assert [g.cameo_code for g in memory.groups(start=dt.date(2021, 3, 9))] == ["190", "043"]
    assert memory.groups(source="DEU", code="19") == []


def test_groups_takes_its_filters_by_keyword_only():
    with pytest.raises(TypeError):
        MemoryStore().groups("FRA")  # type: ignore[misc]


def test_a_runner_keeps_its_pipeline_settings_and_builds_its_pipeline_from_them():
    runner = LocalRunner(batch_size=3, min_confidence=0.7, packaged_dictionaries=True)
    assert runner.settings == PipelineSettings(batch_size=3, min_confidence=0.7)
    pipeline = runner.settings.load()
    assert pipeline.min_confidence == 0.7 and pipeline.parser.batch_size == 3
