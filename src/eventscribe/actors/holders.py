"""The dated register of political actors, ``actors/data/office_holders.txt``, in a compact line format.

One line per office (or per organisation); ``#`` starts a comment::

    p COLGOV 2021-02-04 2022-08-07  Diego Molano; Diego Molano Aponte
    o SOMREBSHB                      al-Shabaab; Al Shabaab; Harakat al-Shabaab al-Mujahideen

* ``p CODE START END NAMES``: a person held the office CODE from START to END (inclusive). A date is
  ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a month or a year: its first day as a start, its last day as
  an end) or ``-`` (open). Lines whose first name is the same describe one person. Between and around
  the offices the person is the elite of their country (``COLELI``), the country being the first
  national code of the person's lines; this is how "former President X" resolves to ``XXXELI``. A
  person's undated national code (``p VENOPP - - ...``) is their standing out of office instead of ELI.
* ``o CODE NAMES`` and ``r CODE NAMES``: an organisation or a region, undated.
* ``d CODE START END NAMES``: an organisation whose role changes over time (a party in opposition,
  ``GBROPP``, and in government); an undated ``d`` line (``- -``) is its role at other times. Lines
  whose first name is the same describe one body; nothing is filled in between them.
* NAMES: ``;``-separated; the first is the person's (or body's) key.

:func:`parse_holders` turns the text into records of the ``actors.jsonl.gz`` schema (``names``,
``codes``, ``kind``); a malformed line raises :class:`~eventscribe.errors.DataError` naming the line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from eventscribe.actors.codes import CODE_PATTERN, is_non_national, normalize
from eventscribe.actors.kb_entries import CodeSpan
from eventscribe.errors import DataError

__all__ = ["HOLDERS_FILE", "parse_holders", "with_register_offices"]

HOLDERS_FILE = "office_holders.txt"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ONE_DAY = dt.timedelta(days=1)


def _date(text: str, *, end: bool, where: str) -> dt.date | None:
    if text == "-":
        return None
    m = _DATE.match(text)
    if m is None:
        raise DataError(f"{where}: {text!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or -)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day is not None:
            return dt.date(year, int(month or 1), int(day))
        if month is not None:
            mon = int(month)
            return dt.date(year, mon, calendar.monthrange(year, mon)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise DataError(f"{where}: {text!r} is not a calendar date") from None


def _names(text: str, where: str) -> list[str]:
    names = [" ".join(normalize(n)) for n in text.split(";")]
    if not all(names):
        raise DataError(f"{where}: every name between ';' must have a word")
    return names


def _code(text: str, where: str) -> str:
    if not CODE_PATTERN.match(text):
        raise DataError(f"{where}: {text!r} is not an actor code (3-letter groups such as COLGOV)")
    return text


def _parse_line(line: str, where: str) -> tuple[str, str, dt.date | None, dt.date | None, list[str]]:
    kind, _, rest = line.partition(" ")
    if kind in ("p", "d"):
        parts = rest.split(None, 3)
        if len(parts) != 4:
            raise DataError(f"{where}: a dated line is '{kind} CODE START END NAMES'")
        code, start_text, end_text, names = parts
        start = _date(start_text, end=False, where=where)
        end = _date(end_text, end=True, where=where)
        if start and end and end < start:
            raise DataError(f"{where}: the office ends ({end}) before it starts ({start})")
        return ("person" if kind == "p" else "dated"), _code(code, where), start, end, _names(names, where)
    if kind in ("o", "r"):
        parts = rest.split(None, 1)
        if len(parts) != 2:
            raise DataError(f"{where}: an organisation or region line is '{kind} CODE NAMES'")
        return (
            ("organisation" if kind == "o" else "region"),
            _code(parts[0], where),
            None,
            None,
            _names(parts[1], where),
        )
    raise DataError(f"{where}: a line starts with 'p' (person), 'd' (dated organisation), 'o' or 'r' (region)")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _with_elite(spans: list[tuple[str, dt.date | None, dt.date | None]]) -> list[dict[str, Any]]:
    """The offices, with the person's standing before, between and after them: an undated national
    code of theirs (an opposition leader's ``OPP``) or else the elite of their country (``ELI``)."""
    national = next((c[:3] for c, _, _ in spans if not is_non_national(c, also=("MNC",))), "")
    standing = next((c for c, s, e in spans if s is None and e is None and c[:3] == national), national + "ELI")
    dated = sorted((s, e) for _, s, e in spans if s is not None)
    if not national or not dated or any(s is None and e is not None for _, s, e in spans):
        return [{"code": c, "start": _iso(s), "end": _iso(e)} for c, s, e in spans]
    out = [{"code": c, "start": _iso(s), "end": _iso(e)} for c, s, e in spans if s is not None or e is not None]
    out.append({"code": standing, "start": None, "end": _iso(dated[0][0] - _ONE_DAY)})
    cursor: dt.date | None = None  # the first day after the offices so far
    for start, end in dated:
        if cursor is not None and start > cursor:
            out.append({"code": standing, "start": _iso(cursor), "end": _iso(start - _ONE_DAY)})
        if end is None:
            return out
        cursor = end + _ONE_DAY if cursor is None else max(cursor, end + _ONE_DAY)
    out.append({"code": standing, "start": _iso(cursor), "end": None})
    return out


def parse_holders(text: str, where: str = f"actors/data/{HOLDERS_FILE}") -> list[dict[str, Any]]:
    """Actor records (``names``, ``codes``, ``kind``) from the register's text."""
    people: dict[str, tuple[list[str], list[tuple[str, dt.date | None, dt.date | None]]]] = {}
    bodies: dict[str, tuple[list[str], list[tuple[str, dt.date | None, dt.date | None]]]] = {}
    records: list[dict[str, Any]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, code, start, end, names = _parse_line(line, f"{where}, line {number}")
        if kind == "dated":
            known, spans = bodies.setdefault(names[0], ([], []))
            known.extend(n for n in names if n not in known)
            spans.append((code, start, end))
            continue
        if kind != "person":
            records.append({"names": names, "codes": [{"code": code, "start": None, "end": None}], "kind": kind})
            continue
        known, spans = people.setdefault(names[0], ([], []))
        known.extend(n for n in names if n not in known)
        spans.append((code, start, end))
    for names, spans in people.values():
        records.append({"names": names, "codes": _with_elite(spans), "kind": "person"})
    for names, spans in bodies.values():
        codes = [{"code": c, "start": _iso(s), "end": _iso(e)} for c, s, e in spans]
        records.append({"names": names, "codes": codes, "kind": "organisation"})
    return records


def with_register_offices(codes: tuple[CodeSpan, ...], register: tuple[CodeSpan, ...]) -> tuple[CodeSpan, ...]:
    """A hand entry's dated codes, where its elite standing (``AUSELI``) gives way to the offices the
    register dates for the same person and country: a hand entry that says what someone led keeps it,
    but "no office" on a day the register has one (an MP's seat before and after a premiership) is a
    gap, not a fact. Open or undated elite spans are split like dated ones."""
    offices = sorted(
        (o for o in register if not o.code.endswith("ELI") and not o.undated),
        key=lambda o: o.start or dt.date.min,
    )
    out: list[CodeSpan] = []
    for span in codes:
        if not span.code.endswith("ELI") or len(span.code) != 6 or is_non_national(span.code):
            out.append(span)
            continue
        out.extend(_split_elite(span, [o for o in offices if o.code[:3] == span.code[:3]]))
    return tuple(out)


def _split_elite(span: CodeSpan, offices: list[CodeSpan]) -> list[CodeSpan]:
    """``span`` (an elite standing) cut where ``offices`` (sorted by start) fall inside it."""
    pieces: list[CodeSpan] = []
    cursor = span.start or dt.date.min  # the first day of the span not yet given out
    last = span.end or dt.date.max
    for office in offices:
        start, end = max(office.start or dt.date.min, cursor), min(office.end or dt.date.max, last)
        if start > end:
            continue
        if start > cursor:
            pieces.append(CodeSpan(span.code, _open(cursor), start - _ONE_DAY))
        pieces.append(CodeSpan(office.code, _open(start), None if end == dt.date.max else end))
        if end == dt.date.max:
            return pieces
        cursor = end + _ONE_DAY
    if cursor <= last:
        pieces.append(CodeSpan(span.code, _open(cursor), span.end))
    return pieces


def _open(day: dt.date) -> dt.date | None:
    return None if day == dt.date.min else day
