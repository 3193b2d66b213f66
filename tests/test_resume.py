"""A real `eventscribe code … --db` process killed with SIGKILL mid-run resumes with no duplicates and nothing
missing: the store ends up as after an uninterrupted run (DuckDB and PostgreSQL)."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventscribe.store import open_store

pytestmark = pytest.mark.spacy

N_ARTICLES = 600
SOURCES = ["Israeli troops", "Hamas militants", "Turkish police", "Syrian rebels", "Russian forces", "Iraqi soldiers"]
ACTS = ["attacked", "criticized", "praised", "accused", "threatened", "met with"]
TARGETS = ["Palestinian protesters", "the Iranian government", "Kurdish fighters", "Lebanese officials"]


def _articles() -> list[dict[str, str]]:
    """Short wire reports; many report the same act on the same day, so there are groups to find."""
    clauses = itertools.cycle(itertools.product(SOURCES, ACTS, TARGETS))
    articles = []
    for i in range(N_ARTICLES):
        sentences = [f"{s} {a} {t} on Monday." for s, a, t in itertools.islice(clauses, 3)]
        day = 2 + i % 20
        articles.append({"id": f"wire-{i:04d}", "date": f"2014-06-{day:02d}", "text": " ".join(sentences)})
    return articles


def _code(source: Path, db: str, output: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "eventscribe.cli", "code", str(source), "--db", db, "--output", str(output)]
    return subprocess.Popen([*command, "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lines(output: Path) -> list[str]:
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in output.read_text().splitlines())


def _snapshot(db: str) -> dict[str, object]:
    with open_store(db, read_only=True) as store:
        events = sorted(json.dumps(e, sort_keys=True) for e in store.events())
        articles = store.query("SELECT id, content_hash, version FROM articles ORDER BY id").rows
        groups = sorted(json.dumps(g.to_dict(), sort_keys=True) for g in store.groups())
        n_events = store.count("events")
    return {"articles": articles, "events": events, "groups": groups, "n_events": n_events}


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("resume") / "wire.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def uninterrupted(news, tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("reference")
    db = str(folder / "reference.duckdb")
    process = _code(news, db, folder / "events.jsonl")
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    snapshot = _snapshot(db)
    snapshot["output"] = _lines(folder / "events.jsonl")
    assert len(snapshot["articles"]) == N_ARTICLES and snapshot["n_events"] > N_ARTICLES  # type: ignore[arg-type]
    return snapshot


def _stored_so_far(db: str, output: Path) -> int:
    """How far the run has got, seen from outside while it writes."""
    if db.startswith("postgresql://"):
        import psycopg

        try:
            with psycopg.connect(db, autocommit=True) as con:
                row = con.execute("SELECT count(*) FROM articles").fetchone()
                return int(row[0]) if row else 0
        except psycopg.Error:  # tables not made yet
            return 0
    # DuckDB locks its file; the events written so far (before they are stored in batches) show the progress
    partial = output.with_name(f".{output.name}.partial")
    return 1 if partial.exists() and partial.stat().st_size > 200_000 else 0


def _kill_mid_run(news: Path, db: str, output: Path) -> None:
    process = _code(news, db, output)
    deadline = time.monotonic() + 300
    while _stored_so_far(db, output) == 0:
        assert process.poll() is None, f"the run ended before it could be killed: {process.communicate()}"
        assert time.monotonic() < deadline, "nothing was stored within 300 s"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path) -> str:
    return str(tmp_path / "killed.duckdb") if request.param == "duckdb" else request.getfixturevalue("postgres_url")


def test_a_run_killed_mid_way_resumes_with_no_duplicates_and_nothing_missing(news, uninterrupted, db, tmp_path):
    output = tmp_path / "events.jsonl"
    _kill_mid_run(news, db, output)
    assert not output.exists()  # the output of a killed run is never left half-written
    with open_store(db, read_only=True) as store:
        partial = store.count("articles")
    assert 0 < partial < N_ARTICLES, f"the kill came too late to test a resume ({partial} of {N_ARTICLES})"
    print(f"killed with {partial} of {N_ARTICLES} articles stored ({'postgresql' if '://' in db else 'duckdb'})")

    resumed = _code(news, db, output)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"coded {N_ARTICLES - partial} articles" in out and f"{partial} already stored" in out
    assert {**_snapshot(db), "output": _lines(output)} == uninterrupted

    again = _code(news, db, output)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0 and f"coded 0 articles, 0 events, {N_ARTICLES} already stored" in out
    assert {**_snapshot(db), "output": _lines(output)} == uninterrupted


def test_a_changed_text_is_coded_again_as_a_new_version_and_the_old_one_is_kept(tmp_path):
    source, db, output = tmp_path / "news.jsonl", str(tmp_path / "news.duckdb"), tmp_path / "events.jsonl"
    articles = _articles()[:3]
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    assert _code(source, db, output).wait(timeout=300) == 0
    with open_store(db, read_only=True) as store:
        old_events = sorted(e["event_id"] for e in store.events(article_id="wire-0001"))
    articles[1] = {**articles[1], "text": "Turkish police arrested Kurdish fighters on Monday."}
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    rerun = _code(source, db, output)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert (
        "coded 1 articles" in out and "2 already stored" in out and "1 changed articles stored as new versions" in out
    )
    with open_store(db, read_only=True) as store:
        assert [(v["version"], v["superseded"]) for v in store.versions("wire-0001")] == [(1, True), (2, False)]
        kept = store.query("SELECT event_id FROM superseded_events WHERE article_id = ? ORDER BY event_id",
                           ["wire-0001"]).rows  # fmt: skip
        assert [row[0] for row in kept] == old_events
        current = [e["sentence"] for e in store.events(article_id="wire-0001")]
        assert current and all("arrested" in s for s in current)
