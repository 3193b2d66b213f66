"""Word lists kept as YAML data: one mapping of list name to words, checked when it loads.

Used by the event reader (``events/data/grammar.yaml``) and actor resolution
(``actors/data/resolution.yaml``). Every list of the record type must be present, non-empty and in the
right case, and no other list may appear; a problem raises :class:`~eventscribe.errors.DataError` naming
the file and the list.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

import yaml

from eventscribe.errors import DataError
from eventscribe.yaml_text import load_yaml

__all__ = ["parse_word_lists"]

T = TypeVar("T")


def parse_word_lists(
    text: str,
    record: type[T],
    *,
    where: str,
    upper: frozenset[str] = frozenset(),
    ordered: frozenset[str] = frozenset(),
) -> T:
    """Build ``record`` (a dataclass of word lists) from YAML ``text``. Lists named in ``upper`` are upper
    case, the others lower case; lists in ``ordered`` become tuples, the others frozensets."""
    try:
        data: Any = load_yaml(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc}); fix the syntax") from None
    if not isinstance(data, dict):
        raise DataError(f"{where}: expected a mapping of list names to word lists")
    names = [f.name for f in fields(record)]  # type: ignore[arg-type]
    missing, unknown = set(names) - set(data), set(data) - set(names)
    if missing or unknown:
        raise DataError(f"{where}: missing lists {sorted(missing)}, unknown lists {sorted(unknown)}")
    values: dict[str, Any] = {}
    for name in names:
        words = data[name]
        case = str.upper if name in upper else str.lower
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == case(w) for w in words):
            kind = "upper" if name in upper else "lower"
            raise DataError(f"{where}: {name!r} must be a non-empty list of {kind}-case words")
        values[name] = tuple(words) if name in ordered else frozenset(words)
    return record(**values)
