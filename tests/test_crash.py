"""Real `eventscribe import` and `eventscribe export` processes killed with SIGKILL mid-run lose nothing:
the store stays readable, an import rerun completes it exactly as an uninterrupted import would, and a
killed export leaves the store and the previous output untouched. Readers started while another process
writes the same store either succeed or stop with one clear line (DuckDB and PostgreSQL).

(`code --db` killed mid-run is tested in test_resume.py.)
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventscribe.interop import export_store, import_files
from eventscribe.store import Store, open_store
from eventscribe.store.sql import COUNTABLE

pytestmark = pytest.mark.crash

HEADER = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
ACTORS = [
    ("Government (Israel)", "Government", "Israel"), ("Police (Kenya)", "Police", "Kenya"),
    ("Military (Turkey)", "Military,Government", "Turkey"), ("United Nations", "International Government Organization", "NA"),
    ("Citizen (India)", "General Population / Civilian / Social,Social", "India"), ("Hamas", "Parties", "Occupied Palestinian Territory"),
    ("Foreign Affairs (Egypt)", "Executive,Foreign Ministry,Government", "Egypt"), ("Unspecified Actor", "NA", "NA"),
]  # fmt: skip
ACTS = [("040", "Consult", "1"), ("111", "Criticize or denounce", "-2"), ("190", "Use conventional military force",
        "-10"), ("036", "Express intent to meet or negotiate", "4"), ("173", "Arrest, detain, or charge", "-5")]  # fmt: skip
PLACES = [("Nairobi", "Nairobi Area", "Kenya", "-1.28", "36.82"), ("NA", "NA", "Israel", "31.5", "34.75"),
          ("Ankara", "Ankara", "Turkey", "39.92", "32.85"), ("NA", "NA", "NA", "NA", "NA")]  # fmt: skip

N_ROWS, BATCH = 1_500, 150
N_BATCHES = N_ROWS // BATCH
#: Each import is killed once this many batches are committed: the first, the middle one, the last but one.
KILL_AFTER_BATCHES = (1, N_BATCHES // 2, N_BATCHES - 1)
#: An export is killed as soon as its partial file exists, and again once it holds this share of the output.
EXPORT_KILL_SHARES = (0.0, 0.3)
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
#: The export store: the first rows of the ICEWS file, each copied this many times (shifted 3 days apart).
EXPORT_SEED_ROWS, EXPORT_COPIES = 300, 70
#: Rows an export reads at a time (grouped exports come slice by slice, so their order depends on it).
EXPORT_PAGE = 500
TIMEOUT = 300


def icews_lines(n: int) -> Iterator[str]:
    """An ICEWS .tab file (the Dataverse column layout) of ``n`` generated events, header first."""
    yield "\t".join(HEADER)
    dyads = itertools.cycle(itertools.permutations(ACTORS, 2))
    for i, ((source, target), act, place) in enumerate(zip(dyads, itertools.cycle(ACTS), itertools.cycle(PLACES))):
        if i == n:
            return
        code, text, intensity = act
        city, province, country, lat, lon = place
        day = f"2018-{1 + i % 12:02d}-{1 + i % 28:02d}"
        yield "\t".join(
            [str(50_000 + i), day, *source, text, code, intensity, *target, str(9_000 + i // 4), str(i % 4),
             "Wire", city, "NA", province, country, lat, lon]
        )  # fmt: skip


def _eventscribe(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "eventscribe.cli", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=TIMEOUT)
    return process.returncode, out, err


def _import(source: Path, db: str) -> subprocess.Popen[str]:
    return _eventscribe("import", "--format", "icews", str(source), "--db", db, "--batch-size", str(BATCH))


def _export(db: str, fmt: str, output: Path) -> subprocess.Popen[str]:
    return _eventscribe("export", "--db", db, "--format", fmt, "--output", str(output), "--page-size", str(EXPORT_PAGE))


def _kill_when(process: subprocess.Popen[str], reached: Callable[[], bool]) -> None:
    """SIGKILL ``process`` as soon as ``reached()``; it must still be running then."""
    deadline = time.monotonic() + TIMEOUT
    while not reached():
        assert process.poll() is None, f"the run ended before it could be killed: {process.communicate()}"
        assert time.monotonic() < deadline, "the kill point was not reached"
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL


def _wal_size(db: str) -> int:
    """DuckDB appends each committed transaction to the file's write-ahead log (checkpointed on close)."""
    try:
        return os.path.getsize(db + ".wal")
    except OSError:
        return 0


def _stored_events(url: str) -> int:
    """The events a PostgreSQL store holds, seen by another connection while an import writes."""
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as con:
            row = con.execute("SELECT count(*) FROM events").fetchone()
            return int(row[0]) if row else 0
    except psycopg.Error:  # the tables are not made yet
        return 0


def _snapshot(db: str) -> dict[str, Any]:
    with open_store(db, read_only=True) as store:
        return _snapshot_of(store)


def _snapshot_of(store: Store) -> dict[str, Any]:
    counts = {table: store.count(table) for table in COUNTABLE}
    events = sorted(json.dumps(e, sort_keys=True, default=str) for e in store.events())
    groups = sorted(json.dumps(g.to_dict(), sort_keys=True, default=str) for g in store.groups())
    return {"counts": counts, "events": events, "groups": groups}


def _readable_after_kill(db: str) -> int:
    """Open the store of a killed import, check it holds whole batches with their groups; its events."""
    with open_store(db, read_only=True) as store:
        n = store.count("events")
        distinct = store.query("SELECT count(DISTINCT event_id) FROM events").scalar()
        some = list(store.events(limit=3))
        assert distinct == n and len(some) == min(3, n)
        assert n % BATCH == 0, f"{n} events: a batch was stored in part"
        assert store.count("group_reports") == n  # each stored event is in exactly one stored group
        assert sum(g.to_dict()["n_reports"] for g in store.groups()) == n
    return n


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def kind(request) -> str:
    return str(request.param)


@pytest.fixture
def new_db(kind, tmp_path, request) -> Callable[[str], str]:
    """Make the location of a new, empty store of this kind."""

    def make(name: str) -> str:
        if kind == "duckdb":
            return str(tmp_path / f"{name}.duckdb")
        return str(request.getfixturevalue("postgres_server").create_database(f"t_{uuid.uuid4().hex[:12]}"))

    return make


@pytest.fixture(scope="module")
def icews_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "icews_events.tab"
    path.write_text("".join(line + "\n" for line in icews_lines(N_ROWS)), encoding="utf-8")
    return path


def _uninterrupted_import(icews_file: Path, db: str, kind: str) -> tuple[dict[str, object], int]:
    """Import the whole file; its snapshot and (DuckDB) the size of its write-ahead log before the close."""
    process, wal = _import(icews_file, db), 0
    while process.poll() is None:
        wal = max(wal, _wal_size(db) if kind == "duckdb" else 0)
        time.sleep(0.005)
    code, out, err = _finish(process)
    assert code == 0 and f"{N_ROWS} events read, {N_ROWS} new" in out, err
    assert kind != "duckdb" or wal > 0, "the write-ahead log was never seen"
    return _snapshot(db), wal


def test_an_import_killed_after_any_batch_leaves_a_readable_store_and_a_rerun_completes_it(kind, new_db, icews_file):
    reference, wal = _uninterrupted_import(icews_file, new_db("reference"), kind)
    assert reference["counts"]["events"] == N_ROWS
    stored = []
    for batches in KILL_AFTER_BATCHES:
        db = new_db(f"killed-{batches}")
        if kind == "duckdb":  # the store is locked while it is written: watch its log grow batch by batch
            threshold = (batches - 0.5) * wal / N_BATCHES
            _kill_when(_import(icews_file, db), lambda db=db, threshold=threshold: _wal_size(db) > threshold)
        else:
            _kill_when(_import(icews_file, db), lambda db=db, n=batches * BATCH: _stored_events(db) >= n)
        partial = _readable_after_kill(db)
        stored.append(partial)
        code, out, err = _finish(_import(icews_file, db))
        assert code == 0 and f"{N_ROWS} events read, {N_ROWS - partial} new" in out, err
        assert _snapshot(db) == reference
    print(f"{kind}: killed with {stored} of {N_ROWS} events stored; every rerun completed the import")
    assert stored == sorted(set(stored)) and 0 < stored[0] and stored[-1] < N_ROWS, stored


def test_a_reader_started_while_an_import_writes_succeeds_or_says_the_store_is_in_use(
    kind, new_db, icews_file, tmp_path
):
    db, exported = new_db("busy"), tmp_path / "read-meanwhile.jsonl"
    writer = _import(icews_file, db)
    busy = (lambda: _wal_size(db) > 0) if kind == "duckdb" else (lambda: _stored_events(db) > 0)
    while not busy():
        assert writer.poll() is None, writer.communicate()
        time.sleep(0.01)
    readers = [
        ("show", "--db", db, "--limit", "3"),
        ("export", "--db", db, "--format", "jsonl", "--output", str(exported)),
    ]
    results = [_finish(_eventscribe(*args)) for args in readers]
    code, out, err = _finish(writer)
    assert code == 0 and f"{N_ROWS} new" in out, err  # the readers did not disturb the writer
    for reader_code, reader_out, reader_err in results:
        _succeeded_or_refused_clearly(db, reader_code, reader_out, reader_err)
    if kind == "postgres":  # readers are never blocked, and see whole committed batches
        assert all(result[0] == 0 for result in results), results
        seen = len(exported.read_text(encoding="utf-8").splitlines())
        assert 0 < seen and seen % BATCH == 0, seen
    print(f"{kind}: readers during the import -> exit codes {[r[0] for r in results]}")


def _succeeded_or_refused_clearly(db: str, code: int, out: str, err: str) -> None:
    assert "Traceback" not in err
    if code == 0:
        assert out.strip()
        return
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventscribe: error: "), err
    assert db in lines[0] and "in use by another process" in lines[0], err


def _make_export_store(db: str, folder: Path) -> None:
    """Import the first rows of the ICEWS file, then copy each row (3 days later each time) with SQL, for a
    store large enough that an export can be killed mid-way."""
    seed = folder / "seed.tab"
    seed.write_text("".join(line + "\n" for line in icews_lines(EXPORT_SEED_ROWS)), encoding="utf-8")
    with open_store(db) as store:
        assert import_files(store, [seed], format="icews").added == EXPORT_SEED_ROWS
        columns = store.query("SELECT * FROM events LIMIT 0").columns
    copied = {
        "event_id": "event_id || '-' || CAST(t.i AS VARCHAR)",
        "date": "CAST(date + CAST(3 * t.i AS INTEGER) AS DATE)",
    }
    select = ", ".join(copied.get(c, c) for c in columns)
    sql = (
        f"INSERT INTO events ({', '.join(columns)}) SELECT {select} FROM events "
        f"CROSS JOIN generate_series(1, {EXPORT_COPIES - 1}) AS t(i)"
    )
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as con:
            con.execute(sql)
    else:
        import duckdb

        with duckdb.connect(db) as con:
            con.execute(sql)
    with open_store(db, read_only=True) as store:  # (grouped exports group the mentions as they read them)
        assert store.count("events") == EXPORT_SEED_ROWS * EXPORT_COPIES


@pytest.fixture(scope="module")
def duckdb_export_store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("export")
    _make_export_store(str(folder / "export.duckdb"), folder)
    return str(folder / "export.duckdb")


@pytest.fixture(scope="module")
def postgres_export_store(tmp_path_factory, postgres_server) -> str:
    url = str(postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}"))
    _make_export_store(url, tmp_path_factory.mktemp("export"))
    return url


def _fingerprint(db: str) -> object:
    """What an export must leave as it was: the DuckDB file's bytes, or the stored rows' summary."""
    with open_store(db, read_only=True) as store:
        summary = store.query(
            "SELECT count(*), min(event_id), max(event_id), sum(goldstein), count(DISTINCT date) FROM events"
        ).rows
        counts = [store.count(table) for table in COUNTABLE]
    if db.startswith("postgresql://"):
        return summary, counts
    return summary, counts, hashlib.sha256(Path(db).read_bytes()).hexdigest(), os.path.exists(db + ".wal")


def _content(path: Path, fmt: str) -> object:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    return path.read_bytes()


def _partial_size(output: Path, pid: int) -> int:
    """The size of the hidden partial file that export process ``pid`` writes (-1 while there is none)."""
    try:
        return (output.parent / f".{output.name}.partial-{pid}").stat().st_size
    except OSError:
        return -1


EXPORTS = [*(("duckdb", f) for f in EXPORT_FORMATS), pytest.param("postgres", "jsonl", marks=pytest.mark.postgres)]


@pytest.mark.parametrize(("kind", "fmt"), EXPORTS)
def test_an_export_killed_mid_way_leaves_the_store_and_the_previous_output_as_they_were(kind, fmt, tmp_path, request):
    db = request.getfixturevalue(f"{kind}_export_store")
    reference = tmp_path / f"uninterrupted.{fmt}"
    with open_store(db, read_only=True) as store:
        assert export_store(store, fmt, reference, page_size=EXPORT_PAGE).written > 0
    output, previous = tmp_path / f"events.{fmt}", b"the previous export\n"
    output.write_bytes(previous)
    before = _fingerprint(db)
    for share in EXPORT_KILL_SHARES:
        process, least = _export(db, fmt, output), share * reference.stat().st_size
        _kill_when(process, lambda pid=process.pid, least=least: _partial_size(output, pid) >= least)
        assert output.read_bytes() == previous  # never a half file under the final name
        assert _fingerprint(db) == before  # the store is untouched and opens
        # Only the killed run's partial file is left: each new run removes those of dead runs.
        assert _leftovers(tmp_path, reference, output) == [f".{output.name}.partial-{process.pid}"]
    code, out, err = _finish(_export(db, fmt, output))
    assert code == 0 and out == f"{out.split(' to ')[0]} to {output} ({fmt})\n", err
    assert _leftovers(tmp_path, reference, output) == []
    assert _content(output, fmt) == _content(reference, fmt)
    assert _fingerprint(db) == before


def _leftovers(folder: Path, *keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p not in keep)


def _news(path: Path, n: int) -> Path:
    """Short wire reports, one JSON line each."""
    clauses = itertools.cycle(itertools.product(["Israeli troops", "Turkish police", "Syrian rebels"],
                                                ["attacked", "criticized", "met with"],
                                                ["Palestinian protesters", "Kurdish fighters"]))  # fmt: skip
    lines = []
    for i in range(n):
        text = " ".join(f"{s} {a} {t} on Monday." for s, a, t in itertools.islice(clauses, 3))
        lines.append(json.dumps({"id": f"wire-{i:03d}", "date": f"2014-06-{2 + i % 20:02d}", "text": text}) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.spacy
def test_a_reader_started_while_code_writes_a_duckdb_file_succeeds_or_says_the_store_is_in_use(tmp_path):
    db, output, n = str(tmp_path / "news.duckdb"), tmp_path / "events.jsonl", 96
    writer = _eventscribe("code", str(_news(tmp_path / "news.jsonl", n)), "--db", db, "--output", str(output), "-q")
    coded = output.with_name(f".{output.name}.partial")
    while not (coded.exists() and coded.stat().st_size > 0):  # the store is open and articles are being coded
        assert writer.poll() is None, writer.communicate()
        time.sleep(0.02)
    readers = [("show", "--db", db), ("export", "--db", db, "--format", "csv", "--output", str(tmp_path / "e.csv"))]
    results = [_finish(_eventscribe(*args)) for args in readers]
    code, out, err = _finish(writer)
    assert code == 0 and f"coded {n} articles" in out, err  # the readers did not disturb the writer
    for result in results:  # (a reader that comes after the writer closed the store reads it)
        _succeeded_or_refused_clearly(db, *result)
    print(f"readers while code writes -> exit codes {[r[0] for r in results]}")
    assert all(_finish(_eventscribe(*args))[0] == 0 for args in readers)  # and once it is done, they read
