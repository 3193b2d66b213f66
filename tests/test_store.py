"""The DuckDB store is a real DuckDB file with the documented tables (behaviour shared by every store is in
test_store_contract.py)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence, PloverCode
from eventscribe.store import open_store


def _coded(article_id: str = "a1", text: str = "Israel attacked Gaza.", n: int = 2) -> CodedArticle:
    article = Article(id=article_id, text=text, date=dt.date(2014, 6, 26))
    events = tuple(
        Event(
            event_id=f"{article_id}-{i}",
            article_id=article_id,
            sentence_index=0,
            sentence=text,
            date=dt.date(2014, 6, 26),
            source=Actor("ISRMIL", "Israel", "ISR", ("MIL",), "Israeli troops"),
            target=Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "Hamas"),
            cameo=CameoCode("190", "19", "Use conventional military force", -10.0, 4),
            plover=PloverCode("ASSAULT", "", ("military",)),
            location=None,
            confidence=0.8,
            evidence=Evidence("attacked", 0, len(text), 7, 15),
            extra={"date_precision": "day", "rule": "attack"},
        )
        for i in range(n)
    )
    return CodedArticle(article, events)


def test_store_is_a_real_duckdb_file_with_articles_and_events_tables(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(str(path)) as store:
        store.add_many([_coded()])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    row = con.execute("SELECT source_code, target_code, cameo_root, article_id FROM events LIMIT 1").fetchone()
    assert row == ("ISRMIL", "PSEREBHMS", "19", "a1")


def test_event_records_view_nests_the_output_fields(tmp_path):
    path = tmp_path / "e.duckdb"
    with open_store(str(path)) as store:
        store.add_many([_coded(n=1)])
    con = duckdb.connect(str(path), read_only=True)
    source, cameo = con.execute("SELECT source, cameo FROM event_records").fetchone()
    assert source["code"] == "ISRMIL" and source["sectors"] == ["MIL"] and cameo["root"] == "19"


def test_a_duckdb_file_that_is_not_a_store_is_refused_clearly(tmp_path):
    from eventscribe.errors import StoreError

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(StoreError, match="eventscribe store"):
        open_store(str(path), read_only=True)
