"""JSON lines (``.jsonl``, ``.ndjson``, ``.json``): one article record per line.

A ``.json`` file that holds one JSON array of records, or one (possibly pretty-printed) record, is read
too; errors then point at the line where the bad item starts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest.files import bad_bytes, decode_structured
from eventscribe.ingest.records import article_from_record
from eventscribe.model import Article

__all__ = ["read_json"]

_DECODER = json.JSONDecoder()
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def read_json(path: str, data: bytes, *, date: dt.date | None) -> Iterator[Article | InputError]:
    text = decode_structured(data)
    if path.lower().endswith(".json"):
        whole = _whole_document(text)
        if isinstance(whole, list):
            yield from _read_array(path, text, date)
            return
        if isinstance(whole, dict):
            yield _record(whole, f"{path}:{_first_line(text)}", date)
            return
    yield from _read_lines(path, text, date)


def _read_lines(path: str, text: str, date: dt.date | None) -> Iterator[Article | InputError]:
    records = 0
    # split on "\n" only: str.splitlines() would also split on U+2028 and friends, which JSON allows
    # unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        records += 1
        origin = f"{path}:{number}"
        problem = bad_bytes(line)
        if problem:
            yield RecordError(origin, f"line {problem}; the line was skipped")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(
                origin,
                f"line is not valid JSON ({exc.msg} at column {exc.colno}); write one JSON object per line",
            )
            continue
        yield _record(value, origin, date)
    if records == 0:
        yield InputError(path, "file has no records, only blank lines; add records or leave it out")


def _read_array(path: str, text: str, date: dt.date | None) -> Iterator[Article | InputError]:
    position = text.index("[") + 1
    while True:
        position = _skip_space(text, position)
        if text[position] == "]":
            return
        origin = f"{path}:{text.count(chr(10), 0, position) + 1}"
        value, position = _DECODER.raw_decode(text, position)
        yield _record(value, origin, date)
        position = _skip_space(text, position)
        if text[position] == ",":
            position += 1


def _record(value: Any, origin: str, date: dt.date | None) -> Article | InputError:
    if not isinstance(value, dict):
        return RecordError(
            origin,
            f"record is a JSON {_JSON_TYPES.get(type(value), 'value')}, not an object; "
            'write {"id": ..., "text": ..., "date": "YYYY-MM-DD"}',
        )
    try:
        return article_from_record(value, origin, date)
    except RecordError as exc:
        return exc


def _whole_document(text: str) -> Any:
    if bad_bytes(text):
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _skip_space(text: str, position: int) -> int:
    while text[position] in " \t\r\n":
        position += 1
    return position


def _first_line(text: str) -> int:
    return text.count("\n", 0, len(text) - len(text.lstrip())) + 1
