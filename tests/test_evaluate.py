"""Scoring follows the gold-file contract of DESIGN.md."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventscribe.errors import GoldFileError
from eventscribe.evaluate import GoldEvent, GoldRecord, load_gold, score, split_of
from eventscribe.model import Actor, CameoCode, Event, Evidence


def _event(source: str, target: str, code: str, confidence: float = 0.9) -> Event:
    def actor(c: str) -> Actor:
        return Actor(c, c, c[:3], (c[3:6],) if len(c) > 3 else ())

    return Event(
        event_id=f"{source}{target}{code}",
        article_id="r",
        sentence_index=0,
        sentence="s",
        date=dt.date(2008, 1, 1),
        source=actor(source),
        target=actor(target),
        cameo=CameoCode(code, code[:2], "x", 0.0, 1),
        plover=None,
        location=None,
        confidence=confidence,
        evidence=Evidence("t", 0, 1),
    )


def _record(events, optional=()) -> GoldRecord:
    return GoldRecord(id="r", text="s", date=None, events=tuple(events), optional_events=tuple(optional))


def test_a_prediction_matches_on_country_and_code_prefix():
    record = _record([GoldEvent("USAGOV", "CHN", ("042",))])
    report = score([record], lambda r: [_event("USAMIL", "CHNGOV", "0421")])
    assert (report.root.matched, report.root.predicted, report.root.gold) == (1, 1, 1)
    assert report.sector.matched == 0  # GOV vs MIL


def test_an_empty_gold_target_matches_any_target():
    report = score([_record([GoldEvent("USA", "", ("01",))])], lambda r: [_event("USA", "RUS", "010")])
    assert report.root.f1 == 1.0


def test_each_gold_event_matches_once():
    record = _record([GoldEvent("USA", "CHN", ("04",))])
    report = score([record], lambda r: [_event("USA", "CHN", "042"), _event("USA", "CHN", "043")])
    assert (report.root.matched, report.root.predicted) == (1, 2)
    assert report.root.precision == 0.5 and report.root.recall == 1.0


def test_optional_events_count_for_precision_not_recall():
    record = _record([GoldEvent("USA", "CHN", ("04",))], optional=[GoldEvent("CHN", "USA", ("04",))])
    report = score([record], lambda r: [_event("CHN", "USA", "042")])
    assert report.root.precision == 1.0 and report.root.recall == 0.0


def test_threshold_drops_low_confidence_events():
    record = _record([GoldEvent("USA", "CHN", ("04",))])
    report = score([record], lambda r: [_event("USA", "CHN", "042", 0.2)], threshold=0.5)
    assert report.root.predicted == 0


def test_confusion_table_pairs_gold_and_predicted_roots():
    record = _record([GoldEvent("USA", "CHN", ("04",))])
    report = score([record], lambda r: [_event("USA", "CHN", "111")])
    assert report.confusion[("04", "11")] == 1


def test_malformed_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t", "events": []}) + "\n{broken\n")
    with pytest.raises(GoldFileError) as info:
        load_gold(path)
    assert info.value.where == f"{path}:2"


def test_split_is_fixed_and_uses_both_halves():
    ids = [f"id{i}" for i in range(200)]
    splits = [split_of(i) for i in ids]
    assert splits == [split_of(i) for i in ids]
    assert 60 < splits.count("test") < 140


def test_a_gold_date_that_is_not_a_date_is_reported_and_the_record_kept(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t", "date": "121108", "events": []}) + "\n")
    warnings: list[str] = []
    records = load_gold(path, on_warning=warnings.append)
    assert records[0].date is None
    assert warnings and f"{path}:1" in warnings[0]
