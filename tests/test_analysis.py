"""Dyad series and actor networks, computed from real DuckDB stores filled through the Store interface."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from conftest import story_article

from eventscribe.analysis import AnalysisError, actor_network, dyad_series, network_to_json
from eventscribe.analysis.synthetic import ACTIONS, event_row
from eventscribe.store import open_store

CONSULT, AID, ACCUSE, FIGHT = ACTIONS[1], ACTIONS[5], ACTIONS[6], ACTIONS[9]  # quad 1, 2, 3, 4
D = dt.date


@pytest.fixture
def store(tmp_path):
    rows = [
        event_row("e1", D(2014, 1, 5), "IRNGOV", "PSEREBHMS", CONSULT),
        event_row("e2", D(2014, 1, 20), "IRNGOV", "PSEREBHMS", AID),
        event_row("e3", D(2014, 3, 2), "IRNMIL", "PSEREBHMS", FIGHT),
        event_row("e4", D(2014, 3, 9), "PSEREBHMS", "IRNGOV", ACCUSE),
        event_row("e5", D(2014, 4, 1), "PSEREBFTH", "IRNGOV", CONSULT),
        event_row("e6", D(2014, 2, 1), "ISRMIL", "PSEREBHMS", FIGHT),
    ]
    with open_store(str(tmp_path / "events.duckdb")) as writer:
        writer.add_events(rows)
        writer.add_many([story_article()])
    with open_store(str(tmp_path / "events.duckdb"), read_only=True) as reader:
        yield reader


def test_directed_monthly_series_counts_quad_classes_and_fills_empty_months(store):
    frame = dyad_series(store, "IRN", "PSE", freq="month")
    assert frame["period"].tolist() == ["2014-01-01", "2014-02-01", "2014-03-01"]
    assert frame[["quad1", "quad2", "quad3", "quad4"]].values.tolist() == [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 1]]
    assert frame["events"].tolist() == [2, 0, 1]
    assert frame["goldstein"].tolist() == [CONSULT[3] + AID[3], 0.0, FIGHT[3]]
    assert frame["goldstein_mean"][0] == pytest.approx((CONSULT[3] + AID[3]) / 2)
    assert frame["goldstein_mean"].isna()[1]


def test_undirected_series_counts_both_directions(store):
    directed = dyad_series(store, "PSE", "IRN")
    both = dyad_series(store, "PSE", "IRN", directed=False)
    assert int(directed["events"].sum()) == 3  # e4, e5 and the story's meeting
    assert int(both["events"].sum()) == 6  # e1 to e5 and the meeting
    assert both["period"].iloc[-1] == "2014-06-01"


@pytest.mark.parametrize(
    ("a", "b", "events"),
    [("IRN", "PSE", 3), ("IRNGOV", "PSE", 2), ("IRNMIL", "PSEREBHMS", 1), ("IRN", "PSEREBFTH", 0),
     ("irngov", "psereb", 2), ("ISR", "PSEREBHMS", 2)],
)  # fmt: skip
def test_actors_match_at_country_sector_and_group_level(store, a, b, events):
    assert int(dyad_series(store, a, b)["events"].sum()) == events


def test_weekly_periods_start_on_monday_and_daily_ones_cover_every_day(store):
    weeks = dyad_series(store, "IRN", "PSE", freq="week", end=D(2014, 1, 31))
    assert weeks["period"].tolist() == ["2013-12-30", "2014-01-06", "2014-01-13", "2014-01-20"]
    days = dyad_series(store, "IRN", "PSE", freq="day", start=D(2014, 1, 1), end=D(2014, 1, 31))
    assert len(days) == 16 and days["events"].sum() == 2  # 5 to 20 January


def test_a_window_keeps_only_its_events(store):
    frame = dyad_series(store, "IRN", "PSE", start=D(2014, 2, 1), end=D(2014, 12, 31))
    assert frame["period"].tolist() == ["2014-03-01"]


def test_a_dyad_without_events_is_an_empty_frame_with_the_columns(store):
    frame = dyad_series(store, "USA", "CHN")
    assert frame.empty and "quad4" in frame.columns


@pytest.mark.parametrize("bad", ["IRN'", "IRN%", "", "I R N", "IRN; DROP TABLE events", "x" * 40])
def test_malformed_actor_codes_are_refused(store, bad):
    with pytest.raises(AnalysisError, match="actor code"):
        dyad_series(store, bad, "PSE")


def test_unknown_frequency_is_refused(store):
    with pytest.raises(AnalysisError, match="frequency"):
        dyad_series(store, "IRN", "PSE", freq="year")


def test_coded_articles_and_imported_rows_are_read_alike(store):
    frame = dyad_series(store, "ISRMIL", "PSEREBHMS")
    assert frame["quad4"].sum() == 2  # one imported (e6), one from the coded story


# ---- networks ----


@pytest.fixture
def blocs(tmp_path):
    """Two blocs: AAA, BBB, CCC cooperate among themselves, DDD and EEE too; CCC and DDD fight."""
    rows, n = [], 0
    day = D(2015, 5, 1)

    def add(source, target, action, times):
        nonlocal n
        for _ in range(times):
            rows.append(event_row(f"b{n}", day, source, target, action))
            n += 1

    for s, t in [("AAAGOV", "BBBGOV"), ("BBBGOV", "CCCGOV"), ("AAAGOV", "CCCMIL"), ("DDDGOV", "EEEGOV")]:
        add(s, t, CONSULT, 6)
        add(t, s, AID, 4)
    add("CCCMIL", "DDDMIL", FIGHT, 5)
    add("DDDGOV", "CCCGOV", ACCUSE, 2)
    rows.append(event_row("old", D(2001, 1, 1), "FFFGOV", "AAAGOV", CONSULT))
    path = tmp_path / "blocs.duckdb"
    with open_store(str(path)) as writer:
        writer.add_events(rows)
    with open_store(str(path), read_only=True) as reader:
        yield reader


def test_network_edges_carry_cooperation_and_conflict(blocs):
    graph = actor_network(blocs, start=D(2015, 1, 1), end=D(2015, 12, 31))
    assert isinstance(graph, nx.DiGraph)
    assert set(graph.nodes) == {"AAA", "BBB", "CCC", "DDD", "EEE"}  # FFF's event is outside the window
    edge = graph.edges["CCC", "DDD"]
    assert (edge["cooperation"], edge["conflict"], edge["events"]) == (0, 5, 5)
    assert graph.edges["AAA", "BBB"]["cooperation"] == 6 and graph.edges["BBB", "AAA"]["cooperation"] == 4
    assert graph.edges["DDD", "CCC"]["goldstein"] == pytest.approx(2 * ACCUSE[3])


def test_network_finds_the_two_blocs(blocs):
    graph = actor_network(blocs, start=D(2015, 1, 1))
    community = nx.get_node_attributes(graph, "community")
    assert community["AAA"] == community["BBB"] == community["CCC"]
    assert community["DDD"] == community["EEE"] != community["AAA"]


def test_bridging_actors_have_the_highest_betweenness(blocs):
    graph = actor_network(blocs, start=D(2015, 1, 1))
    betweenness = nx.get_node_attributes(graph, "betweenness")
    assert {max(betweenness, key=betweenness.get)} <= {"CCC", "DDD"}
    assert betweenness["AAA"] < betweenness["CCC"]


def test_network_at_sector_level_and_busiest_nodes(blocs):
    graph = actor_network(blocs, level="sector")
    assert {"CCCMIL", "CCCGOV", "FFFGOV"} <= set(graph.nodes)
    top = actor_network(blocs, max_nodes=2)
    assert graph.number_of_nodes() > top.number_of_nodes() == 2


def test_network_json_lists_nodes_and_edges_with_their_attributes(blocs):
    data = network_to_json(actor_network(blocs, start=D(2015, 1, 1)))
    assert {n["id"] for n in data["nodes"]} == {"AAA", "BBB", "CCC", "DDD", "EEE"}
    assert data["communities"] == 2
    edge = next(e for e in data["edges"] if (e["source"], e["target"]) == ("CCC", "DDD"))
    assert edge["conflict"] == 5
    assert all({"degree", "betweenness", "x", "y", "events"} <= set(n) for n in data["nodes"])


def test_network_of_an_empty_window_is_empty(blocs):
    assert actor_network(blocs, start=D(2030, 1, 1)).number_of_nodes() == 0


def test_network_refuses_a_window_that_ends_before_it_starts(blocs):
    with pytest.raises(AnalysisError, match="starts after"):
        actor_network(blocs, start=D(2016, 1, 1), end=D(2015, 1, 1))


def test_network_leaves_out_actors_of_unknown_country(tmp_path):
    rows = [event_row("u1", D(2015, 1, 1), "---", "IRNGOV", CONSULT), event_row("u2", D(2015, 1, 1), "IRNGOV",
            "---CVL", FIGHT), event_row("k1", D(2015, 1, 1), "IRNGOV", "ISRGOV", CONSULT)]  # fmt: skip
    with open_store(str(tmp_path / "u.duckdb")) as store:
        store.add_events(rows)
        assert set(actor_network(store).nodes) == {"IRN", "ISR"}
