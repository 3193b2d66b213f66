"""CSV (``.csv``) and tab-separated (``.tsv``) files with a header row naming the columns.

Columns ``id`` and ``text`` are required, ``date``, ``title``, ``url`` and ``source`` are optional; header
names are matched case-insensitively and other columns are ignored. Quoted fields may span lines; errors
point at the line where the row starts. The file is decoded and parsed as it is read, so memory is
bounded by the longest row.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest.files import bad_bytes
from eventscribe.ingest.records import OPTIONAL_FIELDS, article_from_record
from eventscribe.ingest.streams import structured_text
from eventscribe.model import Article

__all__ = ["read_csv"]

REQUIRED_COLUMNS = ("id", "text")
KNOWN_COLUMNS = (*REQUIRED_COLUMNS, "date", *OPTIONAL_FIELDS)

#: Article texts easily pass the csv module's default field limit of 128 KiB.
FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def read_csv(path: str, handle: BinaryIO, *, date: dt.date | None) -> Iterator[Article | InputError]:
    """The rows of a CSV or TSV file, read from ``handle`` as they are parsed; closes ``handle``."""
    if csv.field_size_limit() < FIELD_LIMIT:  # set when first needed, not when the module is imported
        csv.field_size_limit(FIELD_LIMIT)
    with structured_text(handle) as text:
        yield from _read_rows(path, text, date)


def _read_rows(path: str, text: TextIO, date: dt.date | None) -> Iterator[Article | InputError]:
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    rows = csv.reader(text, delimiter=delimiter, strict=True)
    header = _next_row(rows)
    if isinstance(header, csv.Error) or header is None:
        yield InputError(path, "the header row could not be read; the first line must name the columns")
        return
    columns = {name.strip().lower(): index for index, name in reversed(list(enumerate(header)))}
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        yield InputError(
            path,
            f"header has no {' or '.join(repr(name) for name in missing)} column "
            f"(found: {', '.join(repr(name) for name in header)}); "
            "the first line must name the columns, e.g. id,text,date",
        )
        return
    wanted = {name: columns[name] for name in KNOWN_COLUMNS if name in columns}
    end_line = rows.line_num
    while True:
        start_line = end_line + 1
        row = _next_row(rows)
        end_line = rows.line_num
        if row is None:
            return
        origin = f"{path}:{start_line}"
        if isinstance(row, csv.Error):
            yield RecordError(origin, f"row is not valid CSV ({row}); check its quotes")
            continue
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        yield _row_article(row, header, wanted, origin, date)


def _row_article(
    row: list[str], header: list[str], wanted: dict[str, int], origin: str, date: dt.date | None
) -> Article | InputError:
    problem = bad_bytes("".join(row))
    if problem:
        return RecordError(origin, f"row {problem}; the row was skipped")
    if len(row) != len(header):
        return RecordError(
            origin,
            f"row has {len(row)} fields but the header has {len(header)}; "
            "quote fields that contain the delimiter, quotes or line breaks",
        )
    record = {name: row[index] for name, index in wanted.items()}
    try:
        return article_from_record(record, origin, date)
    except RecordError as exc:
        return exc


def _next_row(rows: Iterator[list[str]]) -> list[str] | csv.Error | None:
    try:
        return next(rows)
    except StopIteration:
        return None
    except csv.Error as exc:
        return exc
