"""The command line, run as a user runs it: a real process, real files, a real DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest
from conftest import ROOT

pytestmark = pytest.mark.spacy

EVENTSCRIBE = [sys.executable, "-m", "eventscribe.cli"]
REQUIRED = {"event_id", "article_id", "sentence_index", "sentence", "date", "source", "target", "cameo",
            "plover", "location", "confidence", "evidence"}  # fmt: skip


def run(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EVENTSCRIBE, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def coded_example(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    out, db = tmp / "events.jsonl", tmp / "events.duckdb"
    result = run("code", str(ROOT / "examples"), "--output", str(out), "--db", str(db))
    return result, out, db


def test_code_writes_contract_records_and_a_one_line_summary(coded_example):
    result, out, _ = coded_example
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("coded 1 articles")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records and all(REQUIRED <= set(r) for r in records)
    assert all(r["article_id"] == "seed-2014-06-26-hamas-iran" for r in records)


def test_coding_the_same_article_twice_adds_nothing(coded_example, tmp_path):
    _, out, db = coded_example
    before = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchone()[0]
    again = run("code", str(ROOT / "examples"), "--db", str(db), "--quiet")
    assert again.returncode == 0, again.stderr
    assert "1 already stored" in again.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_bad_records_are_named_and_the_rest_is_coded(tmp_path):
    source = tmp_path / "news.jsonl"
    good = {"id": "ok", "text": "Israeli troops attacked Hamas fighters in Gaza.", "date": "2014-06-26"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "d", "text": "x", "date": "2014-13-45"})]
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "events.jsonl"
    result = run("code", str(source), "--output", str(out))
    assert result.returncode == 1
    assert f"{source}:2" in result.stderr and f"{source}:3" in result.stderr
    assert "Traceback" not in result.stderr
    assert any(json.loads(line)["article_id"] == "ok" for line in out.read_text().splitlines())


def test_show_prints_a_readable_table(coded_example):
    _, _, db = coded_example
    result = run("show", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "PSEREBHMS" in result.stdout and "Hamas" in result.stdout


def test_code_with_two_processes_gives_the_same_events(coded_example, tmp_path):
    _, out, _ = coded_example
    out2 = tmp_path / "events2.jsonl"
    result = run("code", str(ROOT / "examples"), "--output", str(out2), "--processes", "2")
    assert result.returncode == 0, result.stderr
    assert out2.read_text() == out.read_text()


def test_missing_input_is_an_error_without_traceback(tmp_path):
    result = run("code", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "e.jsonl"))
    assert result.returncode == 1
    assert "nope.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_a_directory_of_every_format_is_coded_and_bad_files_named(tmp_path):
    news = tmp_path / "news"
    (news / "deeper").mkdir(parents=True)
    attack = "Israeli troops attacked Hamas fighters in Gaza on Monday."
    (news / "a.jsonl").write_text(json.dumps({"id": "j1", "text": attack, "date": "2014-06-26"}) + "\n")
    (news / "b.csv").write_text(f'id,text,date\nc1,"{attack}",2014-06-26\n')
    (news / "deeper" / "wire-2014-06-26.txt").write_text(attack)
    (news / "page.html").write_text(
        f"<html><head><title>Gaza</title></head><body><article><p>{attack}</p></article></body></html>"
    )
    (news / "feed.rss").write_text(
        f"<rss><channel><item><guid>r1</guid><title>Clash</title><description>{attack}</description>"
        "<pubDate>Thu, 26 Jun 2014 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    (news / "broken.bin.txt").write_bytes(b"\x00\x01\x02binary")
    db = tmp_path / "e.duckdb"
    result = run("code", str(news), "--db", str(db), "--date", "2014-06-26", "--quiet")
    assert result.returncode == 1 and "broken.bin.txt" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    ids = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    assert ids == {"j1", "c1", "deeper/wire-2014-06-26", "page", "r1"}
    coded = {row[0] for row in con.execute("SELECT DISTINCT article_id FROM events WHERE cameo_root = '19'").fetchall()}
    assert coded == ids


def test_a_rerun_with_a_store_still_writes_every_event_to_the_output(coded_example, tmp_path):
    _, out, db = coded_example
    again = tmp_path / "again.jsonl"
    result = run("code", str(ROOT / "examples"), "--db", str(db), "--output", str(again), "--quiet")
    assert result.returncode == 0 and "1 already stored" in result.stdout

    def records(path):
        return sorted((json.loads(line) for line in path.read_text().splitlines()), key=lambda r: r["event_id"])

    assert records(again) == records(out)


def test_an_output_that_is_also_the_input_is_refused_and_the_input_kept(tmp_path):
    source = tmp_path / "news.jsonl"
    content = json.dumps({"id": "a", "text": "Iran condemned Israel.", "date": "2014-06-26"}) + "\n"
    source.write_text(content)
    result = run("code", str(source), "--output", str(source))
    assert result.returncode == 2 and "also an input" in result.stderr
    assert source.read_text() == content


def test_an_output_inside_the_input_directory_is_not_read_back(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": "Iran condemned Israel.", "date": "2014-06-26"}) + "\n"
    )
    for _ in range(2):
        result = run("code", str(news), "--output", str(news / "events.jsonl"), "--quiet")
        assert result.returncode == 0, result.stderr
    assert (news / "events.jsonl").read_text().count("\n") >= 1


@pytest.mark.parametrize(
    "args",
    [
        ["evaluate", "--gold", "missing-gold.jsonl"],
        ["show", "--db", "missing.duckdb"],
        ["code", "nothing-here.jsonl", "--output", "."],
    ],
)
def test_command_errors_are_one_line_without_traceback(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("eventscribe:")
