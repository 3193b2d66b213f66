"""The DuckDB store keeps one row per article and event, and re-coding adds nothing."""

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


def test_storing_the_same_article_twice_adds_nothing(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(str(path)) as store:
        assert store.add_many([_coded()]) == 1
        assert store.add_many([_coded()]) == 0
        assert (store.count("articles"), store.count("events")) == (1, 2)


def test_store_is_a_real_duckdb_file_with_articles_and_events_tables(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(str(path)) as store:
        store.add_many([_coded()])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    row = con.execute("SELECT source_code, target_code, cameo_root, article_id FROM events LIMIT 1").fetchone()
    assert row == ("ISRMIL", "PSEREBHMS", "19", "a1")


def test_stored_events_read_back_as_the_output_record(tmp_path):
    coded = _coded()
    with open_store(str(tmp_path / "e.duckdb")) as store:
        store.add_many([coded])
        records = list(store.events())
    assert records == [e.to_dict() for e in coded.events]


def test_changed_text_for_a_known_id_replaces_its_events(tmp_path):
    with open_store(str(tmp_path / "e.duckdb")) as store:
        store.add_many([_coded(n=2)])
        assert store.add_many([_coded(text="Israel bombed Gaza.", n=1)]) == 1
        assert (store.count("articles"), store.count("events")) == (1, 1)


@pytest.mark.parametrize("table", ["articles; DROP TABLE events", "nope"])
def test_count_refuses_unknown_tables(tmp_path, table):
    with open_store(":memory:") as store, pytest.raises(ValueError):
        store.count(table)


def test_many_events_are_written_in_chunks_without_loss(tmp_path):
    with open_store(str(tmp_path / "e.duckdb")) as store:
        store.add_many([_coded("big", n=600), _coded("small", n=3)])
        assert store.count("events") == 603
        assert len(list(store.events(article_id="big"))) == 600


def test_a_changed_text_is_counted_as_a_replacement(tmp_path):
    with open_store(str(tmp_path / "e.duckdb")) as store:
        store.add_many([_coded(n=2)])
        store.add_many([_coded(text="Israel bombed Gaza.", n=1)])
        assert store.replaced == 1


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


def _row(event_id: str, **values):
    row = {
        "event_id": event_id, "article_id": "icews:1", "sentence_index": 0, "sentence": "Consult",
        "date": dt.date(2018, 6, 1), "source_code": "BGDGOV", "target_code": "VNMMIL", "cameo_code": "040",
        "cameo_root": "04", "cameo_name": "Consult", "goldstein": 1.0, "quad_class": 1, "confidence": 1.0,
        "evidence_start": 0, "evidence_end": 0, "rule": "import:icews",
    }  # fmt: skip
    row.update(values)
    return row


def test_imported_event_rows_are_stored_once_and_queryable(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as store:
        assert store.add_events([_row("icews:1"), _row("icews:2")]) == 2
        assert store.add_events([_row("icews:2"), _row("icews:3")]) == 1
        result = store.query("SELECT event_id FROM events WHERE source_code = ? ORDER BY event_id", ["BGDGOV"])
        assert result.columns == ["event_id"]
        assert [r["event_id"] for r in result.dicts()] == ["icews:1", "icews:2", "icews:3"]
        assert store.query("SELECT count(*) FROM events").scalar() == 3


def test_a_bad_query_is_a_store_error(tmp_path):
    from eventscribe.errors import StoreError

    with open_store(str(tmp_path / "events.duckdb")) as store, pytest.raises(StoreError, match="query failed"):
        store.query("SELECT nope FROM events")
