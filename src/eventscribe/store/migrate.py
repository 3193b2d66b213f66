"""Schema migrations: numbered SQL files per dialect in ``store/migrations/<dialect>/``, applied on open.

``NNN_name.sql`` brings a store from version NNN-1 to NNN. The table ``meta`` holds the version a store is
at; each step runs in one transaction together with the update of that version, so a store is always at
one version or the next, never between. A store newer than the last step is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventscribe.errors import StoreError
from eventscribe.store.schema import SCHEMA_VERSION

__all__ = ["Migration", "migrations", "split_statements"]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(dialect: str) -> list[Migration]:
    """The steps of ``dialect`` ("duckdb" or "postgres"), in order; checked to be 1, 2, … SCHEMA_VERSION."""
    folder = resources.files("eventscribe.store") / "migrations" / dialect
    steps = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name.removesuffix(".sql").partition("_")
            steps.append(Migration(int(number), name, entry.read_text(encoding="utf-8")))
    steps.sort(key=lambda m: m.version)
    if [m.version for m in steps] != list(range(1, SCHEMA_VERSION + 1)):
        raise StoreError(
            f"store/migrations/{dialect}: steps {[m.version for m in steps]}, expected 1..{SCHEMA_VERSION}"
        )
    return steps


def split_statements(sql: str) -> list[str]:
    """The statements of a migration file: they end with ``;`` at the end of a line; ``--`` lines are comments."""
    statements, current = [], []
    for line in sql.splitlines():
        if line.lstrip().startswith("--"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(current).strip().removesuffix(";"))
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements


def pending(stored: int | None, dialect: str, where: str) -> list[Migration]:
    """The steps a store at version ``stored`` (None: an empty store) needs; refuses a newer store."""
    if stored is not None and stored > SCHEMA_VERSION:
        raise StoreError(
            f"{where}: the store has schema version {stored}, newer than this eventscribe knows "
            f"({SCHEMA_VERSION}); upgrade eventscribe to read it"
        )
    return [m for m in migrations(dialect) if stored is None or m.version > stored]


def apply(step: Migration, execute: Callable[[str, list[Any]], Any]) -> None:
    """Run one step's statements and record its version (the caller holds the transaction)."""
    for statement in split_statements(step.sql):
        execute(statement, [])
    execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step.version)])
