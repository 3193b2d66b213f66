"""The ingest stage: every format, directories, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import tracemalloc
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


def test_text_is_normalised_for_nuls_and_line_ends_and_nothing_else_of_plain_text(tmp_path: Path) -> None:
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
    "whitespace text": (json.dumps(record("x", text=" \n\t")), "empty text"),
    "NUL-only text": (json.dumps(record("x", text="\u0000\u0000")), "empty text"),
    "whitespace and NUL text": (json.dumps(record("x", text=" \u0000\n")), "empty text"),
    "lone surrogate in text": ('{"id": "x", "text": "Israel attacked Hamas \\ud83d in Gaza."}', "(\\ud83d)"),
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
    "empty text": ('x," ",2014-06-26', "empty text"),
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
    assert [a.id for a in articles] == ["j1", "j2", "c1", "b/deeper/d", "b/e", "z"]
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


# --- Lone surrogates and empty text, in every format ----------------------------------------------------


@pytest.mark.parametrize("field", ["id", "text", "title", "url", "source"])
def test_lone_surrogate_in_any_field_of_a_json_record_is_a_record_error(tmp_path: Path, field: str) -> None:
    path = tmp_path / "news.jsonl"
    bad = {"id": "s1", "text": "Israel attacked Hamas in Gaza.", "title": "T", "url": "u", "source": "AP"}
    line = json.dumps(bad).replace(f'"{field}": "', f'"{field}": "\\ud83d', 1)
    path.write_text(jsonl(record("a"), line, record("c")), encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(path, stats=stats)
    assert [a.id for a in articles] == ["a", "c"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:2", RecordError)]
    assert f'"{field}" contains an unpaired surrogate' in errors[0].message
    assert "(\\ud83d)" in errors[0].message
    assert (stats.files, stats.articles, stats.errors) == (1, 2, 1)


def test_the_reported_example_with_a_lone_surrogate_is_rejected_before_nlp(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"id":"s1","text":"Israel attacked Hamas \\ud83d in Gaza."}\n', encoding="utf-8")
    articles, errors = collect(path)
    assert articles == []
    assert [e.where for e in errors] == [f"{path}:1"]
    assert "unpaired surrogate" in errors[0].message and "(\\ud83d)" in errors[0].message


def test_a_complete_surrogate_pair_escape_is_one_character_and_accepted(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "Smile \\ud83d\\ude00 now"}\n', encoding="utf-8")
    assert [a.text for a in read_articles(path)] == ["Smile \U0001f600 now"]


def test_lone_surrogate_in_a_json_array_item_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text('[\n  {"id": "a", "text": "x"},\n  {"id": "b", "text": "y \\udc00"}\n]\n', encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:3", RecordError)]
    assert "(\\udc00)" in errors[0].message


def test_lone_surrogate_in_a_utf16_csv_row_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    content = "id,text\na,fine\nb,bad \ud83d here\nc,fine too\n"
    path.write_bytes(b"\xff\xfe" + content.encode("utf-16-le", "surrogatepass"))
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:3", RecordError)]
    assert '"text" contains an unpaired surrogate' in errors[0].message and "(\\ud83d)" in errors[0].message


@pytest.mark.parametrize("name", ["a.txt", "a.html"])
def test_lone_surrogate_in_a_document_is_a_file_error_naming_the_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    content = "<html><body><p>Hamas met Iran.</p>\n<p>Israel \ud83d attacked.</p></body></html>"
    path.write_bytes(b"\xff\xfe" + content.encode("utf-16-le", "surrogatepass"))
    stats = InputStats()
    articles, errors = collect(path, stats=stats)
    assert articles == []
    assert [(e.where, type(e)) for e in errors] == [(str(path), InputError)]
    assert "unpaired surrogate at line 2" in errors[0].message and "(\\ud83d)" in errors[0].message
    assert (stats.files, stats.articles, stats.errors) == (1, 0, 1)


def test_utf16_file_that_is_cut_short_is_a_file_error_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "a.jsonl"
    bad.write_bytes(b"\xff\xfe" + jsonl(record("a")).encode("utf-16-le") + b"\x00")
    good = tmp_path / "b.txt"
    good.write_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le"))
    articles, errors = collect(bad, good)
    assert [a.id for a in articles] == ["b"]
    assert [(e.where, type(e)) for e in errors] == [(str(bad), InputError)]
    assert "not valid UTF-16" in errors[0].message


def test_nul_only_text_in_a_json_array_item_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text(json.dumps([record("a"), record("b", text="\u0000"), record("c")], indent=2), encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:6", RecordError)]
    assert "empty text" in errors[0].message


def test_nul_only_csv_field_past_the_binary_sniff_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    padding = "".join(f"p{i},{'x' * 90}\n" for i in range(100))  # NUL bytes only after the first 8 KB
    path.write_bytes(f"id,text\n{padding}".encode() + b"nul,\x00\x00\x00\nlast,ok\n")
    articles, errors = collect(path)
    assert [a.id for a in articles][-1] == "last" and len(articles) == 101
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:102", RecordError)]
    assert "empty text" in errors[0].message


def test_txt_of_only_whitespace_and_nuls_past_the_binary_sniff_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b" " * 9000 + b"\x00\x00\n")
    _, errors = collect(path)
    assert [e.where for e in errors] == [str(path)]
    assert "only whitespace" in errors[0].message


# --- Ids of documents found in directories ----------------------------------------------------------


def test_documents_in_directories_are_named_by_their_path_under_the_input_directory(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "a").mkdir(parents=True)
    (news / "b" / "c").mkdir(parents=True)
    (news / "a" / "report.txt").write_text("Report from A.", encoding="utf-8")
    (news / "b" / "report.txt").write_text("Report from B.", encoding="utf-8")
    (news / "b" / "c" / "page.v2.HTML").write_text(PAGE.format(meta=""), encoding="utf-8")
    (news / "top.txt").write_text("Top.", encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(news, stats=stats)
    assert errors == []
    assert [a.id for a in articles] == ["a/report", "b/c/page.v2", "b/report", "top"]
    assert [a.origin for a in articles][0] == str(news / "a" / "report.txt")
    assert (stats.files, stats.articles, stats.errors, stats.duplicates) == (4, 4, 0, 0)


def test_a_document_named_directly_keeps_its_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    path = tmp_path / "a" / "report-2014-06-26.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert [(a.id, a.date) for a in read_articles(path)] == [("report-2014-06-26", JUNE_26)]


@pytest.mark.parametrize("given", ["news", "news/", "./news", "."])
def test_document_ids_do_not_depend_on_how_the_directory_is_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    (tmp_path / "news" / "a").mkdir(parents=True)
    (tmp_path / "news" / "a" / "report.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "news" if given == "." else tmp_path)
    assert [a.id for a in read_inputs([given])] == ["a/report"]


def test_same_file_name_in_two_input_directories_still_collides(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(f"Report {name}.", encoding="utf-8")
    articles, errors = collect(tmp_path / "x", tmp_path / "y")
    assert [a.id for a in articles] == ["report"]
    assert "already used" in errors[0].message


# --- Excluded paths -----------------------------------------------------------------------------------


def test_an_excluded_output_inside_an_input_directory_is_not_read_or_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "in.jsonl").write_text(jsonl(record("a")), encoding="utf-8")
    (news / "out.jsonl").write_text('{"not": "an article"}\n', encoding="utf-8")
    (news / "out.log").write_text("log", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    stats = InputStats()
    articles, errors = collect(
        news, stats=stats, exclude=[Path("news/../news/out.jsonl"), os.fspath(tmp_path / "news" / "out.log")]
    )
    assert ([a.id for a in articles], errors) == (["a"], [])
    assert (stats.files, stats.articles, stats.errors, stats.skipped) == (1, 1, 0, [])


def test_an_excluded_file_named_directly_or_through_a_symlink_is_skipped(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("not json\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(out)
    good = tmp_path / "good.jsonl"
    good.write_text(jsonl(record("a")), encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(out, link, good, stats=stats, exclude=[str(out)])
    assert ([a.id for a in articles], errors, stats.files) == (["a"], [], 1)


def test_read_articles_passes_exclude_through(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(jsonl(record("a")), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl(record("b")), encoding="utf-8")
    assert [a.id for a in read_articles(tmp_path, exclude=[tmp_path / "b.jsonl"])] == ["a"]


# --- JSON arrays with a bad item ----------------------------------------------------------------------

GOOD_ITEM = '  {"id": "%s", "text": "Text %s."}'


@pytest.mark.parametrize(
    "bad, message",
    [
        ('  {"id": "b", "text": "Trailing comma.",}', "not valid JSON (Expecting property name"),
        ('  {"id": "b", "text": "Unclosed string}', "not valid JSON (Invalid control character at line 3"),
        ("  {id: b}", "not valid JSON"),
    ],
)
def test_json_array_keeps_the_good_items_before_a_bad_one(tmp_path: Path, bad: str, message: str) -> None:
    path = tmp_path / "news.json"
    items = [GOOD_ITEM % ("a", "a"), bad, GOOD_ITEM % ("c", "c")]
    path.write_text("[\n" + ",\n".join(items) + "\n]\n", encoding="utf-8")
    stats = InputStats()
    articles, errors = collect(path, stats=stats)
    assert [a.id for a in articles] == ["a"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:3", RecordError)]
    assert message in errors[0].message and "the rest of the file was not read" in errors[0].message
    assert (stats.files, stats.articles, stats.errors) == (1, 1, 1)


def test_json_array_error_names_the_line_where_a_multiline_item_starts(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text('[\n  {"id": "a", "text": "x"},\n  {\n    "id": "b",\n    "text": oops\n  }\n]', encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a"]
    assert [e.where for e in errors] == [f"{path}:3"]
    assert "at line 5, column 13" in errors[0].message


def test_json_array_missing_comma_is_reported_at_the_next_item(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text("[\n" + GOOD_ITEM % ("a", "a") + "\n" + GOOD_ITEM % ("b", "b") + "\n]\n", encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a"]
    assert [e.where for e in errors] == [f"{path}:3"]
    assert "expected ',' or ']' after the array item that starts on line 2" in errors[0].message


def test_json_array_that_is_not_closed_keeps_its_items(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text("[\n" + GOOD_ITEM % ("a", "a") + ",\n" + GOOD_ITEM % ("b", "b") + "\n", encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "b"]
    assert [e.where for e in errors] == [f"{path}:4"]
    assert "not closed" in errors[0].message


def test_json_array_with_a_trailing_comma_before_the_bracket_is_read(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_bytes(b"\xef\xbb\xbf \n[" + (GOOD_ITEM % ("a", "a")).encode() + b",\n]\n")
    articles, errors = collect(path)
    assert ([a.id for a in articles], errors) == (["a"], [])
    assert articles[0].origin == f"{path}:2"


def test_text_after_a_json_array_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text("[" + GOOD_ITEM % ("a", "a") + "]\n\n[]\n", encoding="utf-8")
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a"]
    assert [e.where for e in errors] == [f"{path}:3"]
    assert "after the array's closing ']'" in errors[0].message


def test_json_array_item_with_bytes_that_are_not_utf8_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_bytes(
        b'[\n  {"id": "a", "text": "x"},\n  {"id": "b",\n   "text": "Caf\xe9"},\n  {"id": "c", "text": "z"}\n]'
    )
    articles, errors = collect(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [e.where for e in errors] == [f"{path}:3"]
    assert "not valid UTF-8 (byte 0xe9 at line 4, column 16)" in errors[0].message


def test_empty_json_array_has_no_articles_and_no_errors(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text("  [ ]  \n", encoding="utf-8")
    assert collect(path) == ([], [])


# --- Streaming: JSON lines and CSV are read as they are parsed ---------------------------------------


def test_jsonl_is_streamed_with_memory_bounded_by_the_longest_line_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    count = 50_000
    with path.open("w", encoding="utf-8") as out:  # ~1 KB records: the table of ids seen grows per record
        for number in range(count):
            out.write(json.dumps(record(f"r{number:05d}", f"Record {number}. " + "x" * 1000)) + "\n")
    size = path.stat().st_size
    stats = InputStats()
    read = 0
    tracemalloc.start()
    try:
        for article in read_inputs([path], stats=stats):  # not kept: a list of articles is as big as the file
            assert (article.id, article.origin) == (f"r{read:05d}", f"{path}:{read + 1}")
            read += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == count
    assert (stats.files, stats.articles, stats.errors) == (1, count, 0)
    assert peak < size / 3, f"peak traced memory {peak:,} bytes for a file of {size:,} bytes"


def test_utf16_jsonl_is_read_with_its_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    content = jsonl(record("a", text="Caf\u00e9 \u2028 ok"), "", "{oops", record("d"))
    path.write_bytes(b"\xfe\xff" + content.encode("utf-16-be"))
    articles, errors = collect(path)
    assert [(a.id, a.origin) for a in articles] == [("a", f"{path}:1"), ("d", f"{path}:4")]
    assert articles[0].text == "Caf\u00e9 \u2028 ok"
    assert [e.where for e in errors] == [f"{path}:3"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_csv_rows_across_read_chunks_keep_their_line_numbers(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "news.csv"
    rows = [f'r{n},"{"y" * 97}{newline}and more \u00e9",2014-06-26' for n in range(200)]  # ~40 KB, 2 lines a row
    rows.insert(150, 'bad,"text"junk,2014-06-26')
    path.write_bytes(newline.join(["id,text,date", *rows, ""]).encode())
    articles, errors = collect(path)
    assert len(articles) == 200 and articles[-1].id == "r199"
    assert articles[-1].text == "y" * 97 + "\nand more \u00e9"
    assert articles[-1].origin == f"{path}:{2 + 2 * 199 + 1}"
    assert [e.where for e in errors] == [f"{path}:{2 + 2 * 150}"]
