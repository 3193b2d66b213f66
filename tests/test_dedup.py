"""Mentions of one event in many articles are grouped; different events are not."""

from __future__ import annotations

import pytest

from eventscribe.dedup import group_events


def _record(event_id, article_id, date, source="ISRMIL", target="PSEREBHMS", code="190", place="PSE"):
    return {
        "event_id": event_id, "article_id": article_id, "sentence_index": 0, "sentence": f"{event_id} text",
        "date": date, "source": {"code": source}, "target": {"code": target},
        "cameo": {"code": code, "root": code[:2], "quad_class": 4, "goldstein": -10.0},
        "location": {"name": "Gaza", "country": place} if place else None,
    }  # fmt: skip


def test_reports_of_one_event_in_three_articles_are_one_group():
    records = [_record("e1", "a1", "2014-06-26"), _record("e2", "a2", "2014-06-27"), _record("e3", "a3", "2014-06-26")]
    (group,) = group_events(records)
    assert (group.n_reports, group.n_articles) == (3, 3)
    assert {r.article_id for r in group.reports} == {"a1", "a2", "a3"}
    assert str(group.date_start) == "2014-06-26" and str(group.date_end) == "2014-06-27"


@pytest.mark.parametrize(
    "other",
    [
        _record("e2", "a2", "2014-06-30"),  # outside the date window
        _record("e2", "a2", "2014-06-26", target="LBN"),  # another dyad
        _record("e2", "a2", "2014-06-26", code="173"),  # another code
        _record("e2", "a2", "2014-06-26", place="SYR"),  # another place
    ],
)
def test_mentions_that_differ_are_separate_events(other):
    assert len(group_events([_record("e1", "a1", "2014-06-26"), other])) == 2


def test_dates_chain_within_the_window():
    records = [_record(f"e{i}", f"a{i}", f"2014-06-{20 + i}") for i in range(4)]
    assert len(group_events(records)) == 1
    assert len(group_events(records, window_days=0)) == 4


def test_undated_mentions_are_not_merged_across_articles():
    records = [_record("e1", "a1", None), _record("e2", "a2", None), _record("e3", "a1", None)]
    assert sorted(g.n_reports for g in group_events(records)) == [1, 2]


def test_group_ids_are_stable_and_groups_serialise():
    records = [_record("e1", "a1", "2014-06-26"), _record("e2", "a2", "2014-06-26")]
    first, second = group_events(records), group_events(list(reversed(records)))
    assert first[0].group_id == second[0].group_id
    assert first[0].to_dict()["n_reports"] == 2


def test_a_group_keeps_its_id_when_a_later_report_joins():
    (first,) = group_events([_record("e1", "a1", "2014-06-26")])
    (joined,) = group_events([_record("e1", "a1", "2014-06-26"), _record("e2", "a2", "2014-06-27")])
    assert joined.group_id == first.group_id and joined.n_reports == 2


def test_groups_of_different_events_have_different_ids_and_keys():
    groups = group_events([_record("e1", "a1", "2014-06-26"), _record("e2", "a2", "2014-06-26", target="LBN")])
    assert len({g.group_id for g in groups}) == 2 and len({g.key for g in groups}) == 2


def test_the_group_key_of_a_group_is_that_of_its_mentions():
    from eventscribe.dedup import group_key

    record = _record("e1", "a1", "2014-06-26")
    (group,) = group_events([record])
    assert group.key == group_key(record) == "ISRMIL\x1fPSEREBHMS\x1f190\x1fPSE"
