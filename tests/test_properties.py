"""Properties that must hold for every input, checked with Hypothesis on generated examples.

- The ingest readers (JSON lines, JSON, CSV, text, HTML, feeds) never crash on arbitrary bytes: every
  problem comes out as an ``InputError`` (or ``RecordError``), and what is read is a usable article.
- Records written in a supported format read back as the same articles (JSON lines, CSV, text).
- Date resolution never crashes, for any base date and phrase, and stays within sane bounds.
- The code mappings are total and consistent: every CAMEO code has its root's quad class, a Goldstein
  weight in -10..10 and a PLOVER event of a matching kind; unknown codes raise ``UnknownCode``; actor
  codes split into a country and sectors for any string.

Example counts and deadlines are bounded so that the file runs in well under a minute.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.actors.codes import CODE_PATTERN, SECTORS, sectors_of
from eventscribe.errors import InputError
from eventscribe.events.codebook import PLOVER_EVENTS, Codebook, UnknownCode
from eventscribe.ingest import read_inputs
from eventscribe.ingest.files import clean_text, unpaired_surrogate
from eventscribe.model import Article
from eventscribe.when import resolve_date

QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
READER_SUFFIXES = [".jsonl", ".json", ".csv", ".tsv", ".txt", ".html", ".rss"]


def read_bytes(suffix: str, data: bytes) -> tuple[list[Article], list[InputError]]:
    """Read ``data`` as a file with ``suffix`` through the public reader; errors are collected."""
    errors: list[InputError] = []
    with tempfile.TemporaryDirectory() as where:
        path = Path(where, f"input{suffix}")
        path.write_bytes(data)
        articles = list(read_inputs([path], on_error=errors.append, date=dt.date(2014, 6, 26)))
    return articles, errors


def assert_usable(articles: list[Article], errors: list[InputError]) -> None:
    assert all(isinstance(error, InputError) and str(error).strip() for error in errors)
    for article in articles:
        assert article.id.strip() and article.text.strip()
        assert unpaired_surrogate(article.text) is None and "\x00" not in article.text


# Bytes that look a little like each format, so that generated examples get past the first check.
FORMAT_PIECES = [b"{", b"}", b'"id"', b'"text"', b'"date"', b":", b",", b"[", b"]", b"\n", b'"', b"\\u", b"\\ud83d",
                 b"2014-06-26", b"2014-13-45", b"id,text,date\n", b"\t", b"<html>", b"<body>", b"<p>", b"</p>",
                 b"<rss><channel><item>", b"<guid>", b"</guid>", b"<title>", b"</title>", b"</item>", b"&nbsp;",
                 b"&#xD83D;", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\r\n", b"null", b"7", b"Hamas"]  # fmt: skip
shaped_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(st.sampled_from(FORMAT_PIECES), st.binary(max_size=4)), max_size=40).map(b"".join),
)


@pytest.mark.parametrize("suffix", READER_SUFFIXES)
@QUICK
@given(data=shaped_bytes)
def test_readers_never_crash_on_arbitrary_bytes(suffix: str, data: bytes) -> None:
    assert_usable(*read_bytes(suffix, data))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".txt", ".html"])
@QUICK
@given(text=st.text(max_size=200))
def test_readers_never_crash_on_arbitrary_text(suffix: str, text: str) -> None:
    assert_usable(*read_bytes(suffix, text.encode("utf-8", "surrogatepass")))


# --- round trips ------------------------------------------------------------------------------------

# Text as the contract keeps it: no lone surrogates, no NUL or CR (the readers drop NULs and turn CR
# line ends into LF), at least one visible character.
clean_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r")
article_text = st.text(clean_chars, min_size=1, max_size=80).filter(lambda t: t.strip())
# The readers decode HTML character references, with or without their ampersand ("AT&amp;T", " quot;"),
# so a text holding one reads back decoded (tests/test_character_references.py checks that); the round trip is for
# the rest.
plain_text = article_text.filter(lambda t: clean_text(t) == t)
article_id = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(str.strip)
record = st.fixed_dictionaries(
    {"id": article_id, "text": plain_text, "date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))},
    optional={"title": plain_text, "url": st.just("https://example.org/a"), "source": plain_text},
)
records = st.lists(record, min_size=1, max_size=5, unique_by=lambda r: r["id"])


def as_articles(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    keys = ("id", "text", "date", "title", "url", "source")
    return [tuple(row.get(key) for key in keys) for row in rows]


def read_back(articles: list[Article]) -> list[tuple[object, ...]]:
    return [(a.id, a.text, a.date, a.title, a.url, a.source) for a in articles]


@QUICK
@given(rows=records, ascii_only=st.booleans())
def test_records_written_as_json_lines_read_back_the_same(rows: list[dict[str, object]], ascii_only: bool) -> None:
    lines = [json.dumps({**r, "date": r["date"].isoformat()}, ensure_ascii=ascii_only) for r in rows]  # type: ignore[attr-defined]
    articles, errors = read_bytes(".jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    assert errors == []
    assert read_back(articles) == as_articles(rows)


@QUICK
@given(rows=records)
def test_records_written_as_csv_read_back_the_same(rows: list[dict[str, object]]) -> None:
    columns = ["id", "text", "date", "title", "url", "source"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row["date"].isoformat() if c == "date" else row.get(c) or "" for c in columns])  # type: ignore[attr-defined]
    articles, errors = read_bytes(".csv", buffer.getvalue().encode("utf-8"))
    assert errors == []
    assert read_back(articles) == as_articles(rows)


@QUICK
@given(text=plain_text)
def test_a_text_file_reads_back_as_its_text(text: str) -> None:
    articles, errors = read_bytes(".txt", text.encode("utf-8"))
    assert errors == [] and [a.text for a in articles] == [text]


# --- date resolution --------------------------------------------------------------------------------

DATE_WORDS = ["on", "last", "next", "this", "the", "previous", "ago", "days", "weeks", "months", "years", "day",
              "week", "month", "year", "Monday", "thursday", "weekend", "May", "june", "December", "a", "few", "ten",
              "today", "yesterday", "tomorrow", "tonight", "night", "early", "late", "mid", "of", "in", "since", "3rd",
              "1st", "-", "/", ",", "2014", "1999", "3000", "0", "12", "31", "99999"]  # fmt: skip
phrases = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.sampled_from(DATE_WORDS), st.integers(-10, 10_000).map(str)), min_size=1, max_size=6).map(
        " ".join
    ),
)
base_dates = st.one_of(st.none(), st.dates(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
_DIGIT = re.compile(r"\d")


@settings(max_examples=1500, deadline=None)
@given(phrase=phrases, base=base_dates)
def test_date_resolution_never_crashes_and_stays_in_bounds(phrase: str, base: dt.date | None) -> None:
    resolved = resolve_date(phrase, base)
    if resolved is None:
        return
    assert resolved.text == phrase and resolved.precision in ("day", "month", "year")
    if resolved.precision != "day":
        assert resolved.date.day == 1
    if resolved.precision == "year":
        assert resolved.date.month == 1
    if _DIGIT.search(phrase):
        return  # an explicit date or year may lie anywhere in the calendar
    # Without a number the phrase is relative: it needs a base date and cannot reach far into the future.
    assert base is not None, f"{phrase!r} resolved without an article date"
    assert resolved.date <= base + dt.timedelta(days=7), (phrase, base, resolved)


RELATIVE = {"days": dt.timedelta(days=1), "weeks": dt.timedelta(weeks=1)}


@settings(max_examples=300, deadline=None)
@given(count=st.integers(2, 60), unit=st.sampled_from(["days", "weeks", "months", "years"]),
       base=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))  # fmt: skip
def test_n_units_ago_lands_that_far_before_the_base_date(count: int, unit: str, base: dt.date) -> None:
    resolved = resolve_date(f"{count} {unit} ago", base)
    assert resolved is not None
    if unit in RELATIVE:
        assert resolved.date == base - count * RELATIVE[unit]
    elif unit == "months":
        months = base.year * 12 + base.month - 1 - count
        assert (resolved.date.year, resolved.date.month) == (months // 12, months % 12 + 1)
    else:
        assert resolved.date.year == base.year - count


# --- code mappings ----------------------------------------------------------------------------------

BOOK = Codebook.load()
QUAD_OF_ROOT = {f"{root:02d}": 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 for root in range(1, 21)}
CONFLICT_EVENTS = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
COOPERATION_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


@settings(max_examples=len(BOOK), deadline=None)
@given(code=st.sampled_from(BOOK.codes()))
def test_every_cameo_code_has_a_consistent_quad_class_goldstein_and_plover_event(code: str) -> None:
    cameo, plover = BOOK.cameo(code), BOOK.plover(code)
    assert cameo.code == code and cameo.root == code[:2] and code in BOOK
    assert cameo.quad_class == QUAD_OF_ROOT[cameo.root]
    assert -10.0 <= cameo.goldstein <= 10.0
    if cameo.root == "01":
        assert plover is None  # statements have no PLOVER event
        return
    assert plover is not None and plover.event in PLOVER_EVENTS
    if plover.event in CONFLICT_EVENTS:
        assert cameo.quad_class in (3, 4), (code, plover.event)
    if plover.event in COOPERATION_EVENTS:
        assert cameo.quad_class in (1, 2), (code, plover.event)
    parent = code[:-1] if len(code) > 3 else code[:2]
    assert parent in BOOK and BOOK.cameo(parent).quad_class == cameo.quad_class


def test_every_plover_event_type_is_reached_from_some_cameo_code() -> None:
    reached = {plover.event for code in BOOK.codes() if (plover := BOOK.plover(code)) is not None}
    assert reached == PLOVER_EVENTS


@settings(max_examples=300, deadline=None)
@given(code=st.text(max_size=6))
def test_a_code_outside_the_codebook_raises_unknown_code(code: str) -> None:
    if code in BOOK:
        return
    with pytest.raises(UnknownCode):
        BOOK.cameo(code)
    with pytest.raises(KeyError):
        BOOK.plover(code)


chunks = st.sampled_from(sorted(SECTORS) + ["HMS", "UNO", "ISI", "MUS", "FTA"])


@settings(max_examples=300, deadline=None)
@given(country=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3), parts=st.lists(chunks, max_size=4))
def test_actor_codes_split_into_country_and_their_sectors_in_order(country: str, parts: list[str]) -> None:
    code = country + "".join(parts)
    assert CODE_PATTERN.match(code)
    assert sectors_of(code) == tuple(part for part in parts if part in SECTORS)


@settings(max_examples=300, deadline=None)
@given(code=st.text(max_size=20))
def test_sectors_of_any_string_are_known_sectors(code: str) -> None:
    assert set(sectors_of(code)) <= SECTORS
