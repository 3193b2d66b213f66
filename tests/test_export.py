"""Every export reads back, with the tools users use, as what the store holds."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import shared_path

from eventscribe.cli import main
from eventscribe.dedup import group_events
from eventscribe.interop import Selection, export_store, import_files
from eventscribe.interop.partial import written_atomically
from eventscribe.interop.tables import gdelt_columns
from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence, Place, PloverCode
from eventscribe.store import open_store
from eventscribe.store.schema import EVENT_COLUMNS

ACTORS = [
    Actor("ISRMIL", "Israel", "ISR", ("MIL",), "Israeli troops"),
    Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "Hamas fighters"),
    Actor("IRNGOV", "Iran", "IRN", ("GOV",), "Tehran"),
    Actor("IGOUNO", "United Nations", "", (), "the UN"),
    Actor("ROUGOV", "Romania", "ROU", ("GOV",), "Bucharest"),
]
CODES = [
    (CameoCode("190", "19", "Use conventional military force", -10.0, 4), PloverCode("ASSAULT", "", ("military",))),
    (
        CameoCode("0212", "02", "Appeal for military cooperation", 3.4, 1),
        PloverCode("REQUEST", "assist", ("military",)),
    ),
    (CameoCode("040", "04", "Consult", 1.0, 1), PloverCode("CONSULT", "", ())),
    (CameoCode("010", "01", "Make statement", 0.0, 1), None),
]
PLACES = [None, Place("Gaza", "PSE", 31.5, 34.47), Place("Qatar", "QAT", 25.3, 51.2)]


def _articles(n_articles: int = 30, seed: int = 7) -> list[CodedArticle]:
    """Articles whose events repeat dyads, codes and places over a few days, so that some group."""
    rng = random.Random(seed)
    coded = []
    for a in range(n_articles):
        day = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(12))
        article = Article(id=f"art-{a:03d}", text=f"Text {a}.", date=day, url=f"https://news.example/{a}",
                          source=f"outlet-{a % 4}")  # fmt: skip
        events = []
        for s in range(rng.randrange(1, 4)):
            cameo, plover = rng.choice(CODES)
            sentence = f"Sentence {s} of article {a}, with a tab\there."
            events.append(Event(
                event_id=f"art-{a:03d}-{s}", article_id=article.id, sentence_index=s, sentence=sentence,
                date=None if rng.random() < 0.1 else day + dt.timedelta(days=rng.randrange(2)),
                source=rng.choice(ACTORS), target=rng.choice([*ACTORS, None]), cameo=cameo, plover=plover,
                location=rng.choice(PLACES), confidence=round(rng.uniform(0.5, 1), 3),
                evidence=Evidence("trigger", 0, len(sentence), 2, 9),
                extra={"date_precision": "day", "rule": "test"},
            ))  # fmt: skip
        coded.append(CodedArticle(article, tuple(events)))
    return coded


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(str(path)) as store:
        store.add_many(_articles())
    return path


def _stored(store_path) -> tuple[list[dict], list[dict]]:
    """(flat rows, output records) of the store, by event id."""
    with open_store(str(store_path), read_only=True) as store:
        columns = ", ".join(EVENT_COLUMNS)
        rows = list(store.query(f"SELECT {columns} FROM events ORDER BY event_id").dicts())
        records = sorted(store.events(), key=lambda r: r["event_id"])
    return rows, records


def _export(store_path, tmp_path, fmt: str, unit: str | None = None, **kwargs):
    output = tmp_path / f"out.{unit}.{fmt}"
    with open_store(str(store_path), read_only=True) as store:
        summary = export_store(store, fmt, output, unit=unit, **kwargs)
    return output, summary


def _groups(records) -> list[dict]:
    return sorted((g.to_dict() for g in group_events(records)), key=lambda g: g["group_id"])


def test_jsonl_mentions_are_the_stored_records(store_path, tmp_path):
    output, summary = _export(store_path, tmp_path, "jsonl", "mentions")
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert lines == _stored(store_path)[1]
    assert summary.written == len(lines) > 30


def test_jsonl_groups_are_the_grouped_events(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "jsonl", "groups")
    groups = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    expected = _groups(_stored(store_path)[1])
    assert sorted(groups, key=lambda g: g["group_id"]) == expected
    assert any(g["n_reports"] > 1 for g in groups), "the fixture must contain grouped mentions"


def _same_cell(text: str, value) -> bool:
    if value is None:
        return text == ""
    if isinstance(value, float):
        return float(text) == value
    if isinstance(value, dt.date):
        return text == value.isoformat()
    return text == str(value)


def test_csv_mentions_read_by_pandas_are_the_stored_rows(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "csv", "mentions")
    frame = pd.read_csv(output, dtype=str, keep_default_na=False)
    rows = _stored(store_path)[0]
    assert list(frame.columns) == list(rows[0])
    assert len(frame) == len(rows)
    for got, row in zip(frame.to_dict("records"), rows, strict=True):
        assert all(_same_cell(got[k], v) for k, v in row.items()), (got, row)
    # numbers come back as numbers when pandas infers the types
    typed = pd.read_csv(output)
    assert typed["goldstein"].tolist() == [r["goldstein"] for r in rows]


def test_csv_groups_list_their_mentions(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "csv", "groups")
    frame = pd.read_csv(output, dtype=str, keep_default_na=False).sort_values("group_id")
    expected = _groups(_stored(store_path)[1])
    assert frame["group_id"].tolist() == [g["group_id"] for g in expected]
    assert frame["event_ids"].str.split(";").tolist() == [[r["event_id"] for r in g["reports"]] for g in expected]
    assert frame["n_reports"].astype(int).tolist() == [g["n_reports"] for g in expected]
    assert frame["date_start"].tolist() == [g["date_start"] or "" for g in expected]


def test_parquet_mentions_read_by_pyarrow_are_the_stored_rows(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "parquet", "mentions", page_size=7)
    table = pq.read_table(output)
    assert table.to_pylist() == _stored(store_path)[0]
    assert str(table.schema.field("date").type) == "date32[day]"


def test_parquet_groups_carry_their_reports(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "parquet", "groups")
    got = sorted(pq.read_table(output).to_pylist(), key=lambda g: g["group_id"])
    expected = _groups(_stored(store_path)[1])
    for group in expected:
        for key in ("date_start", "date_end"):
            group[key] = dt.date.fromisoformat(group[key]) if group[key] else None
    assert got == expected


def _gdelt_frame(path) -> pd.DataFrame:
    """Read a GDELT 2.0 event file as code written for GDELT files does."""
    names = [name for name, _ in gdelt_columns("2.0")]
    text_columns = {name: str for name, kind in gdelt_columns("2.0") if kind == "STRING"}
    frame = pd.read_csv(path, sep="\t", header=None, names=names, dtype=text_columns)
    return frame.fillna({name: "" for name in text_columns})


def _check_gdelt_types(frame: pd.DataFrame) -> None:
    for name, kind in gdelt_columns("2.0"):
        column = frame[name]
        if kind == "INTEGER":
            assert pd.api.types.is_integer_dtype(column), name
        elif kind == "FLOAT":
            assert pd.api.types.is_numeric_dtype(column), name


def test_gdelt_export_reads_as_a_gdelt_file_with_one_line_per_event(store_path, tmp_path):
    output, summary = _export(store_path, tmp_path, "gdelt")
    assert summary.unit == "groups"
    frame = _gdelt_frame(output)
    assert frame.shape[1] == 61
    _check_gdelt_types(frame)
    assert frame["GLOBALEVENTID"].is_unique
    rows, records = _stored(store_path)
    by_id = {r["event_id"]: r for r in rows}
    article_dates = {a.article.id: a.article.date for a in _articles()}
    expected = []
    for group in _groups(records):
        first = by_id[group["reports"][0]["event_id"]]
        day = first["date"] or article_dates[first["article_id"]]  # undated: the article's date
        place = (first["lat"], first["lon"]) if first["lat"] is not None else (None, None)
        expected.append((
            (group["source_code"] or "").replace("ROU", "ROM"), (group["target_code"] or "").replace("ROU", "ROM"),
            group["cameo_code"], group["cameo_root"], group["quad_class"], group["goldstein"],
            int(day.strftime("%Y%m%d")), group["n_reports"], group["n_articles"],
            f"https://news.example/{int(first['article_id'][4:])}", *place,
        ))  # fmt: skip
    columns = ["Actor1Code", "Actor2Code", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "SQLDATE",
               "NumMentions", "NumArticles", "SOURCEURL", "ActionGeo_Lat", "ActionGeo_Long"]  # fmt: skip
    got = [
        tuple(None if isinstance(v, float) and v != v else v for v in line) for line in frame[columns].values.tolist()
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert summary.skipped == 0


def test_gdelt_actor_fields_follow_the_cameo_tables(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "gdelt", "mentions")
    frame = _gdelt_frame(output)
    hamas = frame[frame["Actor1Code"] == "PSEREBHMS"].iloc[0]
    assert (hamas["Actor1CountryCode"], hamas["Actor1KnownGroupCode"], hamas["Actor1Type1Code"]) == (
        "PSE", "HMS", "REB")  # fmt: skip
    un = frame[frame["Actor1Code"] == "IGOUNO"].iloc[0]
    assert (un["Actor1CountryCode"], un["Actor1KnownGroupCode"], un["Actor1Type1Code"]) == ("", "UNO", "IGO")
    romania = frame[frame["Actor1Code"] == "ROMGOV"].iloc[0]
    assert romania["Actor1CountryCode"] == "ROM"
    gaza = frame[frame["ActionGeo_FullName"].str.startswith("Gaza")].iloc[0]
    assert gaza["ActionGeo_CountryCode"] == "WE" and gaza["ActionGeo_Type"] == 4


def test_gdelt_export_has_the_shape_of_the_shared_gdelt_sample(store_path, tmp_path):
    sample = shared_path("data", "gdelt", "gdelt2_events_sample100.csv")
    reference = shared_path("data", "gdelt", "reference", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")
    with reference.open(encoding="utf-8") as f:
        assert [(r["tableId"], r["dataType"]) for r in csv.DictReader(f)] == list(gdelt_columns("2.0"))
    output, _ = _export(store_path, tmp_path, "gdelt")
    ours, theirs = _gdelt_frame(output), _gdelt_frame(sample)
    assert ours.shape[1] == theirs.shape[1]
    _check_gdelt_types(theirs)
    always_filled = [n for n, k in gdelt_columns("2.0") if k != "STRING" and not n.startswith("Actor")]
    assert (ours[always_filled].dtypes.map(str) == theirs[always_filled].dtypes.map(str)).all()


def test_gdelt_export_imports_back_with_the_same_events(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "gdelt", "mentions")
    with open_store(str(tmp_path / "again.duckdb")) as again:
        summary = import_files(again, [output], format="gdelt")
        back = {r["article_id"].removeprefix("gdelt:") + r["cameo"]["code"] + str(r["date"]): r for r in again.events()}
    assert summary.ok and summary.added == summary.read
    rows = _stored(store_path)[0]
    dated = [r for r in rows if r["date"] is not None]
    for row in dated:
        url = f"https://news.example/{int(row['article_id'][4:])}"
        match = [r for key, r in back.items() if key.startswith(url + row["cameo_code"] + row["date"].isoformat())]
        assert match, row["event_id"]
    assert {r["source"]["code"] for r in back.values() if r["source"]} == {a.code for a in ACTORS}


def test_plover_records_carry_type_mode_context_actors_place_and_evidence(store_path, tmp_path):
    output, summary = _export(store_path, tmp_path, "plover")
    frame = pd.read_json(output, lines=True, convert_dates=False, dtype={"id": str})
    assert {"event_type", "mode", "context", "source", "target", "date", "location", "evidence"} <= set(frame)
    records = {r["event_id"]: r for r in _stored(store_path)[1]}
    with_plover = [r for r in records.values() if r["plover"]]
    assert len(frame) == len(with_plover) and summary.skipped == len(records) - len(with_plover)
    for got in frame.to_dict("records"):
        record = records[got["id"]]
        assert (got["event_type"], got["mode"], got["context"]) == (
            record["plover"]["event"], record["plover"]["mode"], record["plover"]["context"])  # fmt: skip
        assert got["source"]["code"] == record["source"]["code"]
        assert (got["target"] or {}).get("code") == (record["target"] or {}).get("code")
        assert got["evidence"]["text"] == record["sentence"]
        assert (got["date"] if isinstance(got["date"], str) else None) == record["date"]


def test_plover_groups_list_their_mentions(store_path, tmp_path):
    output, _ = _export(store_path, tmp_path, "plover", "groups")
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    expected = {g["group_id"]: g for g in _groups(_stored(store_path)[1])}
    for line in lines:
        assert [m["event_id"] for m in line["mentions"]] == [r["event_id"] for r in expected[line["id"]]["reports"]]


@pytest.mark.parametrize("unit", ["mentions", "groups"])
def test_small_pages_export_the_same_as_one_page(store_path, tmp_path, unit):
    (tmp_path / "one").mkdir()
    (tmp_path / "small").mkdir()
    one, _ = _export(store_path, tmp_path / "one", "jsonl", unit)
    small, _ = _export(store_path, tmp_path / "small", "jsonl", unit, page_size=2)
    assert sorted(one.read_text().splitlines()) == sorted(small.read_text().splitlines())


def test_date_and_actor_filters_select_events(store_path, tmp_path):
    selection = Selection(start=dt.date(2014, 6, 4), end=dt.date(2014, 6, 8), actor="PSE")
    output, _ = _export(store_path, tmp_path, "jsonl", "mentions", selection=selection)
    got = [json.loads(line)["event_id"] for line in output.read_text().splitlines()]

    def chosen(r) -> bool:
        codes = [(r[k] or {}).get("code") or "" for k in ("source", "target")]
        return (
            r["date"] is not None
            and "2014-06-04" <= r["date"] <= "2014-06-08"
            and any(c.startswith("PSE") for c in codes)
        )

    expected = [r["event_id"] for r in _stored(store_path)[1] if chosen(r)]
    assert got == expected and expected


def test_actor_filter_refuses_what_is_not_a_code():
    with pytest.raises(ValueError, match="actor code prefix"):
        Selection(actor="PSE%' OR 1=1 --")


def test_a_failed_export_leaves_no_file_under_the_final_name(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("previous export\n")
    with pytest.raises(RuntimeError), written_atomically(target) as partial:
        partial.write_text("half")
        raise RuntimeError("killed")
    assert target.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt", "plover"])
@pytest.mark.parametrize("unit", ["--events", "--mentions"])
def test_export_command_writes_each_format(store_path, tmp_path, capsys, fmt, unit):
    output = tmp_path / f"cli.{fmt}"
    code = main(["export", "--db", str(store_path), "--format", fmt, "--output", str(output), unit, "--actor", "ISR"])
    assert code == 0 and output.stat().st_size > 0
    assert capsys.readouterr().out.startswith("exported ")
    assert not list(tmp_path.glob(".*partial*"))


def test_export_command_refuses_to_write_over_its_store(store_path, capsys):
    code = main(["export", "--db", str(store_path), "--format", "csv", "--output", str(store_path)])
    assert code != 0 and "must not be the --db file" in capsys.readouterr().err
    with open_store(str(store_path), read_only=True) as store:
        assert store.count("events") > 0


class _FailingStore:
    """A real store that breaks down after its first page, as a lost database connection would."""

    def __init__(self, store) -> None:
        self._store, self.calls = store, 0

    def query(self, sql, params=()):
        self.calls += 1
        if self.calls > 1:
            from eventscribe.errors import StoreError

            raise StoreError("connection lost")
        return self._store.query(sql, params)


def test_an_export_that_breaks_off_midway_leaves_the_old_output_alone(store_path, tmp_path):
    from eventscribe.errors import StoreError

    output = tmp_path / "events.parquet"
    output.write_bytes(b"the previous export")
    with open_store(str(store_path), read_only=True) as store, pytest.raises(StoreError):
        export_store(_FailingStore(store), "parquet", output, page_size=5)  # type: ignore[arg-type]
    assert output.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb", "events.parquet"]


def test_a_wider_window_merges_more_mentions_into_one_event(store_path, tmp_path, capsys):
    counts = []
    for days in ("0", "30"):
        output = tmp_path / f"w{days}.jsonl"
        args = ["export", "--db", str(store_path), "--format", "jsonl", "--events", "--output", str(output)]
        assert main([*args, "--window-days", days, "--page-size", "3"]) == 0
        counts.append(len(output.read_text().splitlines()))
    assert counts[1] < counts[0]
    assert counts[0] == len(group_events(_stored(store_path)[1], window_days=0))


def test_a_dead_writers_partial_file_is_removed_and_a_live_ones_kept(tmp_path):
    import subprocess
    import sys

    from eventscribe.interop.partial import remove_stale_partials, written_atomically

    output = tmp_path / "events.jsonl"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f".events.jsonl.partial-{int(gone.stdout)}"
    live = tmp_path / f".events.jsonl.partial-{os.getppid()}"
    other = tmp_path / ".other.jsonl.partial-1"
    for path in (dead, live, other):
        path.write_text("half")
    assert remove_stale_partials(output) == [dead]
    with written_atomically(output) as partial:
        partial.write_text("whole\n")
    assert output.read_text() == "whole\n" and not dead.exists() and live.exists() and other.exists()
