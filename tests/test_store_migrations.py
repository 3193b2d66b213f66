"""Stores of the previous schema version are upgraded when opened, newer ones refused; writers meet safely."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
import time

import duckdb
import pytest

from eventscribe.errors import StoreError
from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence
from eventscribe.store import open_store
from eventscribe.store.migrate import migrations, split_statements
from eventscribe.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, SCHEMA_VERSION, article_row, event_row


def _coded(article_id: str, text: str) -> CodedArticle:
    article = Article(id=article_id, text=text, date=dt.date(2014, 6, 26))
    ev = Event(
        event_id=f"{article_id}-e", article_id=article_id, sentence_index=0, sentence=text,
        date=dt.date(2014, 6, 26), source=Actor("ISRMIL", "Israel", "ISR", ("MIL",), "Israeli troops"),
        target=Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "Hamas"),
        cameo=CameoCode("190", "19", "Use conventional military force", -10.0, 4), plover=None, location=None,
        confidence=0.8, evidence=Evidence("attacked", 0, len(text)),
    )  # fmt: skip
    return CodedArticle(article, (ev,))


def _version_1(execute, dialect: str) -> None:
    """A store as eventscribe wrote it before versions and groups: migration 1 only, two reports."""
    (first,) = [m for m in migrations(dialect) if m.version == 1]
    for statement in split_statements(first.sql):
        execute(statement, None)
    for article_id in ("old1", "old2"):
        coded = _coded(article_id, f"Israeli troops attacked Hamas ({article_id}).")
        a, e = article_row(coded.article, 1), event_row(coded.events[0])
        execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join(['%s'] * len(a))})", a)
        execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join(['%s'] * len(e))})", e)


def _duckdb_v1(path) -> None:
    con = duckdb.connect(str(path))
    _version_1(lambda sql, params: con.execute(sql.replace("%s", "?"), params), "duckdb")
    con.close()


def _check_upgraded(store) -> None:
    assert store.query("SELECT value FROM meta WHERE key = 'schema_version'").scalar() == str(SCHEMA_VERSION)
    assert store.count("articles") == 2 and store.count("events") == 2
    assert [v["version"] for v in store.versions("old1")] == [1]
    (group,) = store.groups()  # the stored events are grouped on upgrade
    assert {r.article_id for r in group.reports} == {"old1", "old2"}
    store.add_many([_coded("old1", "A corrected text.")])
    assert [v["superseded"] for v in store.versions("old1")] == [True, False]


def test_a_version_1_duckdb_store_is_upgraded_not_refused(tmp_path):
    path = tmp_path / "v1.duckdb"
    _duckdb_v1(path)
    with open_store(str(path)) as store:
        _check_upgraded(store)


def test_a_version_1_duckdb_store_opened_for_reading_is_upgraded_too(tmp_path):
    path = tmp_path / "v1.duckdb"
    _duckdb_v1(path)
    with open_store(str(path), read_only=True) as store:
        assert store.count("event_groups") == 1
        assert len(list(store.events())) == 2


@pytest.mark.postgres
def test_a_version_1_postgres_store_is_upgraded_not_refused(postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as con:
        _version_1(lambda sql, params: con.execute(sql, params), "postgres")
    with open_store(postgres_url) as store:
        _check_upgraded(store)


def test_a_newer_duckdb_store_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.duckdb"
    open_store(str(path)).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}, newer than this eventscribe"):
        open_store(str(path))


@pytest.mark.postgres
def test_a_newer_postgres_store_is_refused_with_a_clear_message(postgres_url):
    open_store(postgres_url).close()
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99, newer than this eventscribe"):
        open_store(postgres_url)


def test_a_duckdb_file_that_is_not_a_store_is_refused_clearly(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE articles (x INTEGER)").close()
    with pytest.raises(StoreError, match="not an eventscribe store"):
        open_store(str(path))


def test_every_dialect_has_the_same_numbered_steps():
    assert [m.version for m in migrations("duckdb")] == [m.version for m in migrations("postgres")]
    assert migrations("duckdb")[-1].version == SCHEMA_VERSION


def test_a_duckdb_store_in_use_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    hold = (
        f"from eventscribe.store import open_store; s = open_store({str(path)!r}); print('open', flush=True); input()"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(str(path))
    finally:
        holder.communicate("\n", timeout=30)


@pytest.mark.postgres
def test_concurrent_postgres_writers_store_each_article_once(postgres_url):
    open_store(postgres_url).close()
    articles = [_coded(f"a{i}", f"Text {i}") for i in range(40)]
    errors: list[BaseException] = []

    def write(order: list[CodedArticle]) -> None:
        try:
            with open_store(postgres_url) as store:
                for start in range(0, len(order), 4):
                    store.add_many(order[start : start + 4])
                    time.sleep(0.001)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(order,)) for order in (articles, articles[::-1], articles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    with open_store(postgres_url) as store:
        assert (store.count("articles"), store.count("events"), store.count("superseded_articles")) == (40, 40, 0)
        (group,) = store.groups()
        assert group.n_reports == 40
