"""Every store (the in-memory twin, DuckDB, a real PostgreSQL server) keeps articles, versions, events and
event groups alike."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence, Place, PloverCode
from eventscribe.store import MemoryStore, open_store

ISR = Actor("ISRMIL", "Israel", "ISR", ("MIL",), "Israeli troops")
HMS = Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "Hamas")
LBN = Actor("LBN", "Lebanon", "LBN", (), "Lebanon")
GAZA = Place("Gaza", "PSE", 31.5, 34.45)


def event(article_id: str, i: int, text: str, *, date="2014-06-26", target=HMS, code="190") -> Event:
    return Event(
        event_id=f"{article_id}-{i}-{code}-{target.code}",
        article_id=article_id,
        sentence_index=i,
        sentence=text,
        date=dt.date.fromisoformat(date) if date else None,
        source=ISR,
        target=target,
        cameo=CameoCode(code, code[:2], "Use conventional military force", -10.0, 4),
        plover=PloverCode("ASSAULT", "", ("military",)),
        location=GAZA,
        confidence=0.8,
        evidence=Evidence("attacked", 0, len(text), 7, 15),
        extra={"date_precision": "day", "rule": "attack"},
    )


def coded(article_id: str, text: str = "Israel attacked Gaza.", *events_: Event, n: int = 1) -> CodedArticle:
    article = Article(id=article_id, text=text, date=dt.date(2014, 6, 26))
    return CodedArticle(article, events_ or tuple(event(article_id, i, text) for i in range(n)))


@pytest.fixture(params=["memory", "duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "memory":
        opened = MemoryStore()
    elif request.param == "duckdb":
        opened = open_store(str(tmp_path / "events.duckdb"))
    else:
        opened = open_store(request.getfixturevalue("postgres_url"))
    yield opened
    opened.close()


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def sql_store(request, tmp_path):
    """A store that answers SQL: a DuckDB file, or a database on the real PostgreSQL server."""
    location = str(tmp_path / "events.duckdb") if request.param == "duckdb" else request.getfixturevalue("postgres_url")
    opened = open_store(location)
    yield opened
    opened.close()  # closing twice is harmless


def test_storing_the_same_article_twice_adds_nothing(store):
    assert store.add_many([coded("a1", n=2)]) == 1
    assert store.add_many([coded("a1", n=2)]) == 0
    assert (store.count("articles"), store.count("events")) == (1, 2)
    assert store.known("a1", "Israel attacked Gaza.") and not store.known("a1", "Israel bombed Gaza.")


def test_stored_events_read_back_as_the_output_record(store):
    article = coded("a1", n=3)
    store.add_many([article])
    assert list(store.events()) == [e.to_dict() for e in article.events]
    assert len(list(store.events(limit=2))) == 2 and list(store.events(article_id="nope")) == []


def test_changed_text_is_a_new_version_and_the_old_one_is_kept_superseded(store):
    store.add_many([coded("a1", "Israel attacked Gaza.", n=2)])
    assert store.add_many([coded("a1", "Israel bombed Gaza.", n=1)]) == 1
    assert (store.count("articles"), store.count("events")) == (1, 1)
    assert (store.count("superseded_articles"), store.count("superseded_events")) == (1, 2)
    assert [e["sentence"] for e in store.events()] == ["Israel bombed Gaza."]
    versions = store.versions("a1")
    assert [(v["version"], v["superseded"]) for v in versions] == [(1, True), (2, False)]
    assert store.replaced == 1


def test_a_text_changed_back_is_a_third_version(store):
    for text in ("first text", "second text", "first text"):
        store.add_many([coded("a1", text)])
    assert [v["version"] for v in store.versions("a1")] == [1, 2, 3]
    assert store.known("a1", "first text") and not store.known("a1", "second text")


def test_one_batch_with_two_texts_of_one_id_keeps_both_versions(store):
    assert store.add_many([coded("a1", "first text"), coded("a1", "second text")]) == 2
    assert [v["superseded"] for v in store.versions("a1")] == [True, False]


def test_articles_that_failed_to_code_are_not_stored(store):
    failed = CodedArticle(Article(id="bad", text="x"), (), error="parser fault")
    assert store.add_many([failed]) == 0 and store.count("articles") == 0


def test_reports_of_one_event_in_three_articles_are_one_group_with_its_reports(store):
    store.add_many([coded(f"a{i}", f"Report {i}", event(f"a{i}", 0, f"Report {i}")) for i in range(3)])
    (group,) = store.groups()
    assert (group.n_reports, group.n_articles) == (3, 3)
    assert [(r.article_id, r.sentence) for r in group.reports] == [("a0", "Report 0"), ("a1", "Report 1"),
                                                                  ("a2", "Report 2")]  # fmt: skip
    assert store.count("events") == 3  # the raw mentions are kept


def test_groups_separate_other_targets_and_other_weeks_and_filter_by_prefix(store):
    store.add_many([
        coded("a1", "one", event("a1", 0, "one")),
        coded("a2", "two", event("a2", 0, "two", target=LBN)),
        coded("a3", "three", event("a3", 0, "three", date="2014-07-20")),
    ])  # fmt: skip
    assert len(store.groups()) == 3
    assert [g.target_code for g in store.groups(target="LBN")] == ["LBN"]
    assert len(store.groups(source="ISR", target="PSE")) == 2
    assert [g.date_start for g in store.groups(start=dt.date(2014, 7, 1))] == [dt.date(2014, 7, 20)]


def test_group_ids_stay_when_a_later_report_joins_and_when_input_is_rerun(store):
    store.add_many([coded("a1", "one", event("a1", 0, "one"))])
    (first,) = store.groups()
    store.add_many([coded("a2", "two", event("a2", 0, "two", date="2014-06-27"))])
    store.add_many([coded("a2", "two", event("a2", 0, "two", date="2014-06-27"))])
    (joined,) = store.groups()
    assert joined.group_id == first.group_id and joined.n_reports == 2


def test_a_new_version_takes_its_old_mentions_out_of_their_group(store):
    store.add_many([coded("a1", "one", event("a1", 0, "one")), coded("a2", "two", event("a2", 0, "two"))])
    store.add_many([coded("a2", "two, corrected", event("a2", 0, "two, corrected", code="173"))])
    groups = {g.cameo_code: g for g in store.groups()}
    assert groups["190"].n_reports == 1 and groups["173"].n_reports == 1


def test_mentions_without_a_source_or_target_are_grouped_too(store):
    from dataclasses import replace

    def lone(article_id: str) -> Event:
        return replace(event(article_id, 0, "Fighting broke out."), source=None, target=None)

    store.add_many([coded("a1", "one", lone("a1")), coded("a2", "two", lone("a2")), coded("a3", "three")])
    assert sorted((g.source_code or "", g.n_reports) for g in store.groups()) == [("", 2), ("ISRMIL", 1)]


def test_groups_refreshed_from_scratch_are_the_groups_kept_while_writing(store):
    store.add_many([coded(f"a{i}", f"Report {i}", event(f"a{i}", 0, f"Report {i}", date=f"2014-06-{10 + i * 3}"))
                    for i in range(4)])  # fmt: skip
    kept = [g.to_dict() for g in store.groups()]
    assert store.refresh_groups() == len(kept) == 4
    assert [g.to_dict() for g in store.groups()] == kept


def test_groups_kept_while_writing_are_those_of_grouping_all_current_events(store):
    """Random reports, corrections and imports: the groups kept incrementally always equal group_events."""
    import random

    from eventscribe.dedup import group_events

    rng = random.Random(7)
    targets, codes = [HMS, LBN], ["190", "173"]
    for step in range(12):
        batch = []
        for _ in range(rng.randint(1, 6)):
            article_id = f"a{rng.randint(0, 14)}"
            text = f"{article_id} version {rng.randint(0, 2)}"
            events_ = [
                event(
                    article_id,
                    i,
                    text,
                    date=f"2014-06-{rng.randint(1, 12):02d}",
                    target=rng.choice(targets),
                    code=rng.choice(codes),
                )
                for i in range(rng.randint(1, 3))
            ]
            batch.append(coded(article_id, text, *events_))
        store.add_many(batch)
        if step % 4 == 3:
            store.add_events([_row(f"imp:{step}:{i}", date=dt.date(2018, 6, rng.randint(1, 6))) for i in range(3)])
        expected = sorted(json.dumps(g.to_dict(), sort_keys=True) for g in group_events(store.events()))
        assert sorted(json.dumps(g.to_dict(), sort_keys=True) for g in store.groups()) == expected, step


def _row(event_id: str, **values):
    row = {
        "event_id": event_id, "article_id": "icews:1", "sentence_index": 0, "sentence": "Consult",
        "date": dt.date(2018, 6, 1), "source_code": "BGDGOV", "target_code": "VNMMIL", "cameo_code": "040",
        "cameo_root": "04", "cameo_name": "Consult", "goldstein": 1.0, "quad_class": 1, "confidence": 1.0,
        "evidence_start": 0, "evidence_end": 0, "rule": "import:icews",
    }  # fmt: skip
    row.update(values)
    return row


def test_imported_event_rows_are_stored_once_and_grouped(store):
    assert store.add_events([_row("icews:1"), _row("icews:2", article_id="icews:2")]) == 2
    assert store.add_events([_row("icews:2", article_id="icews:2"), _row("icews:3", article_id="icews:3")]) == 1
    (group,) = store.groups(source="BGD")
    assert group.n_reports == 3 and store.count("events") == 3


@pytest.mark.parametrize("table", ["articles; DROP TABLE events", "nope"])
def test_count_refuses_unknown_tables(store, table):
    with pytest.raises(ValueError):
        store.count(table)


def test_many_events_are_written_in_chunks_without_loss(store):
    store.add_many([coded("big", n=600), coded("small", n=3)])
    assert store.count("events") == 603 and len(list(store.events(article_id="big"))) == 600


def test_queries_take_question_mark_placeholders_and_literal_percent_signs(sql_store):
    sql_store.add_many([coded("a1", n=2), coded("a2", "Hamas fired rockets? 50% more", n=1)])
    result = sql_store.query(
        "SELECT article_id, count(*) AS n FROM events WHERE source_code LIKE 'ISR%' AND sentence <> '?' "
        "AND article_id IN (?, ?) GROUP BY article_id ORDER BY article_id",
        ["a1", "a2"],
    )
    assert result.columns == ["article_id", "n"] and result.rows == [("a1", 2), ("a2", 1)]
    assert sql_store.query("SELECT count(*) FROM events WHERE sentence LIKE ?", ["%50% more"]).scalar() == 1
    assert sql_store.query("SELECT count(*) FROM event_groups").scalar() == 1


def test_a_bad_query_is_a_store_error(sql_store):
    from eventscribe.errors import StoreError

    with pytest.raises(StoreError, match="query failed"):
        sql_store.query("SELECT nope FROM events")


def test_the_in_memory_twin_says_it_answers_no_sql():
    from eventscribe.errors import StoreError

    with pytest.raises(StoreError, match="no SQL"):
        MemoryStore().query("SELECT 1")


def test_a_store_reopened_keeps_everything(sql_store, tmp_path):
    sql_store.add_many([coded("a1", "one"), coded("a1", "two")])
    location = getattr(sql_store, "url", None) or sql_store.location
    before = [g.to_dict() for g in sql_store.groups()]
    sql_store.close()
    with open_store(location) as again:
        assert [v["version"] for v in again.versions("a1")] == [1, 2]
        assert [g.to_dict() for g in again.groups()] == before
