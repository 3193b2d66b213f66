"""Pieces of the flat ``events`` rows that imports build (columns of ``store/schema.py``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from eventscribe.events.codebook import Codebook

__all__ = ["IMPORT_CONFIDENCE", "cameo_columns", "evidence_columns", "parse_float", "parse_iso_date"]

#: Imported events were coded by their source; we take them as given.
IMPORT_CONFIDENCE = 1.0

_MISSING = {"", "NA", "NaN", "nan", "NULL", "None"}


def parse_float(value: str, what: str) -> float | None:
    """A number, or None for an empty or NA field; ValueError naming ``what`` otherwise."""
    value = value.strip()
    if value in _MISSING:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a number") from None


def parse_iso_date(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def cameo_columns(
    code: str, *fallbacks: str, goldstein: float | None = None, quad: int | None = None
) -> dict[str, Any]:
    """The CAMEO and PLOVER columns of ``code`` (or of the first fallback the codebook knows).

    ``goldstein`` and ``quad`` keep the source's own values when given; the codebook fills them otherwise."""
    book = Codebook.load()
    candidates = [c.strip() for c in (code, *fallbacks) if c and c.strip()]
    # a code read by a spreadsheet may have lost its leading zero ("40" for "040")
    candidates += [c.zfill(3) for c in candidates if len(c) < 3]
    known = next((c for c in candidates if c in book), None)
    if known is None:
        raise ValueError(f"CAMEO code {code.strip()!r} is not in the CAMEO codebook")
    cameo, plover = book.cameo(known), book.plover(known)
    if quad is not None and quad not in (1, 2, 3, 4):
        raise ValueError(f"quad class {quad} is not 1, 2, 3 or 4")
    if goldstein is not None and not -10.0 <= goldstein <= 10.0:
        raise ValueError(f"Goldstein value {goldstein} is outside -10..10")
    return {
        "cameo_code": cameo.code,
        "cameo_root": cameo.root,
        "cameo_name": cameo.name,
        "goldstein": cameo.goldstein if goldstein is None else goldstein,
        "quad_class": cameo.quad_class if quad is None else quad,
        "plover_event": plover.event if plover else None,
        "plover_mode": plover.mode if plover else None,
        "plover_context": json.dumps(list(plover.context)) if plover else None,
    }


def evidence_columns(sentence: str, trigger: str | None) -> dict[str, Any]:
    """The evidence span (the whole synthetic sentence) and the trigger's place in it."""
    start = sentence.find(trigger) if trigger else -1
    return {
        "sentence": sentence,
        "evidence_start": 0,
        "evidence_end": len(sentence),
        "trigger": trigger if start >= 0 else None,
        "trigger_start": start if start >= 0 else None,
        "trigger_end": start + len(trigger) if trigger and start >= 0 else None,
        "confidence": IMPORT_CONFIDENCE,
    }
