"""Bad input, end to end: ``eventscribe code`` run as a user runs it (a real process, real files).

Every case mixes one kind of bad input with valid records: in the same file (a bad line or row among good
ones) or beside it (a bad file given before a good one). For each case the run must

- print exactly one line on stderr (``--quiet``: no progress), naming the file and the line or record;
- print no traceback, and exit 1;
- code the valid records exactly as they are coded alone: the event output is compared with a run on an
  input that holds only the valid records.

The reader-level details are in ``test_ingest.py``; this file checks what a user sees.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.spacy

EVENTSCRIBE = [sys.executable, "-m", "eventscribe.cli", "code", "--quiet", "--output", "events.jsonl"]
GOOD = [
    {"id": "g1", "text": "Israeli troops attacked Hamas fighters in Gaza on Thursday.", "date": "2014-06-26"},
    {"id": "g2", "text": "Iranian President Hassan Rouhani met Turkish officials in Ankara.", "date": "2014-06-09"},
]


def jsonl(*lines: str | dict[str, str]) -> bytes:
    return "".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines).encode("utf-8")


def good_lines(bad: str | dict[str, str]) -> bytes:
    """The good records with one bad line between them (the bad line is line 2)."""
    return jsonl(GOOD[0], bad, GOOD[1])


def good_lines_bytes(bad: bytes) -> bytes:
    return jsonl(GOOD[0]) + bad + b"\n" + jsonl(GOOD[1])


def csv_rows(*rows: str, header: str = "id,text,date") -> bytes:
    return (header + "\n" + "".join(row + "\n" for row in rows)).encode("utf-8")


GOOD_CSV_ROWS = [f'{r["id"]},"{r["text"]}",{r["date"]}' for r in GOOD]
VALID_JSONL = {"news.jsonl": jsonl(*GOOD)}
VALID_CSV = {"news.csv": csv_rows(*GOOD_CSV_ROWS)}
BIG_TEXT = ("Egyptian police arrested protesters in Cairo. " * 44_000).strip()  # about 2 MB


@dataclass(frozen=True)
class Case:
    """One bad input. ``files`` is what the user gives (all its names are passed as inputs, in order,
    unless ``inputs`` says otherwise); ``valid`` is the same input with only its valid records; the one
    error line must contain ``where`` and ``says``. ``prepare`` makes what files cannot hold (links,
    directories) in the run's directory; ``wrap`` prefixes the command (to drop privileges)."""

    files: dict[str, bytes]
    valid: dict[str, bytes]
    where: str
    says: str
    inputs: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    prepare: Callable[[Path], None] | None = None
    wrap: tuple[str, ...] = field(default=())


def beside_good(name: str, data: bytes, where: str, says: str, **extra: object) -> Case:
    """A bad file given before a file of good records."""
    return Case({name: data, **VALID_JSONL}, VALID_JSONL, where, says, **extra)  # type: ignore[arg-type]


def in_jsonl(bad: str | dict[str, str], says: str, where: str = "news.jsonl:2") -> Case:
    return Case({"news.jsonl": good_lines(bad)}, VALID_JSONL, where, says)


def in_csv(bad_row: str, says: str) -> Case:
    return Case({"news.csv": csv_rows(GOOD_CSV_ROWS[0], bad_row, GOOD_CSV_ROWS[1])}, VALID_CSV, "news.csv:3", says)


def utf16(data: bytes, *, bom: bool) -> bytes:
    encoded = data.decode("utf-8").encode("utf-16-le")
    return (codecs.BOM_UTF16_LE if bom else b"") + encoded


def _broken_link(where: Path) -> None:
    (where / "gone.jsonl").symlink_to(where / "deleted.jsonl")


def _empty_directory(where: Path) -> None:
    (where / "empty").mkdir()


def _locked_file(where: Path) -> None:
    (where / "locked.jsonl").write_bytes(jsonl(*GOOD))
    (where / "locked.jsonl").chmod(0)


SKIP = ("<no setpriv>",)


def _unreadable_wrap() -> tuple[str, ...]:
    """What makes a chmod 000 file unreadable for this process: nothing for a normal user; for root,
    running the command without the capabilities that let root read any file."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return SKIP
    drop = "-dac_override,-dac_read_search"
    return (setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", "--")


ELF_HEAD = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4
PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
ARTICLE = jsonl(*GOOD).decode("utf-8")

CASES: dict[str, Case] = {
    # malformed JSON lines
    "jsonl: unterminated object": in_jsonl('{"id": "b", "text": "cut', "not valid JSON"),
    "jsonl: text after the object": in_jsonl('{"id": "b", "text": "x"} trailing', "not valid JSON"),
    "jsonl: single quotes": in_jsonl("{'id': 'b', 'text': 'x'}", "not valid JSON"),
    "jsonl: last line cut short": Case(
        {"news.jsonl": jsonl(*GOOD) + b'{"id": "b", "text": "Israeli tro'},
        VALID_JSONL,
        "news.jsonl:3",
        "not valid JSON",
    ),
    # top-level values that are not objects
    "jsonl: an array": in_jsonl("[1, 2]", "not an object"),
    "jsonl: a string": in_jsonl('"Israeli troops attacked Hamas."', "not an object"),
    "jsonl: a number": in_jsonl("42", "not an object"),
    "jsonl: null": in_jsonl("null", "not an object"),
    "json array: an item that is not an object": Case(
        {"news.json": f"[{json.dumps(GOOD[0])},\n 7,\n {json.dumps(GOOD[1])}]".encode()},
        {"news.json": json.dumps(GOOD).encode()},
        "news.json:2",
        "not an object",
    ),
    # missing text, missing or empty id
    "missing text": in_jsonl({"id": "b", "date": "2014-06-26"}, 'no "text"'),
    "text is not a string": in_jsonl('{"id": "b", "text": ["a", "b"]}', "must be a string"),
    "missing id": in_jsonl({"text": "Israeli troops attacked Hamas.", "date": "2014-06-26"}, 'no "id"'),
    "empty id": in_jsonl({"id": "", "text": "Israeli troops attacked Hamas."}, 'empty "id"'),
    "id of spaces": in_jsonl({"id": "   ", "text": "Israeli troops attacked Hamas."}, 'empty "id"'),
    "id is a number": in_jsonl('{"id": 7, "text": "Israeli troops attacked Hamas."}', "must be a string"),
    # empty text
    "empty text": in_jsonl({"id": "b", "text": ""}, "empty text"),
    "text of whitespace and NULs": in_jsonl({"id": "b", "text": " \n\t\u0000 "}, "empty text"),
    # dates that are not dates
    "date 2014-13-45": in_jsonl({"id": "b", "text": "Hamas fired rockets.", "date": "2014-13-45"}, "2014-13-45"),
    "date in words": in_jsonl({"id": "b", "text": "Hamas fired rockets.", "date": "yesterday"}, "YYYY-MM-DD"),
    "date 2014-02-30": in_jsonl({"id": "b", "text": "Hamas fired rockets.", "date": "2014-02-30"}, "calendar"),
    "date is a number": in_jsonl('{"id": "b", "text": "Hamas fired rockets.", "date": 20140626}', "YYYY-MM-DD"),
    # a duplicate id with different text
    "duplicate id, different text": Case(
        {"news.jsonl": jsonl(*GOOD, {"id": "g1", "text": "Hamas fired rockets at Israel.", "date": "2014-06-26"})},
        VALID_JSONL,
        "news.jsonl:3",
        "news.jsonl:1",
    ),
    "duplicate id across files": Case(
        {"a.jsonl": jsonl(*GOOD), "b.jsonl": jsonl({"id": "g2", "text": "Hamas fired rockets at Israel."})},
        {"a.jsonl": jsonl(*GOOD)},
        "b.jsonl:1",
        "a.jsonl:2",
    ),
    # invalid UTF-8 and other encodings
    "jsonl: invalid UTF-8 byte": Case(
        {"news.jsonl": good_lines_bytes(b'{"id": "b", "text": "bad \xff byte"}')}, VALID_JSONL, "news.jsonl:2", "UTF-8"
    ),
    "jsonl: a latin-1 line": Case(
        {"news.jsonl": good_lines_bytes('{"id": "b", "text": "Fran\u00e7ois Hollande visited Mali."}'.encode("latin-1"))},
        VALID_JSONL,
        "news.jsonl:2",
        "UTF-8",
    ),
    "jsonl: lone surrogate escape": in_jsonl('{"id": "b", "text": "half \\ud83d of an emoji"}', "surrogate"),
    "jsonl: UTF-16 with BOM, one malformed line": Case(
        {"news.jsonl": utf16(good_lines("{broken"), bom=True)}, VALID_JSONL, "news.jsonl:2", "not valid JSON"
    ),
    "jsonl: UTF-16 without BOM": beside_good("utf16.jsonl", utf16(jsonl(*GOOD), bom=False), "utf16.jsonl", "UTF-16"),
    "jsonl: UTF-16 cut short": beside_good(
        "cut.jsonl", utf16(jsonl(*GOOD), bom=True)[:-1], "cut.jsonl", "not valid UTF-16"
    ),
    "csv: a latin-1 row": Case(
        {"news.csv": csv_rows(GOOD_CSV_ROWS[0], "b,Fran\u00e7ois Hollande visited Mali.,2014-06-26", GOOD_CSV_ROWS[1])
         .replace("\u00e7".encode(), b"\xe7")},
        VALID_CSV,
        "news.csv:3",
        "UTF-8",
    ),  # fmt: skip
    "txt: UTF-16 cut short": beside_good("cut.txt", codecs.BOM_UTF16_BE + b"\x00H\x00i\x00", "cut.txt", "UTF-16"),
    # binary files
    "binary: an executable named .jsonl": beside_good("program.jsonl", ELF_HEAD, "program.jsonl", "binary"),
    "binary: an image named .html": beside_good("photo.html", PNG_HEAD, "photo.html", "binary"),
    "binary: a NUL inside a CSV": beside_good("nul.csv", b"id,text\nb,Hamas\x00\x01\x02\n", "nul.csv", "binary"),
    # a 2 MB article, refused by --max-chars
    "2 MB article over --max-chars": Case(
        {"news.jsonl": good_lines({"id": "big", "text": BIG_TEXT, "date": "2014-06-26"})},
        VALID_JSONL,
        "news.jsonl:2",
        "--max-chars",
        options=("--max-chars", "1000000"),
    ),
    # a missing path, an unreadable file, an empty directory
    "missing path": Case(VALID_JSONL, VALID_JSONL, "missing.jsonl", "no such file", inputs=("missing.jsonl", "news.jsonl")),
    "broken symbolic link": Case(
        VALID_JSONL, VALID_JSONL, "gone.jsonl", "deleted.jsonl", inputs=("gone.jsonl", "news.jsonl"),
        prepare=_broken_link,
    ),
    "unreadable file (chmod 000)": Case(
        VALID_JSONL, VALID_JSONL, "locked.jsonl", "permission denied", inputs=("locked.jsonl", "news.jsonl"),
        prepare=_locked_file, wrap=_unreadable_wrap(),
    ),
    "empty directory": Case(
        VALID_JSONL, VALID_JSONL, "empty", "no readable inputs", inputs=("empty", "news.jsonl"), prepare=_empty_directory
    ),
    "empty file": beside_good("blank.jsonl", b"", "blank.jsonl", "empty"),
    "unsupported file type": beside_good("notes.docx", b"PK\x03\x04", "notes.docx", "unsupported file type"),
    # HTML without a body, CSV with the wrong columns
    "html without a body": beside_good(
        "page.html", b"<html><head><title>Gaza</title></head></html>", "page.html", "no article text"
    ),
    "html with an empty body": beside_good(
        "page.html", b"<!doctype html><html><body><script>var a;</script></body></html>", "page.html", "no article text"
    ),
    "csv: wrong columns": beside_good("news.csv", csv_rows("g1,hello", header="name,body"), "news.csv", "no 'id'"),
    "csv: a row with too many fields": in_csv("b,Hamas fired rockets,2014-06-26,extra", "fields"),
    "csv: an unclosed quote": Case(
        {"news.csv": csv_rows(*GOOD_CSV_ROWS, 'b,"Hamas fired rockets,2014-06-26')}, VALID_CSV, "news.csv:4", "CSV"
    ),
    "csv: a date that is not a date": in_csv("b,Hamas fired rockets,2014-13-45", "2014-13-45"),
    "csv: an empty id": in_csv(",Hamas fired rockets,2014-06-26", 'empty "id"'),
}  # fmt: skip


def code(where: Path, files: dict[str, bytes], inputs: tuple[str, ...], options: tuple[str, ...] = (),
         prepare: Callable[[Path], None] | None = None, wrap: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:  # fmt: skip
    for name, data in files.items():
        (where / name).write_bytes(data)
    if prepare is not None:
        prepare(where)
    os.chmod(where, 0o777)  # the unreadable-file case runs without root's file capabilities
    command = [*wrap, *EVENTSCRIBE, *options, *(inputs or tuple(files))]
    return subprocess.run(command, cwd=where, capture_output=True, text=True, timeout=900)


def events(where: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (where / "events.jsonl").read_text(encoding="utf-8").splitlines()]


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    events: list[dict[str, object]]


TEST_NAME = "test_bad_input_is_one_clear_line_and_the_valid_records_are_coded_as_alone"
#: Cases run concurrently: each is a process that mostly loads the model, so a few at once use the cores.
WORKERS = min(4, max(2, os.cpu_count() or 2))


def _key(files: dict[str, bytes]) -> tuple[tuple[str, bytes], ...]:
    return tuple(sorted(files.items()))


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[object, Run]:
    """Every selected case run once, and every distinct input of valid records coded alone (keyed by
    :func:`_key`), with up to :data:`WORKERS` processes at a time."""
    names = [item.callspec.params["name"] for item in request.session.items
             if getattr(item, "originalname", "") == TEST_NAME and CASES[item.callspec.params["name"]].wrap != SKIP]  # fmt: skip
    jobs: dict[object, Callable[[Path], subprocess.CompletedProcess[str]]] = {}
    for name in names:
        case = CASES[name]
        jobs[name] = lambda where, c=case: code(where, c.files, c.inputs, c.options, c.prepare, c.wrap)
        jobs.setdefault(_key(case.valid), lambda where, files=case.valid: code(where, files, ()))

    def run(job: object) -> Run:
        where = tmp_path_factory.mktemp("run")
        result = jobs[job](where)
        output = where / "events.jsonl"
        return Run(result, events(where) if output.exists() else [])

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return dict(zip(jobs, pool.map(run, jobs), strict=True))


def test_the_suite_covers_every_kind_of_bad_input_named_in_the_issue() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_clear_line_and_the_valid_records_are_coded_as_alone(
    name: str, runs: dict[object, Run]
) -> None:
    case = CASES[name]
    if case.wrap == SKIP:
        pytest.skip("running as root without setpriv: no way to make a file unreadable for this process")
    result = runs[name].result
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("eventscribe: skipped "), lines[0]
    assert case.where in lines[0] and case.says in lines[0], lines[0]
    assert result.returncode == 1
    assert "1 input errors" in result.stdout
    alone = runs[_key(case.valid)]
    assert alone.result.returncode == 0, alone.result.stderr
    assert alone.events, "the valid records alone must give events, or the comparison proves nothing"
    assert runs[name].events == alone.events


def _peak_rss_mb(command: list[str], where: Path) -> tuple[int, float, str]:
    """Run ``command`` in ``where``; its exit code, its own peak resident memory in MB, and its stderr."""
    with (where / "stderr.txt").open("w+") as stderr:
        process = subprocess.Popen(command, cwd=where, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        return process.returncode, usage.ru_maxrss / 1024, stderr.read()


def varied_article(chars: int) -> str:
    """News-like prose of about ``chars`` characters: paragraphs of varied actor-verb-actor sentences."""
    actors = ["Israeli troops", "Hamas fighters", "Iranian President Hassan Rouhani", "Egyptian police",
              "Turkish officials", "the United Nations", "Syrian rebels", "Russian diplomats"]  # fmt: skip
    verbs = ["attacked", "met", "criticized", "praised", "accused", "threatened", "urged", "visited"]
    pick = random.Random(7).choice
    paragraphs: list[str] = []
    size = n = 0
    while size < chars:
        sentences = []
        for _ in range(5):
            n += 1
            a, v, b = pick(actors), pick(verbs), pick(actors)
            sentences.append(f"{a[0].upper()}{a[1:]} {v} {b} on day {n}.")
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def test_a_2_mb_article_is_coded_in_bounded_memory(tmp_path: Path) -> None:
    """A 2 MB article is within the default --max-chars: it is parsed in segments, so the coder's peak
    memory grows by far less than a whole-document parse would need (measured: about 350 MB over a
    small input's 270 MB)."""
    small, big = tmp_path / "small", tmp_path / "big"
    small.mkdir(), big.mkdir()
    (small / "news.jsonl").write_bytes(jsonl(*GOOD))
    text = varied_article(2_000_000)
    (big / "news.jsonl").write_bytes(jsonl({"id": "big", "text": text, "date": "2014-06-26"}))
    code_small, rss_small, _ = _peak_rss_mb([*EVENTSCRIBE, "news.jsonl"], small)
    code_big, rss_big, stderr = _peak_rss_mb([*EVENTSCRIBE, "news.jsonl"], big)
    assert code_small == 0 and code_big == 0, stderr
    assert len(events(big)) > 100
    print(f"peak RSS: {rss_small:.0f} MB for two short articles, {rss_big:.0f} MB for a {len(text):,}-character one")
    assert rss_big - rss_small < 512, f"{rss_big:.0f} MB for the 2 MB article against {rss_small:.0f} MB"
