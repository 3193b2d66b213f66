"""``serve`` keeps answering while a real ``code --db`` run writes to the same store, on DuckDB (the writer
holds the file only per batch, the server per request, both wait a bounded time for the other) and on
PostgreSQL (which takes concurrent readers and writers). A DuckDB file held by another process past the
busy timeout gives the API a 503 with a JSON message, and the CLI a one-line error."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import serving

from eventscribe.analysis.synthetic import synthetic_rows
from eventscribe.store import open_store

pytestmark = [pytest.mark.server, pytest.mark.spacy]

SEED_EVENTS = 500
ARTICLES = 100  # over three store batches (coding.STORE_BATCH = 32)
LEADERS = ["Iran's foreign minister", "Hamas leaders", "Israeli troops", "Turkish officials", "Egypt's president"]
ACTS = ["met", "accused", "praised", "criticised", "visited"]


def _articles(path: Path) -> Path:
    lines = []
    for i in range(ARTICLES):
        source, target = LEADERS[i % 5], LEADERS[(i + 1 + i // 5) % 5]
        text = f"{source} {ACTS[i % 5]} {target} in Doha on Monday. Talks number {i} followed."
        lines.append(json.dumps({"id": f"c{i:03d}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _code(articles: Path, db: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "eventscribe.cli", "code", str(articles), "--db", db, "--date", "2014-06-26", "-q"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _poll_while(writer: subprocess.Popen[str], base: str) -> list[tuple[int, dict]]:
    """GET /api/events again and again until the writer exits (and once after)."""
    answers = []
    with httpx.Client(timeout=30) as client:
        while True:
            done = writer.poll() is not None
            response = client.get(base + "/api/events", params={"limit": 5})
            answers.append((response.status_code, response.json()))
            if done:
                return answers
            time.sleep(0.05)


def _check_run(db: str, tmp_path: Path) -> None:
    with open_store(db) as seed:
        seed.add_events(list(synthetic_rows(SEED_EVENTS, seed=4)))
    with serving(Path(db) if "://" not in db else db) as server:  # type: ignore[arg-type]
        writer = _code(_articles(tmp_path / "news.jsonl"), db)
        answers = _poll_while(writer, server.base)
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        coded_events = int(re.search(r"coded \d+ articles, (\d+) events", err + out).group(1))  # type: ignore[union-attr]
    statuses = {status for status, _ in answers}
    assert statuses <= {200, 503}, answers
    busy = [body for status, body in answers if status == 503]
    assert all("store busy" in body["message"] for body in busy)
    assert len(busy) <= len(answers) // 10, f"{len(busy)} of {len(answers)} answers were 503"
    totals = [body["total"] for status, body in answers if status == 200]
    assert len(totals) >= 10
    assert totals == sorted(totals), totals  # never go down
    assert totals[0] >= SEED_EVENTS and totals[-1] == SEED_EVENTS + coded_events > SEED_EVENTS


def test_serve_answers_while_code_writes_the_same_duckdb_file(tmp_path):
    _check_run(str(tmp_path / "shared.duckdb"), tmp_path)


@pytest.mark.postgres
def test_serve_answers_while_code_writes_the_same_postgres_database(tmp_path, postgres_url):
    _check_run(postgres_url, tmp_path)


def test_a_duckdb_file_held_too_long_is_a_503_for_the_api_and_one_line_for_the_cli(tmp_path):
    db = tmp_path / "held.duckdb"
    with open_store(str(db)) as seed:
        seed.add_events(list(synthetic_rows(50, seed=1)))
    with serving(db) as server:
        holder = open_store(str(db))  # this process now holds the file for writing (serve lets go for it)
        try:
            response = httpx.get(server.base + "/api/events", timeout=30)
            articles = _articles(tmp_path / "news.jsonl")
            done = subprocess.run(
                [sys.executable, "-m", "eventscribe.cli", "code", str(articles), "--db", str(db), "-q"],
                capture_output=True, text=True, timeout=120, check=False,
            )  # fmt: skip
        finally:
            holder.close()
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert "store busy" in response.json()["message"] and str(db) in response.json()["message"]
        assert httpx.get(server.base + "/api/events").status_code == 200  # answers again once let go
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use by another process" in lines[0] and "Traceback" not in done.stderr
