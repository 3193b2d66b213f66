"""The answer of a store query: column names and rows, with conversions that callers want."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["QueryResult"]


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> Iterator[dict[str, Any]]:
        """Each row as a dict keyed by column name."""
        for row in self.rows:
            yield dict(zip(self.columns, row, strict=True))

    def scalar(self) -> Any:
        """The first value of the first row (None when there is no row)."""
        return self.rows[0][0] if self.rows and self.rows[0] else None

    def __len__(self) -> int:
        return len(self.rows)
