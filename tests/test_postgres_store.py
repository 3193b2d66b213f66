"""PostgreSQL specifics: placeholders, URLs in messages, the nested view, and the CLI with --db postgresql://."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from eventscribe.errors import StoreError
from eventscribe.store import open_store
from eventscribe.store.postgres_store import redact, to_pyformat


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM e WHERE a = ? AND b LIKE 'x%'", "SELECT * FROM e WHERE a = %s AND b LIKE 'x%%'"),
        ("SELECT '?' , \"c?\" , ?", "SELECT '?' , \"c?\" , %s"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
    ],
)
def test_question_marks_become_psycopg_placeholders_outside_quotes(sql, expected):
    assert to_pyformat(sql) == expected


def test_messages_never_show_the_password():
    assert redact("postgresql://ana:s3cret@db.example:5432/events") == "postgresql://ana:***@db.example:5432/events"


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as caught:
        open_store("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2")
    assert "pw" not in str(caught.value)


@pytest.mark.postgres
def test_event_records_view_nests_the_output_fields(postgres_url):
    from test_store_contract import coded

    with open_store(postgres_url) as store:
        store.add_many([coded("a1")])
        row = store.query("SELECT source ->> 'code', cameo ->> 'root', location ->> 'name' FROM event_records").rows
    assert row == [("ISRMIL", "19", "Gaza")]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventscribe.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.postgres
@pytest.mark.spacy
def test_code_and_show_work_with_a_postgresql_url(postgres_url, tmp_path):
    out = tmp_path / "events.jsonl"
    first = _run("code", str(ROOT / "examples"), "--db", postgres_url, "--output", str(out), "--quiet")
    assert first.returncode == 0, first.stderr
    again = _run("code", str(ROOT / "examples"), "--db", postgres_url, "--quiet")
    assert "1 already stored" in again.stdout
    with open_store(postgres_url) as store:
        assert store.count("articles") == 1
        assert sorted(e["event_id"] for e in store.events()) == sorted(
            json.loads(line)["event_id"] for line in out.read_text().splitlines()
        )
    shown = _run("show", "--db", postgres_url)
    assert shown.returncode == 0, shown.stderr
    assert "PSEREBHMS" in shown.stdout
    grouped = _run("show", "--db", postgres_url, "--groups")
    assert grouped.returncode == 0 and "reports" in grouped.stdout
