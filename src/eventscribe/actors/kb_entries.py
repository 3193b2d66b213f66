"""The records of the actor knowledge base: a named actor and its dated codes, a country, a match.

:class:`ActorEntry` is a person, organisation or region with the :class:`CodeSpan` codes it holds over
time; :class:`Country` a country with the names, demonyms and capitals that refer to it; :class:`Match`
what a word tuple of :class:`~eventscribe.actors.kb.KnowledgeBase` refers to. They hold data and know
nothing of loading or lookup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["ActorEntry", "CodeSpan", "Country", "Match"]


class CodeSpan(NamedTuple):
    """An actor code that holds from ``start`` to ``end`` (inclusive; None means open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    @property
    def undated(self) -> bool:
        return self.start is None and self.end is None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """A named actor: a person, organisation or region, with its dated codes."""

    names: tuple[str, ...]
    codes: tuple[CodeSpan, ...]
    kind: str
    label: str = ""

    def code_for(self, date: dt.date | None) -> str | None:
        """The code that holds on ``date``.

        A dated code whose range covers the date wins over an undated one; an undated code always
        applies. With no date, the latest-starting open or undated code is preferred.
        """
        if not self.codes:
            return None
        if date is not None:
            dated = [c for c in self.codes if not c.undated and c.covers(date)]
            if dated:
                return max(dated, key=lambda c: c.start or dt.date.min).code
            undated = [c for c in self.codes if c.undated]
            return undated[0].code if undated else None

        def rank(c: CodeSpan) -> tuple[int, dt.date]:
            return (c.end is None, c.end or c.start or dt.date.min)

        return max(self.codes, key=rank).code

    @property
    def countries(self) -> set[str]:
        return {c.code[:3] for c in self.codes}


@dataclass(frozen=True, slots=True)
class Country:
    """A country with the names, demonyms and capitals that refer to it."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """What a word tuple refers to: a named actor, a country (by name, demonym or capital), a role."""

    type: str  # "actor" | "country" | "demonym" | "capital" | "agent"
    ref: Any  # ActorEntry | Country | str (agent code)
