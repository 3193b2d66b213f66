"""SQL conditions shared by the analyses: actor prefixes and date windows, always as ``?`` parameters.

The SQL is portable (DuckDB and PostgreSQL). User values never become SQL text: an actor code is checked
against :data:`ACTOR_CODE` and passed as a parameter, and so are dates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventscribe.errors import EventscribeError

__all__ = ["ACTOR_CODE", "AnalysisError", "Condition", "actor_code", "actor_match", "date_window", "dyad_match"]

#: What an actor argument may look like: CAMEO-style letters and digits (``IRN``, ``PSEREBHMS``).
ACTOR_CODE = re.compile(r"[A-Z0-9]{1,32}")

#: A piece of WHERE clause and its parameters.
Condition = tuple[str, list[Any]]


class AnalysisError(EventscribeError):
    """An analysis was asked something it cannot answer (a malformed code, a window too large)."""


def actor_code(value: str) -> str:
    """The actor code ``value`` in upper case, or :class:`AnalysisError` when it is not a code."""
    code = value.strip().upper()
    if not ACTOR_CODE.fullmatch(code):
        raise AnalysisError(f"not an actor code: {value!r} (use letters and digits, e.g. IRN, IRNGOV, PSEREBHMS)")
    return code


def actor_match(column: str, code: str) -> Condition:
    """``column`` starts with the actor code (a prefix match: ``PSE`` matches ``PSEREBHMS``)."""
    # A checked code holds no LIKE wildcards, so the prefix pattern is exact.
    return f"{column} LIKE ?", [actor_code(code) + "%"]


def dyad_match(a: str, b: str, *, directed: bool) -> Condition:
    """Events from ``a`` to ``b`` (and from ``b`` to ``a`` too when not ``directed``)."""
    src_a, p1 = actor_match("source_code", a)
    tgt_b, p2 = actor_match("target_code", b)
    forward = f"({src_a} AND {tgt_b})"
    if directed:
        return forward, p1 + p2
    src_b, p3 = actor_match("source_code", b)
    tgt_a, p4 = actor_match("target_code", a)
    return f"({forward} OR ({src_b} AND {tgt_a}))", p1 + p2 + p3 + p4


def date_window(start: dt.date | None, end: dt.date | None, column: str = "date") -> Condition:
    """``column`` within [start, end] (either side open when None); events without a date are left out."""
    if start is not None and end is not None and start > end:
        raise AnalysisError(f"the window starts after it ends ({start} > {end})")
    parts, params = [f"{column} IS NOT NULL"], []
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(start)
    if end is not None:
        parts.append(f"{column} <= ?")
        params.append(end)
    return " AND ".join(parts), params


def where(*conditions: Condition) -> Condition:
    """Conditions joined with AND."""
    sql = " AND ".join(c for c, _ in conditions)
    params = [p for _, ps in conditions for p in ps]
    return sql, params
