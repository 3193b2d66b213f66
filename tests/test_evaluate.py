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


def test_matching_is_maximum_not_greedy():
    # Greedy matching gave 180 the first gold event and left 173 without one.
    record = _record([GoldEvent("ISR", "PSE", ("17", "18")), GoldEvent("ISR", "PSE", ("18",))])
    report = score([record], lambda r: [_event("ISR", "PSE", "180"), _event("ISR", "PSE", "173")])
    assert (report.root.matched, report.root.matched_required, report.root.gold) == (2, 2, 2)
    assert report.root.precision == 1.0 and report.root.recall == 1.0


def test_matching_does_not_depend_on_prediction_order():
    record = _record(
        [GoldEvent("ISR", "PSE", ("17", "18")), GoldEvent("ISR", "PSE", ("18",)), GoldEvent("ISR", "", ("19",))],
        optional=[GoldEvent("ISR", "PSE", ("12",))],
    )
    predictions = [
        _event("ISR", "PSE", "180"),
        _event("ISR", "PSE", "173"),
        _event("ISR", "LBN", "190"),
        _event("ISR", "PSE", "120"),
        _event("USA", "CHN", "042"),
    ]
    counts = set()
    for shift in range(len(predictions)):
        rotated = predictions[shift:] + predictions[:shift]
        for order in (rotated, rotated[::-1]):
            report = score([record], lambda r, order=order: order)
            counts.add((report.root.matched, report.root.matched_required, report.root.predicted))
    # 180 and 173 fill both ISR->PSE 17|18 events, 190 the 19 one, 120 the optional one; 042 matches nothing.
    assert counts == {(4, 3, 5)}


def test_optional_matching_may_reassign_a_required_event():
    # Taking the required event with the first prediction must not strand the second one.
    record = _record([GoldEvent("USA", "CHN", ("04",))], optional=[GoldEvent("USA", "CHN", ("042",))])
    for order in (
        [_event("USA", "CHN", "042"), _event("USA", "CHN", "043")],
        [_event("USA", "CHN", "043"), _event("USA", "CHN", "042")],
    ):
        report = score([record], lambda r, order=order: order)
        assert (report.root.matched, report.root.matched_required) == (2, 1)


def test_sector_level_compares_the_first_sector_not_six_letters():
    # IGOUNOMIL's first six letters are IGOUNO, but its first sector is MIL.
    record = _record([GoldEvent("IGOUNOMIL", "PSEREBHMS", ("19",))])
    report = score([record], lambda r: [_event("IGOMIL", "PSEREB", "190")])
    assert report.sector.matched == 1
    report = score([record], lambda r: [_event("IGOUNOGOV", "PSEREB", "190")])
    assert (report.root.matched, report.sector.matched) == (1, 0)


def test_a_sectorless_gold_code_matches_any_sector_of_its_country():
    record = _record([GoldEvent("ISR", "PSE", ("19",))])
    report = score([record], lambda r: [_event("ISRMIL", "PSEREBHMS", "190")])
    assert report.sector.matched == 1
    report = score([record], lambda r: [_event("EGYMIL", "PSEREBHMS", "190")])
    assert report.sector.matched == 0


def test_a_gold_sector_needs_a_predicted_sector():
    record = _record([GoldEvent("ISRMIL", "PSE", ("19",))])
    report = score([record], lambda r: [_event("ISR", "PSE", "190")])
    assert (report.root.matched, report.sector.matched) == (1, 0)


def test_unknown_country_in_gold_matches_unknown_country_with_the_same_sector():
    record = _record([GoldEvent("---GOV", "", ("04",))])
    assert score([record], lambda r: [_event("---GOV", "USA", "042")]).sector.matched == 1
    assert score([record], lambda r: [_event("---MIL", "USA", "042")]).sector.matched == 0
    assert score([record], lambda r: [_event("USAGOV", "USA", "042")]).root.matched == 0


def test_a_missing_gold_file_is_a_gold_file_error(tmp_path):
    path = tmp_path / "absent.jsonl"
    with pytest.raises(GoldFileError) as info:
        load_gold(path)
    assert info.value.where == str(path)
    assert "cannot read the gold file" in info.value.message


@pytest.mark.parametrize("text", [None, 3, ["t"]])
def test_a_gold_text_that_is_not_a_string_names_the_line(tmp_path, text):
    path = tmp_path / "gold.jsonl"
    good = json.dumps({"id": "a", "text": "t", "events": []})
    path.write_text(good + "\n" + json.dumps({"id": "b", "text": text, "events": []}) + "\n")
    with pytest.raises(GoldFileError) as info:
        load_gold(path)
    assert info.value.where == f"{path}:2"
    assert "text" in info.value.message


def test_a_duplicate_gold_id_names_both_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "text": "t"}, {"id": "b", "text": "u"}, {"id": "a", "text": "v"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    with pytest.raises(GoldFileError) as info:
        load_gold(path)
    assert info.value.where == f"{path}:3"
    assert f"{path}:1" in info.value.message and "'a'" in info.value.message


def test_repeated_gold_ids_can_be_numbered_instead(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "text": "t"}, {"id": "b", "text": "u"}, {"id": "a", "text": "v"}, {"id": "a", "text": "w"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    records = load_gold(path, number_repeats=True)
    assert [(r.id, r.text) for r in records] == [("a", "t"), ("b", "u"), ("a#2", "v"), ("a#3", "w")]


def test_a_gold_file_can_be_read_one_split_at_a_time(tmp_path):
    ids = [f"rec-{n}" for n in range(8)]  # the sha1 split of these ids, worked out once by hand
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": i}) for i in ids) + "\n")
    assert [r.id for r in load_gold(path, split="dev")] == ["rec-1", "rec-2", "rec-3"]
    assert [r.id for r in load_gold(path, split="test")] == ["rec-0", "rec-4", "rec-5", "rec-6", "rec-7"]


def test_an_empty_gold_text_is_reported_and_scored_as_no_events(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "  ", "events": []}) + "\n")
    warnings: list[str] = []
    records = load_gold(path, on_warning=warnings.append)
    assert records[0].text == "  " and warnings and f"{path}:1" in warnings[0]


def test_threshold_table_trades_recall_for_precision():
    from eventscribe.evaluate import threshold_table

    record = _record([GoldEvent("ISR", "PSE", ("19",)), GoldEvent("USA", "IRN", ("11",))])
    predicted = [
        _event("ISRMIL", "PSE", "190", 0.9),
        _event("USAGOV", "IRN", "111", 0.4),
        _event("RUS", "UKR", "190", 0.3),
    ]
    table = dict(threshold_table([record], lambda r: predicted, [0.0, 0.35, 0.5]))
    assert table[0.0].predicted == 3 and table[0.0].recall == 1.0
    assert table[0.35].precision == 1.0 and table[0.35].recall == 1.0
    assert table[0.5].predicted == 1 and table[0.5].recall == 0.5


def test_outcomes_and_reliability_tell_how_often_each_confidence_band_is_right():
    from eventscribe.evaluate import outcomes, reliability

    record = _record([GoldEvent("ISR", "PSE", ("19",))])
    predicted = [_event("ISRMIL", "PSE", "190", 0.9), _event("RUS", "UKR", "190", 0.1)]
    pairs = outcomes([record], lambda r: predicted)
    assert sorted(pairs) == [(0.1, False), (0.9, True)]
    bands = reliability(pairs, bins=2)
    assert bands == [(0.0, 0.5, 0.0, 1), (0.5, 1.0, 1.0, 1)]


@pytest.mark.spacy
def test_evaluate_command_prints_the_threshold_table_and_reliability(tmp_path):
    import subprocess
    import sys

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "date": "2014-06-26", "text": "Israeli troops attacked Hamas fighters in Gaza.",
         "events": [{"source": "ISRMIL", "target": "PSEREBHMS", "cameo": ["19"]}]},
        {"id": "b", "date": "2014-06-26", "text": "Iran has long backed Hamas.", "events": [], "no_event": True},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "eventscribe.cli",
        "evaluate",
        "--gold",
        str(gold),
        "--thresholds",
        "0.9,0.0",
        "--json",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [row["threshold"] for row in report["thresholds"]] == [0.0, 0.9]
    assert report["thresholds"][0]["recall"] == 1.0 and report["thresholds"][0]["precision"] == 1.0
    assert sum(band["events"] for band in report["reliability"]) == report["thresholds"][0]["predicted"]
    bad = subprocess.run([*cmd[:-3], "--thresholds", "1.5"], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr


def test_the_cameo_root_level_cuts_gold_codes_to_their_root():
    record = _record([GoldEvent("USAGOV", "CHN", ("042",))])
    report = score([record], lambda r: [_event("USAGOV", "CHN", "043")])
    assert report.root.matched == 0  # 043 does not start with 042
    assert report.cameo_root.matched == 1  # both are root 04
    assert score([record], lambda r: [_event("USAGOV", "CHN", "051")]).cameo_root.matched == 0
    assert "country_and_cameo_root" in report.as_dict()


def test_dyadic_scoring_leaves_out_predictions_without_a_target():
    from dataclasses import replace

    record = _record([GoldEvent("USA", "CHN", ("04",))])
    alone = replace(_event("USA", "CHN", "141"), target=None)
    predicted = [_event("USA", "CHN", "042"), alone]
    assert score([record], lambda r: predicted).cameo_root.predicted == 2
    dyads = score([record], lambda r: predicted, dyadic=True)
    assert (dyads.cameo_root.predicted, dyads.cameo_root.matched) == (1, 1)
    assert dyads.cameo_root.precision == 1.0


@pytest.mark.spacy
def test_evaluate_dyadic_counts_only_the_coded_events_with_two_actors(tmp_path):
    import subprocess
    import sys

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "date": "2014-06-26", "text": "Israeli troops attacked Hamas fighters in Gaza.",
         "events": [{"source": "ISRMIL", "target": "PSEREBHMS", "cameo": ["19"]}]},
        {"id": "b", "date": "2014-06-26", "text": "Iraqi Prime Minister Nouri al-Maliki resigned on Thursday after weeks of protests.",
         "events": []},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    coded = tmp_path / "coded.jsonl"
    cmd = [sys.executable, "-m", "eventscribe.cli", "evaluate", "--gold", str(gold), "--json"]
    full = subprocess.run([*cmd, "--output", str(coded)], capture_output=True, text=True, timeout=300)
    dyadic = subprocess.run([*cmd, "--dyadic"], capture_output=True, text=True, timeout=300)
    assert full.returncode == 0 and dyadic.returncode == 0, full.stderr + dyadic.stderr
    events = [json.loads(line) for line in coded.read_text(encoding="utf-8").splitlines()]
    with_both = [e for e in events if e["source"] and e["target"]]
    assert len(with_both) < len(events)  # the resignation names no target
    assert json.loads(dyadic.stdout)["country"]["predicted"] == len(with_both)
    assert json.loads(full.stdout)["country"]["predicted"] == len(events)


def test_a_numbered_repeat_skips_a_name_the_file_uses_earlier(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "text": "t"}, {"id": "a#2", "text": "u"}, {"id": "a", "text": "v"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    records = load_gold(path, number_repeats=True)
    assert [(r.id, r.text) for r in records] == [("a", "t"), ("a#2", "u"), ("a#3", "v")]


def test_a_literal_id_that_a_numbered_repeat_took_is_numbered_in_turn(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [{"id": "a", "text": "t"}, {"id": "a", "text": "u"}, {"id": "a#2", "text": "v"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    records = load_gold(path, number_repeats=True)
    assert [(r.id, r.text) for r in records] == [("a", "t"), ("a#2", "u"), ("a#2#2", "v")]
