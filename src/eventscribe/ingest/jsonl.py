"""JSON lines (``.jsonl``, ``.ndjson``, ``.json``): one article record per line.

``.jsonl`` and ``.ndjson`` files are read line by line as they are parsed (:func:`read_json_lines`), so
memory is bounded by the longest line; a ``.json`` file is read whole (:func:`read_json`).

A ``.json`` file that holds one JSON array of records, or one (possibly pretty-printed) record, is read
too; errors then point at the line where the bad item starts. When the first non-space character of a
``.json`` file is ``[``, the array's items are decoded one at a time: the good items before a point that
cannot be decoded are read, that point is one record error, and the rest of the file is not read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest.files import bad_bytes, decode_structured, first_bad_byte
from eventscribe.ingest.records import article_from_record
from eventscribe.ingest.streams import structured_lines
from eventscribe.model import Article

__all__ = ["read_json", "read_json_lines"]

_DECODER = json.JSONDecoder()
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def read_json(path: str, data: bytes, *, date: dt.date | None) -> Iterator[Article | InputError]:
    text = decode_structured(data)
    if path.lower().endswith(".json"):
        start = _skip_space(text, 0)
        if text.startswith("[", start):
            yield from _read_array(path, text, start, date)
            return
        whole = _whole_document(text)
        if isinstance(whole, dict):
            yield _record(whole, f"{path}:{_first_line(text)}", date)
            return
    # split on "\n" only: str.splitlines() would also split on U+2028 and friends, which JSON allows
    # unescaped inside strings.
    yield from _read_lines(path, text.split("\n"), date)


def read_json_lines(path: str, handle: BinaryIO, *, date: dt.date | None) -> Iterator[Article | InputError]:
    """The records of a JSON-lines file, read from ``handle`` one line at a time."""
    yield from _read_lines(path, structured_lines(handle), date)


def _read_lines(path: str, lines: Iterable[str], date: dt.date | None) -> Iterator[Article | InputError]:
    records = 0
    for number, line in enumerate(lines, start=1):
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
                f"line is not valid JSON ({_reason(exc)} at column {exc.colno}); write one JSON object per line",
            )
            continue
        yield _record(value, origin, date)
    if records == 0:
        yield InputError(path, "file has no records, only blank lines; add records or leave it out")


def _read_array(path: str, text: str, start: int, date: dt.date | None) -> Iterator[Article | InputError]:
    """The items of the JSON array that opens at ``text[start]``, decoded one by one.

    Every good item is yielded; an item with bytes that are not UTF-8 is a record error and the next item
    is read. At the first point that cannot be decoded (a malformed item, a missing comma, an array that
    is not closed) one record error names the line where that item starts, and the rest of the file is
    not read. A trailing comma before the closing ``]`` is tolerated.
    """
    lines = _LineCounter(text)
    position = _skip_space(text, start + 1)
    if text.startswith("]", position):
        yield from _after_array(path, text, position + 1, lines)
        return
    while True:
        item_line = lines.at(position)
        origin = f"{path}:{item_line}"
        if position >= len(text):
            yield RecordError(origin, f"the array is not closed: the file ends where an item or ']' should be{_STOP}")
            return
        try:
            value, end = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield RecordError(
                origin,
                f"array item is not valid JSON ({_reason(exc)} at line {exc.lineno}, column {exc.colno}){_STOP}",
            )
            return
        yield _item(value, text, position, end, origin, lines, date)
        position = _skip_space(text, end)
        if position >= len(text):
            yield RecordError(
                f"{path}:{lines.at(position)}",
                f"the array is not closed: the file ends where ',' or ']' should be{_STOP}",
            )
            return
        if text[position] == ",":
            position = _skip_space(text, position + 1)
            if text.startswith("]", position):  # a trailing comma
                break
            continue
        if text[position] == "]":
            break
        yield RecordError(
            f"{path}:{lines.at(position)}",
            f"expected ',' or ']' after the array item that starts on line {item_line}, "
            f"found {text[position]!r}{_STOP}",
        )
        return
    yield from _after_array(path, text, position + 1, lines)


_STOP = "; the rest of the file was not read (the items before this point were): fix the JSON and read the file again"


def _item(
    value: Any, text: str, start: int, end: int, origin: str, lines: _LineCounter, date: dt.date | None
) -> Article | InputError:
    bad = first_bad_byte(text, start, end)
    if bad is not None:
        offset, byte = bad
        line = lines.at(offset)
        column = offset - text.rfind("\n", 0, offset)
        return RecordError(
            origin,
            f"item is not valid UTF-8 (byte 0x{byte:02x} at line {line}, column {column}); "
            "re-save the file as UTF-8; the item was skipped",
        )
    return _record(value, origin, date)


def _after_array(path: str, text: str, position: int, lines: _LineCounter) -> Iterator[InputError]:
    rest = _skip_space(text, position)
    if rest < len(text):
        yield RecordError(
            f"{path}:{lines.at(rest)}",
            "unexpected text after the array's closing ']' (a .json file holds one array of records); it was not read",
        )


class _LineCounter:
    """Line numbers of offsets into ``text``, for offsets that only grow (no quadratic recounting)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0
        self._line = 1

    def at(self, offset: int) -> int:
        if offset < self._offset:
            return self._text.count("\n", 0, offset) + 1
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line


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
    """The offset of the first character at or after ``position`` that is not JSON whitespace, or
    ``len(text)``."""
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _first_line(text: str) -> int:
    return text.count("\n", 0, len(text) - len(text.lstrip())) + 1


def _reason(exc: json.JSONDecodeError) -> str:
    return exc.msg.removesuffix(" at")  # "Invalid control character at" would read "at at column 3"
