"""Relationship shifts: a synthetic history of cooperation, conflict from a given month, then cooperation
again; ``find_shifts`` must find both turns within one time step, with the events that drive them."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventscribe.analysis import change_points, find_shifts
from eventscribe.analysis.synthetic import ACTIONS, event_row
from eventscribe.store import open_store

COOPERATION = [a for a in ACTIONS if a[4] in (1, 2)]
CONFLICT = [a for a in ACTIONS if a[4] in (3, 4)]


def _months(first: dt.date, count: int) -> list[dt.date]:
    months, year, month = [], first.year, first.month
    for _ in range(count):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _history(seed: int, falling_out: dt.date, rapprochement: dt.date, *, months: int = 36, noise: float = 0.2):
    """Monthly events between Iran and Hamas (both directions, several sectors): mostly cooperation, mostly
    conflict from ``falling_out``, mostly cooperation again from ``rapprochement``; ``noise`` is the share
    of events that go against the phase. Unrelated dyads add background."""
    rng = random.Random(seed)
    rows = []
    for month in _months(dt.date(2010, 1, 1), months):
        hostile = falling_out <= month < rapprochement
        for i in range(rng.randint(4, 12)):
            against = rng.random() < noise
            pool = CONFLICT if hostile != against else COOPERATION
            source, target = rng.choice([("IRNGOV", "PSEREBHMS"), ("PSEREBHMS", "IRNGOV"), ("IRNMIL", "PSEREB")])
            day = month + dt.timedelta(days=rng.randrange(28))
            rows.append(event_row(f"h{month}-{i}", day, source, target, rng.choice(pool)))
        for i in range(3):
            day = month + dt.timedelta(days=rng.randrange(28))
            rows.append(event_row(f"bg{month}-{i}", day, "TURGOV", "PSEREBHMS", rng.choice(ACTIONS)))
    return rows


def _store(tmp_path, rows):
    path = tmp_path / "history.duckdb"
    with open_store(str(path)) as writer:
        writer.add_events(rows)
    return open_store(str(path), read_only=True)


def _months_apart(a: dt.date, b: dt.date) -> int:
    return abs((a.year - b.year) * 12 + a.month - b.month)


@pytest.mark.parametrize(
    ("seed", "falling_out", "rapprochement"),
    [(1, dt.date(2011, 3, 1), dt.date(2011, 12, 1)), (2, dt.date(2010, 9, 1), dt.date(2012, 2, 1)),
     (3, dt.date(2011, 6, 1), dt.date(2012, 1, 1)), (4, dt.date(2010, 6, 1), dt.date(2011, 1, 1))],
)  # fmt: skip
def test_shifts_finds_the_falling_out_and_the_rapprochement_within_one_month(
    tmp_path, seed, falling_out, rapprochement
):
    with _store(tmp_path, _history(seed, falling_out, rapprochement)) as store:
        shifts = find_shifts(store, "IRN", "PSE")
    assert [s.direction for s in shifts] == ["falling out", "rapprochement"]
    assert _months_apart(shifts[0].date, falling_out) <= 1
    assert _months_apart(shifts[1].date, rapprochement) <= 1
    assert shifts[0].before > 0 > shifts[0].after and shifts[1].after > 0


def test_a_shift_comes_with_the_events_that_drive_it(tmp_path):
    falling_out = dt.date(2011, 3, 1)
    with _store(tmp_path, _history(5, falling_out, dt.date(2011, 12, 1))) as store:
        first = find_shifts(store, "IRN", "PSE")[0]
    assert first.events, "a falling out names its events"
    for event in first.events:
        assert event["cameo"]["quad_class"] in (3, 4)  # conflict drives a falling out
        assert {event["source"]["code"][:3], event["target"]["code"][:3]} == {"IRN", "PSE"}
        assert _months_apart(dt.date.fromisoformat(event["date"]), first.date) <= 2
    goldstein = [e["cameo"]["goldstein"] for e in first.events]
    assert goldstein == sorted(goldstein)  # the most hostile first


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_a_steady_relationship_has_no_shift(tmp_path, seed):
    steady = _history(seed, dt.date(2099, 1, 1), dt.date(2099, 2, 1), noise=0.25)
    with _store(tmp_path, steady) as store:
        assert find_shifts(store, "IRN", "PSE") == []


def test_shifts_without_a_partner_look_at_the_main_partners(tmp_path):
    rows = _history(6, dt.date(2011, 3, 1), dt.date(2011, 12, 1))
    with _store(tmp_path, rows) as store:
        shifts = find_shifts(store, "IRN")
    assert {s.b for s in shifts} == {"PSE"}
    assert len(shifts) == 2


def test_shifts_in_weekly_periods(tmp_path):
    rng = random.Random(7)
    turn = dt.date(2014, 3, 3)  # a Monday
    rows = []
    for day_number in range(0, 140, 2):
        day = dt.date(2014, 1, 6) + dt.timedelta(days=day_number)
        pool = CONFLICT if day >= turn else COOPERATION
        rows += [event_row(f"w{day_number}-{i}", day, "IRNGOV", "PSEREBHMS", rng.choice(pool)) for i in range(3)]
    with _store(tmp_path, rows) as store:
        shifts = find_shifts(store, "IRNGOV", "PSEREBHMS", freq="week")
    assert len(shifts) == 1 and shifts[0].direction == "falling out"
    assert abs((shifts[0].date - turn).days) <= 7


def test_change_points_split_where_the_mean_moves():
    values = [0.9, 0.8, 1.0, 0.85, 0.95, -0.7, -0.9, -0.8, -0.75, 0.9, 0.8, 1.0]
    assert [k for k, _ in change_points(values)] == [5, 9]
    assert change_points([0.5] * 12) == []
    assert change_points([1.0, -1.0]) == []  # too short for two segments of two


def test_change_points_respect_the_minimum_segment_size():
    values = [1.0] * 6 + [-1.0] + [1.0] * 6  # a single bad month is no regime
    assert change_points(values, min_size=2) == []


def test_a_few_stray_events_in_a_quiet_relation_are_no_shift(tmp_path):
    rows = [event_row(f"q{m}", dt.date(2010 + m // 12, m % 12 + 1, 5), "IRNGOV", "PSEREBHMS", COOPERATION[0])
            for m in range(24)]  # fmt: skip
    rows += [event_row(f"s{m}", dt.date(2012, m + 1, 5), "IRNGOV", "PSEREBHMS", CONFLICT[-1]) for m in range(3)]
    with _store(tmp_path, rows) as store:
        assert find_shifts(store, "IRN", "PSE") == []  # three events are too few for a regime
        found = find_shifts(store, "IRN", "PSE", min_events=1)
    assert [(s.date, s.direction) for s in found] == [(dt.date(2012, 1, 1), "falling out")]
