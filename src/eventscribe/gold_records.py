"""Gold files (the gold-file contract of DESIGN.md): their records, how they are read, and the fixed split.

A file that cannot be read, a malformed line, a record whose ``text`` is not a non-empty string, and an
``id`` used twice (predictions are keyed by id) raise :class:`GoldFileError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventscribe.errors import GoldFileError
from eventscribe.ingest.files import clean_text
from eventscribe.model import Article

__all__ = ["GoldEvent", "GoldRecord", "load_gold", "split_of"]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    cameo: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    optional_events: tuple[GoldEvent, ...] = ()

    def article(self) -> Article:
        """The record as an article, its text cleaned as the readers clean an input's (so that
        ``evaluate`` codes what ``code`` would)."""
        return Article(id=self.id, text=clean_text(self.text), date=self.date)


def load_gold(
    path: str | Path,
    *,
    on_warning: Callable[[str], None] | None = None,
    split: str | None = None,
    number_repeats: bool = False,
) -> list[GoldRecord]:
    """Read a gold file; a bad file or line raises :class:`GoldFileError` naming the file (and line).

    A file that cannot be read, a line that is not a gold record, a ``text`` that is not a string and an
    ``id`` already used on an earlier line are errors. A date that is not ``YYYY-MM-DD`` is dropped (the
    record is still scored, with relative dates unresolved) and an empty text is scored as a text with no
    events; both are reported to ``on_warning``.

    ``split`` ("dev" or "test") keeps the records of that half only (:func:`split_of` of the id as
    written). ``number_repeats`` accepts a repeated id (some shared files have them) and renames its n-th
    use ``"id#n"`` (the next free n where the file itself has that name), instead of raising.
    """
    try:
        content = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(str(path), f"cannot read the gold file: {exc}") from exc
    records = []
    first_line: dict[str, int] = {}
    uses: dict[str, int] = {}
    # Split on newlines only: str.splitlines would also split on U+2028, which JSON allows in strings.
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = _gold_line(line, where, on_warning)
        if split is not None and split_of(record.id) != split:
            continue
        uses[record.id] = uses.get(record.id, 0) + 1
        if number_repeats and record.id in first_line:
            original, n = record.id, max(uses[record.id], 2)
            while f"{original}#{n}" in first_line:  # a name already taken, by the file or a rename, is skipped
                n += 1
            record = replace(record, id=f"{original}#{n}")
        if record.id in first_line:
            raise GoldFileError(
                where,
                f"duplicate id {record.id!r}, already used at {path}:{first_line[record.id]}; "
                "ids must be unique in a gold file",
            )
        first_line[record.id] = number
        records.append(record)
    return records


def _gold_line(line: str, where: str, on_warning: Callable[[str], None] | None) -> GoldRecord:
    """One line of a gold file as a record; a bad date is dropped and an empty text kept, with a warning."""
    try:
        raw = json.loads(line)
        if raw.get("date") and not _is_iso_date(raw["date"]):
            if on_warning is not None:
                on_warning(f"{where}: date {raw['date']!r} is not YYYY-MM-DD; scored without a date")
            raw["date"] = None
        if isinstance(raw.get("text"), str) and not raw["text"].strip() and on_warning is not None:
            on_warning(f"{where}: the text is empty; scored as a text with no events")
        return _gold_record(raw)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GoldFileError(where, f"not a gold record ({exc}); see the gold-file format in DESIGN.md") from exc


def _is_iso_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def _gold_record(raw: dict[str, Any]) -> GoldRecord:
    date = dt.date.fromisoformat(raw["date"][:10]) if raw.get("date") else None
    text = raw.get("text")
    if not isinstance(text, str):
        raise ValueError(f"'text' must be a string, not {text!r}")
    events = raw.get("events") or ()
    # An event without CAMEO codes (some PLOVER records) cannot be recalled by code: it is optional.
    coded = [e for e in events if e.get("cameo")]
    uncoded = [e for e in events if not e.get("cameo")]
    return GoldRecord(
        id=str(raw["id"]),
        text=text,
        date=date,
        events=tuple(_gold_event(e) for e in coded),
        optional_events=tuple(_gold_event(e) for e in [*(raw.get("optional_events") or ()), *uncoded]),
    )


def _gold_event(raw: dict[str, Any]) -> GoldEvent:
    cameo = raw.get("cameo") or ""
    prefixes = (cameo,) if isinstance(cameo, str) else tuple(str(c) for c in cameo)
    return GoldEvent(source=raw.get("source") or "", target=raw.get("target") or "", cameo=prefixes)


def split_of(record_id: str) -> str:
    """The fixed split a gold record belongs to: "dev" (tune on it) or "test" (held out, never tuned on).

    The split is a hash of the id, so it is the same on every machine and for every gold file.
    """
    import hashlib

    digest = hashlib.sha1(record_id.encode("utf-8")).digest()
    return "test" if digest[0] % 2 else "dev"
