"""Article versions: which coded articles are new, which are a changed text of a stored one, which are known.

An article is identified by its id and the hash of its text. The same id with the same text is already
stored (nothing to write); the same id with another text is a new version, one above the stored one,
and the stored version is kept, marked superseded. Shared by every store so they all decide alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from eventscribe.model import CodedArticle
from eventscribe.store.schema import content_hash

__all__ = ["Write", "plan_writes", "unique_runs"]


@dataclass(frozen=True, slots=True)
class Write:
    """One coded article to store as ``version``; ``supersedes`` is the stored version it replaces."""

    coded: CodedArticle
    version: int
    supersedes: int | None


def unique_runs(batch: Iterable[CodedArticle]) -> list[list[CodedArticle]]:
    """The articles without coding errors, cut into runs in which no id repeats (kept in input order)."""
    runs: list[list[CodedArticle]] = [[]]
    seen: set[str] = set()
    for coded in batch:
        if coded.error is not None:
            continue
        if coded.article.id in seen:
            runs.append([])
            seen.clear()
        seen.add(coded.article.id)
        runs[-1].append(coded)
    return [run for run in runs if run]


def plan_writes(run: list[CodedArticle], stored: Mapping[str, tuple[str, int]]) -> list[Write]:
    """What to write for ``run`` (unique ids), given ``stored``: id -> (content hash, version) of the current
    version of those ids that are in the store."""
    writes = []
    for coded in run:
        current = stored.get(coded.article.id)
        if current is None:
            writes.append(Write(coded, 1, None))
        elif current[0] != content_hash(coded.article.text):
            writes.append(Write(coded, current[1] + 1, current[1]))
    return writes
