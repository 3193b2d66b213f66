"""The ingest stage: every format, directories, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from eventscribe.errors import InputError, InputNotFound, RecordError
from eventscribe.ingest import InputStats, read_articles, read_inputs
from eventscribe.model import Article

JUNE_26 = dt.date(2014, 6, 26)
TEXT = "Hamas leader Khaled Mashaal called on Iran to join the struggle against Israel."


def collect(*paths: Path, **options: object) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    articles = list(read_inputs(list(paths), on_error=errors.append, **options))  # type: ignore[arg-type]
    return articles, errors


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def record(id: str, text: str = TEXT, **extra: object) -> dict[str, object]:
    return {"id": id, "text": text, **extra}


# --- JSON lines --------------------------------------------------------------------------------------


def test_jsonl_records_become_articles_with_origin_and_optional_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        jsonl(
            record("a", date="2014-06-26", title="T", url="http://x", source="AP"),
            "",
            record("b"),
        ),
        encoding="utf-8",
    )
    articles, errors = collect(path)
    assert errors == []
    assert articles == [
        Article("a", TEXT, JUNE_26, "T", "http://x", "AP", f"{path}:1"),
        Article("b", TEXT, None, origin=f"{path}:3"),
    ]


def test_missing_record_date_falls_back_to_the_date_argument(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a"), record("b", date="2014-01-02")), encoding="utf-8")
    articles, _ = collect(path, date=JUNE_26)
    assert [a.date for a in articles] == [JUNE_26, dt.date(2014, 1, 2)]


@pytest.mark.parametrize("value", ["2014-06-26T10:30:00", "2014-06-26T10:30:00Z", "2014-06-26 23:59:59+02:00"])
def test_iso_datetimes_are_accepted_by_taking_the_date_part(tmp_path: Path, value: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a", date=value)), encoding="utf-8")
    assert [a.date for a in read_articles(path)] == [JUNE_26]


@pytest.mark.parametrize("suffix", [".ndjson", ".json", ".JSONL"])
def test_json_lines_suffixes_are_read(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"news{suffix}"
    path.write_text(jsonl(record("a"), record("b")), encoding="utf-8")
    assert [a.id for a in read_articles(path)] == ["a", "b"]


def test_json_array_file_is_read_and_errors_point_at_the_item_line(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text(json.dumps([record("a"), {"id": "b"}, record("c")], indent=2), encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:6"]
    assert articles[0].origin == f"{path}:2"


def test_pretty_printed_single_json_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text("\n" + json.dumps(record("a", date="2014-06-26"), indent=2), encoding="utf-8")
    assert [(a.id, a.origin) for a in read_articles(path)] == [("a", f"{path}:2")]


def test_text_is_normalised_only_for_nuls_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a", text="  One\r\ntwo\rthree\u0000\u2028four  ")), encoding="utf-8")
    assert [a.text for a in read_articles(path)] == ["  One\ntwo\nthree\u2028four  "]


BAD_JSONL_LINES = {
    "malformed JSON": ('{"id": "x", "text": ', "not valid JSON"),
    "top-level array": ('["x", "text"]', "JSON array, not an object"),
    "top-level string": ('"just text"', "JSON string, not an object"),
    "missing id": (json.dumps({"text": TEXT}), 'no "id"'),
    "empty id": (json.dumps(record(" ")), 'empty "id"'),
    "numeric id": (json.dumps(record(12)), '"id" must be a string'),  # type: ignore[arg-type]
    "missing text": (json.dumps({"id": "x"}), 'no "text"'),
    "non-string text": (json.dumps({"id": "x", "text": ["a"]}), '"text" must be a string'),
    "whitespace text": (json.dumps(record("x", text=" \n\t")), '"text" is empty'),
    "impossible date": (json.dumps(record("x", date="2014-13-45")), "not a real calendar date"),
    "day-first date": (json.dumps(record("x", date="26/06/2014")), "YYYY-MM-DD"),
    "numeric date": (json.dumps(record("x", date=20140626)), '"date" must be'),
    "bad time part": (json.dumps(record("x", date="2014-06-26Tnoon")), "ISO 8601"),
    "non-string title": (json.dumps(record("x", title=3)), '"title" must be a string'),
}


@pytest.mark.parametrize("line, message", BAD_JSONL_LINES.values(), ids=BAD_JSONL_LINES)
def test_bad_jsonl_record_is_reported_with_its_line_and_the_others_are_read(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a"), line, record("c")), encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert len(errors) == 1
    assert isinstance(errors[0], RecordError)
    assert errors[0].where == f"{path}:2"
    assert message in errors[0].message
    assert str(errors[0]).startswith(f"{path}:2: ")


def test_invalid_utf8_line_in_jsonl_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    bad = b'{"id": "b", "text": "Caf\xe9"}\n'
    path.write_bytes(jsonl(record("a")).encode() + bad + jsonl(record("c")).encode())
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:2"]
    assert "not valid UTF-8 (byte 0xe9" in errors[0].message


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + jsonl(record("a")).encode())
    assert [a.id for a in read_articles(path)] == ["a"]


def test_jsonl_file_of_blank_lines_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    _, errors = collect(path)
    assert [(e.where, type(e)) for e in errors] == [(str(path), InputError)]
    assert "no records" in errors[0].message


# --- CSV -----------------------------------------------------------------------------------------------


def test_csv_rows_become_articles_with_case_insensitive_header_and_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        'ID,Text,Date,Title,extra\na,"Line one,\nline two ""quoted""",2014-06-26,T,x\n\nb,Plain text,,,\n',
        encoding="utf-8",
    )
    articles, errors = collect(path, date=dt.date(2014, 1, 1))
    assert errors == []
    assert articles == [
        Article("a", 'Line one,\nline two "quoted"', JUNE_26, "T", origin=f"{path}:2"),
        Article("b", "Plain text", dt.date(2014, 1, 1), origin=f"{path}:5"),
    ]


def test_csv_fields_longer_than_the_csv_module_default_limit_are_read(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    long_text = "word " * 60_000
    path.write_text(f'id,text\na,"{long_text}"\n', encoding="utf-8")
    assert [len(a.text) for a in read_articles(path)] == [len(long_text)]


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    path.write_text("id\ttext\tdate\na\tSome, text\t2014-06-26\n", encoding="utf-8")
    assert [(a.id, a.text, a.date) for a in read_articles(path)] == [("a", "Some, text", JUNE_26)]


@pytest.mark.parametrize("header", ["text,date", "id,body", "title,date"])
def test_csv_without_id_or_text_column_is_one_file_error(tmp_path: Path, header: str) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f"{header}\nx,y\n", encoding="utf-8")
    articles, errors = collect(path)
    assert articles == []
    assert [(e.where, type(e)) for e in errors] == [(str(path), InputError)]
    assert "column" in errors[0].message and "id,text,date" in errors[0].message


BAD_CSV_ROWS = {
    "empty id": (',"some text",2014-06-26', 'empty "id"'),
    "empty text": ('x," ",2014-06-26', '"text" is empty'),
    "impossible date": (f'x,"{TEXT}",2014-13-45', "not a real calendar date"),
    "too many fields": (f'x,"{TEXT}",2014-06-26,extra', "fields but the header has 3"),
    "too few fields": ("x", "fields but the header has 3"),
    "stray quote": ('x,"text"junk,2014-06-26', "not valid CSV"),
}


@pytest.mark.parametrize("row, message", BAD_CSV_ROWS.values(), ids=BAD_CSV_ROWS)
def test_bad_csv_row_is_reported_with_its_line_and_the_others_are_read(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f'id,text,date\na,"multi\nline",2014-06-26\n{row}\nc,text,2014-06-26\n', encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:4"]
    assert isinstance(errors[0], RecordError)
    assert message in errors[0].message


def test_invalid_utf8_csv_row_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(b"\xef\xbb\xbfid,text\na,ok\nb,Caf\xe9\nc,ok too\n")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:3"]
    assert "UTF-8" in errors[0].message


# --- Plain text ------------------------------------------------------------------------------------------


def test_txt_file_is_one_article_named_after_the_file_with_the_date_in_its_name(tmp_path: Path) -> None:
    path = tmp_path / "hamas-iran-2014-06-26.txt"
    path.write_bytes(b"Hamas calls on Iran\r\n\r\n" + TEXT.encode() + b"\r\n")
    assert list(read_articles(path)) == [
        Article(
            "hamas-iran-2014-06-26",
            f"Hamas calls on Iran\n\n{TEXT}\n",
            JUNE_26,
            title="Hamas calls on Iran",
            origin=str(path),
        )
    ]


@pytest.mark.parametrize(
    "name, date, expected",
    [
        ("a-2014-06-26.txt", dt.date(2020, 1, 1), dt.date(2020, 1, 1)),  # the argument wins
        ("a-2014-13-45-2014-06-26.txt", None, JUNE_26),  # the first *valid* date in the name
        ("a-20140626.txt", None, None),
    ],
)
def test_txt_date_comes_from_the_argument_then_the_file_name(
    tmp_path: Path, name: str, date: dt.date | None, expected: dt.date | None
) -> None:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    assert [a.date for a in read_articles(path, date=date)] == [expected]


def test_single_line_txt_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert [(a.title, a.text) for a in read_articles(path)] == [(None, TEXT)]


@pytest.mark.parametrize(
    "data, text",
    [
        (b"Caf\xe9 \x93Hamas\x94", "Café “Hamas”"),  # cp1252
        (b"\xff\xfe" + "Café Hamas".encode("utf-16-le"), "Café Hamas"),  # UTF-16 with a mark
    ],
)
def test_txt_that_is_not_utf8_is_decoded_with_a_fallback(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    stats = InputStats()
    assert [a.text for a in read_inputs([path], stats=stats)] == [text]


def test_whitespace_only_txt_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" \n\n ", encoding="utf-8")
    _, errors = collect(path)
    assert [e.where for e in errors] == [str(path)]
    assert "only whitespace" in errors[0].message


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = """<html><head><title>Hamas leader calls on Iran</title>{meta}</head>
<body><nav>Home | World | Sport</nav><article><h1>Hamas leader calls on Iran</h1>
<p>Hamas political bureau leader Khaled Mashaal called on Iran on Thursday to join the struggle.</p>
<p>Israeli Prime Minister Benjamin Netanyahu warned against the deal.</p></article>
<footer>Copyright 2014</footer></body></html>"""
META_DATE = '<meta property="article:published_time" content="2014-06-26T10:00:00Z">'


def test_html_page_main_text_title_and_metadata_date_are_extracted(tmp_path: Path) -> None:
    path = tmp_path / "page-2014-01-01.html"
    path.write_text(PAGE.format(meta=META_DATE), encoding="utf-8")
    [article] = read_articles(path, date=dt.date(2020, 1, 1))
    assert (article.id, article.title, article.date, article.origin) == (
        "page-2014-01-01",
        "Hamas leader calls on Iran",
        JUNE_26,
        str(path),
    )
    assert "Mashaal called on Iran" in article.text and "Netanyahu warned" in article.text
    assert "Copyright" not in article.text


@pytest.mark.parametrize(
    "name, date, expected",
    [("page.htm", JUNE_26, JUNE_26), ("page-2014-06-26.HTML", None, JUNE_26), ("page.html", None, None)],
)
def test_html_without_date_metadata_uses_the_argument_then_the_file_name(
    tmp_path: Path, name: str, date: dt.date | None, expected: dt.date | None
) -> None:
    path = tmp_path / name
    path.write_text(PAGE.format(meta=""), encoding="utf-8")
    assert [a.date for a in read_articles(path, date=date)] == [expected]


def test_short_html_page_still_yields_its_text(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><body><p>Mashaal met Rouhani.</p></body></html>", encoding="utf-8")
    assert [a.text for a in read_articles(path)] == ["Mashaal met Rouhani."]


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        b'<html><head><meta charset="iso-8859-7"></head><body><p>\xc1\xe8\xde\xed\xe1 Hamas</p></body></html>'
    )
    stats = InputStats()
    assert [a.text for a in read_inputs([path], stats=stats)] == ["Αθήνα Hamas"]
    assert stats.fallback_decoded == [str(path)]


def test_html_page_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>", encoding="utf-8")
    _, errors = collect(path)
    assert [e.where for e in errors] == [str(path)]
    assert "no article text could be extracted" in errors[0].message


# --- Directories ---------------------------------------------------------------------------------------


def test_directory_is_walked_recursively_in_sorted_order_skipping_hidden_and_unknown_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.jsonl").write_text(jsonl(record("j1"), record("j2")), encoding="utf-8")
    (tmp_path / "b" / "c.csv").write_text("id,text\nc1,x\n", encoding="utf-8")
    (tmp_path / "b" / "deeper" / "d.txt").write_text("text", encoding="utf-8")
    (tmp_path / "b" / "e.html").write_text(PAGE.format(meta=""), encoding="utf-8")
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden" / "h.jsonl").write_text(jsonl(record("hidden")), encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "z.txt").write_text("last", encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(tmp_path, stats=stats)
    assert errors == []
    assert [a.id for a in articles] == ["j1", "j2", "c1", "d", "e", "z"]
    assert stats.skipped == [str(tmp_path / "b" / "notes.pdf")]
    assert (stats.files, stats.articles, stats.errors) == (5, 6, 0)


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "only.pdf").write_bytes(b"%PDF")
    _, errors = collect(tmp_path)
    assert [e.where for e in errors] == [str(tmp_path)]
    assert "no readable inputs" in errors[0].message


# --- Whole-file problems ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.jsonl", b"", "file is empty"),
        ("empty.txt", b"", "file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("binary.csv", b"id,text\n\x00\x01\x02", "looks like a binary file"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("README", b"text", "unsupported file type '(no suffix)'"),
    ],
)
def test_bad_file_is_reported_by_name_and_the_next_file_is_read(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl(record("a")), encoding="utf-8")
    articles, errors = collect(bad, good)
    assert [a.id for a in articles] == ["a"]
    assert [(e.where, type(e)) for e in errors] == [(str(bad), InputError)]
    assert message in errors[0].message


def test_missing_path_is_input_not_found_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl(record("a")), encoding="utf-8")
    articles, errors = collect(tmp_path / "nope.jsonl", good)
    assert [a.id for a in articles] == ["a"]
    assert [(e.where, type(e)) for e in errors] == [(str(tmp_path / "nope.jsonl"), InputNotFound)]


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the open fail as it would for a user
        real_open = open

        def locked_open(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr("builtins.open", locked_open)
    try:
        _, errors = collect(path)
    finally:
        monkeypatch.undo()
        path.chmod(0o644)
    assert [(e.where, type(e)) for e in errors] == [(str(path), InputError)]
    assert "permission denied" in errors[0].message


def test_errors_are_raised_when_no_handler_is_given(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a"), "{oops"), encoding="utf-8")
    articles = read_articles(path)
    assert next(articles).id == "a"
    with pytest.raises(RecordError, match=r"news\.jsonl:2: line is not valid JSON"):
        next(articles)


# --- Limits and duplicates ---------------------------------------------------------------------------


def test_text_over_max_chars_is_reported_with_how_to_raise_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a", text="x" * 10), record("b", text="x" * 11)), encoding="utf-8")
    articles, errors = collect(path, max_chars=10)
    assert [a.id for a in articles] == ["a"]
    assert [e.where for e in errors] == [f"{path}:2"]
    assert "over the limit of 10" in errors[0].message and "--max-chars" in errors[0].message


def test_repeated_id_with_the_same_text_is_skipped_and_counted(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text(jsonl(record("a"), record("b")), encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text(f'id,text\na,"{TEXT}"\n', encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(first, second, stats=stats)
    assert ([a.id for a in articles], errors, stats.duplicates) == (["a", "b"], [], 1)


def test_repeated_id_with_different_text_is_reported_naming_both_places(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a"), record("a", text="Other text."), record("c")), encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:2"]
    assert f"{path}:1" in errors[0].message


def test_a_single_path_string_is_not_split_into_characters(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl(record("a")), encoding="utf-8")
    assert [a.id for a in read_inputs(str(path))] == ["a"]  # type: ignore[arg-type]
