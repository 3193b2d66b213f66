"""``eventscribe dyad``, ``network`` and ``shifts`` on a real DuckDB store."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random

import networkx as nx
import pytest
from conftest import story_article

from eventscribe.analysis.synthetic import ACTIONS, event_row
from eventscribe.cli import main
from eventscribe.store import open_store

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    rng = random.Random(5)
    rows = []
    for m in range(24):
        month = dt.date(2012 + m // 12, m % 12 + 1, 1)
        hostile = 8 <= m < 16
        pool = [a for a in ACTIONS if (a[4] >= 3) == hostile]
        for i in range(8):
            day = month + dt.timedelta(days=rng.randrange(28))
            rows.append(event_row(f"c{m}-{i}", day, "IRNGOV", "PSEREBHMS", rng.choice(pool)))
        rows.append(event_row(f"t{m}", month, "TURGOV", "PSEREBHMS", ACTIONS[1]))
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    with open_store(str(path)) as writer:
        writer.add_events(rows)
        writer.add_many([story_article()])
    return str(path)


def test_dyad_prints_a_table(db, capsys):
    assert main(["dyad", "IRN", "PSE", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "IRN -> PSE: 192 events" in out and "2012-01-01" in out and "quad4" in out


def test_dyad_writes_csv_with_the_series(db, tmp_path):
    out = tmp_path / "dyad.csv"
    assert main(["dyad", "IRNGOV", "PSE", "--db", db, "--csv", str(out), "--start", "2012-01-01",
                 "--end", "2012-06-30", "--freq", "week"]) == 0  # fmt: skip
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["period"] == "2011-12-26" and set(rows[0]) >= {"quad1", "quad4", "goldstein", "goldstein_mean"}
    assert sum(int(r["events"]) for r in rows) == 48


def test_dyad_undirected_counts_both_ways(db, tmp_path):
    out = tmp_path / "both.csv"
    assert main(["dyad", "PSE", "ISR", "--db", db, "--undirected", "--csv", str(out)]) == 0
    assert sum(int(r["events"]) for r in csv.DictReader(out.open())) == 2


def test_dyad_draws_a_png(db, tmp_path):
    out = tmp_path / "dyad.png"
    assert main(["dyad", "IRN", "PSE", "--db", db, "--plot", str(out)]) == 0
    assert out.read_bytes()[:8] == PNG and out.stat().st_size > 10_000


def test_dyad_with_a_malformed_code_is_a_clear_error(db, capsys):
    assert main(["dyad", "IRN'--", "PSE", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "not an actor code" in err and "Traceback" not in err


def test_network_writes_graphml_that_networkx_reads(db, tmp_path):
    out = tmp_path / "net.graphml"
    assert main(["network", "--db", db, "--start", "2012-01-01", "--end", "2013-12-31", "--format", "graphml",
                 "--output", str(out)]) == 0  # fmt: skip
    graph = nx.read_graphml(out)
    assert set(graph.nodes) == {"IRN", "PSE", "TUR"}
    assert graph.edges["IRN", "PSE"]["events"] == 192 and "community" in graph.nodes["PSE"]


def test_network_json_to_stdout_and_png(db, tmp_path, capsys):
    assert main(["network", "--db", db, "--level", "sector", "--max-nodes", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["nodes"]) == 3 and data["level"] == "sector"
    png = tmp_path / "net.png"
    assert main(["network", "--db", db, "--format", "png", "--output", str(png)]) == 0
    assert png.read_bytes()[:8] == PNG


def test_network_png_needs_an_output_file(db, capsys):
    assert main(["network", "--db", db, "--format", "png"]) == 2
    assert "--output" in capsys.readouterr().err


def test_shifts_lists_the_turns_with_their_events(db, capsys):
    assert main(["shifts", "--db", db, "--actor", "IRN", "--other", "PSE"]) == 0
    lines = capsys.readouterr().out.splitlines()
    turns = [line for line in lines if not line.startswith(" ")]
    assert len(turns) == 2
    assert turns[0].startswith("2012-09-01") and "falling out" in turns[0]
    assert turns[1].startswith("2013-05-01") and "rapprochement" in turns[1]


def test_shifts_as_json_for_the_main_partners(db, capsys):
    assert main(["shifts", "--db", db, "--actor", "IRN", "--json", "--min-size", "2", "--freq", "month"]) == 0
    shifts = json.loads(capsys.readouterr().out)
    assert [s["b"] for s in shifts] == ["PSE", "PSE"] and all(s["events"] for s in shifts)


def test_shifts_in_a_window_without_turns(db, capsys):
    assert main(["shifts", "--db", db, "--actor", "TUR", "--start", "2012-01-01", "--end", "2012-12-31"]) == 0
    assert "no shift found" in capsys.readouterr().out
