"""Checking one input record (a JSON object or a CSV row) against the input contract."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from eventscribe.errors import RecordError
from eventscribe.ingest.dates import parse_date
from eventscribe.ingest.files import clean_text, unpaired_surrogate
from eventscribe.model import Article

__all__ = ["article_from_record", "article_problem"]

OPTIONAL_FIELDS = ("title", "url", "source")
CHECKED_FIELDS = ("id", "text", *OPTIONAL_FIELDS)


def article_from_record(record: Mapping[str, Any], origin: str, default_date: dt.date | None) -> Article:
    """An Article from ``{"id", "text", "date"?, "title"?, "url"?, "source"?}``; raises RecordError.

    A missing, null or empty date falls back to ``default_date``. Other keys are ignored.
    """
    article_id = record.get("id")
    if article_id is None:
        raise RecordError(origin, 'record has no "id"; give every record a unique string id')
    if not isinstance(article_id, str):
        raise RecordError(origin, f'"id" must be a string, not {_kind(article_id)} {article_id!r}; quote it')
    if not article_id.strip():
        raise RecordError(origin, 'record has an empty "id"; give every record a unique string id')
    label = f"record {article_id!r}"
    text = record.get("text")
    if text is None:
        raise RecordError(origin, f'{label} has no "text"; add the article text')
    if not isinstance(text, str):
        raise RecordError(origin, f'{label}: "text" must be a string, not {_kind(text)}')
    text = clean_text(text)
    if not text.strip():
        raise RecordError(
            origin,
            f'{label} has empty text ("text" holds only whitespace or NUL characters); '
            "add the article text or drop the record",
        )
    extras: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise RecordError(origin, f'{label}: "{name}" must be a string, not {_kind(value)}')
        extras[name] = value or None
    return Article(
        id=article_id,
        text=text,
        date=_record_date(record.get("date"), origin, label, default_date),
        origin=origin,
        **extras,
    )


def _record_date(value: Any, origin: str, label: str, default: dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise RecordError(origin, f'{label}: "date" must be a "YYYY-MM-DD" string, not {_kind(value)}')
    try:
        return parse_date(value)
    except ValueError as exc:
        raise RecordError(origin, f"{label}: {exc}") from None


def _kind(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def article_problem(article: Article) -> str | None:
    """What makes ``article`` unusable whatever format it came from, or None.

    Checked for every article that any reader yields: no field may hold a lone surrogate (it cannot be
    encoded, and the NLP stage would crash on it), and the text must not be empty once cleaned.
    """
    for name in CHECKED_FIELDS:
        value = getattr(article, name)
        if not value:
            continue
        found = unpaired_surrogate(value)
        if found is not None:
            offset, spelled = found
            return (
                f'article {article.id!r}: "{name}" contains an unpaired surrogate at character {offset + 1} '
                f"({spelled}), which is not a character and cannot be encoded; write the character itself "
                "or a complete surrogate pair (such as \\ud83d\\ude00)"
            )
    if not clean_text(article.text).strip():
        return (
            f"article {article.id!r} has empty text (only whitespace or NUL characters); "
            "add the article text or leave it out"
        )
    return None
