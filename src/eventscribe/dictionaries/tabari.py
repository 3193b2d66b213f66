"""Readers for the TABARI/PETRARCH actor, agent and discard dictionaries.

Shared by ``scripts/build_kb.py`` (which builds the packaged knowledge base from the Phoenix files) and
``eventscribe dictionaries import`` (which converts a user's dictionaries into eventscribe's format).

Legacy syntax handled:

- names: ``NAME_`` (``_`` for spaces; a trailing ``_`` marks a whole word), ``+SYNONYM`` lines and
  ``NAME+SYNONYM`` on one line, ``#`` comments and ``<!-- ... -->`` header lines;
- codes: ``[CODE]`` and ``[CODE date]`` on the name line or on indented lines, dates ``>YYMMDD``
  (from), ``<YYMMDD`` (until), ``YYMMDD-YYMMDD`` (spaces allowed around ``-``) with two- or four-digit
  years, ``[A/B]`` for an entry that names several actors at once (each code kept, in order);
- agents: ``[~CODE]`` (the role follows the actor's code) and ``[CODE~]`` (it precedes it),
  ``{PLURALS}`` (``{}``: no plural) and ``!SET! = A, B`` substitution sets;
- discards: one phrase a line, ``+`` for a whole-story discard.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventscribe.actors.codes import normalize

__all__ = [
    "AgentEntry",
    "Discard",
    "Entry",
    "Stats",
    "clean_name",
    "parse_code",
    "parse_date",
    "plural",
    "read_actor_file",
    "read_agent_entries",
    "read_agents",
    "read_discards",
]

#: Two-digit years up to this value are read as 20YY, the others as 19YY (the files date from 2014).
CENTURY_PIVOT = 20

_CODE = re.compile(r"\[([^\]]*)\]")
_HTML_COMMENT = re.compile(r"<!.*?(?:-->|$)")


@dataclass
class Entry:
    """One actor entry: its names, its (possibly dated) codes and the comment on its first line."""

    names: list[str] = field(default_factory=list)
    codes: list[dict[str, str | None]] = field(default_factory=list)
    comment: str = ""
    source: str = ""


@dataclass(frozen=True)
class AgentEntry:
    """A role word: ``prefix`` says the code goes before the actor's (``[NGO~]``) instead of after."""

    word: str
    code: str
    prefix: bool = False


@dataclass(frozen=True)
class Discard:
    """A phrase whose presence makes a sentence (or, with ``story``, the whole story) uncoded."""

    phrase: str
    story: bool = False


@dataclass
class Stats:
    """What a reader dropped and why (counted, so converters can report it)."""

    dropped_codes: Counter[str] = field(default_factory=Counter)

    def drop(self, why: str) -> None:
        self.dropped_codes[why] += 1


def parse_date(text: str) -> dt.date | None:
    """``YYMMDD`` or ``YYYYMMDD`` -> date; month or day 00 read as 01, day past month end clamped.
    Returns None for anything else."""
    if not text.isdigit():
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= CENTURY_PIVOT else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    month, day = max(month, 1), max(day, 1)
    if not 1 <= month <= 12 or not 1800 <= year <= 2100:
        return None
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _date_range(spec: str) -> tuple[dt.date | None, dt.date | None, bool]:
    """``>YYMMDD``, ``<YYMMDD``, ``A-B`` or ``A`` -> (start, end, ok)."""
    if spec.startswith(">"):
        start = parse_date(spec[1:])
        return start, None, start is not None
    if spec.startswith("<"):
        end = parse_date(spec[1:])
        return None, end, end is not None
    if "-" in spec:
        a, b = spec.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        return start, end, start is not None and end is not None and start <= end
    start = parse_date(spec)
    return start, None, start is not None


def parse_code(
    body: str, stats: Stats, accept: Callable[[str], bool], *, clean: Callable[[str], str] | None = None
) -> dict[str, str | None] | None:
    """``IRNGOV 20050803-20130803`` -> ``{"code", "start", "end"}``; None for junk (counted).

    ``accept`` decides which codes are kept; ``clean`` turns the raw code into the one kept (by default:
    digits and ``~`` removed)."""
    parts = body.replace("> ", ">").replace("< ", "<").split()
    if not parts:
        stats.drop("empty")
        return None
    code = clean(parts[0]) if clean else re.sub(r"\d+", "", parts[0].lstrip("~").rstrip("~"))
    if not accept(code):
        stats.drop("bad code")
        return None
    start = end = None
    if len(parts) > 1:
        start, end, ok = _date_range("".join(parts[1:]))
        if not ok:
            stats.drop("bad date")
            return None
    return {
        "code": code,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }


def clean_name(raw: str) -> str | None:
    """``HASSAN_ROUHANI_`` -> ``HASSAN ROUHANI``; None when nothing word-like is left."""
    words = normalize(raw)
    if not words or not any(any(ch.isalpha() for ch in w) for w in words):
        return None
    return " ".join(words)


def _strip_markup(raw: str) -> tuple[str, str]:
    """A dictionary line without ``<!-- -->`` markup, split into (text, comment)."""
    line, _, comment = _HTML_COMMENT.sub(" ", raw).partition("#")
    return line, comment


def _add_names(entry: Entry, text: str) -> None:
    for alias in text.lstrip("+").split("+"):
        name = clean_name(alias)
        if name:
            entry.names.append(name)


def _add_codes(
    entry: Entry, bodies: list[str], stats: Stats, accept: Callable[[str], bool], clean: Callable[[str], str] | None
) -> None:
    for body in bodies:
        head, _, rest = body.strip().partition(" ")
        for part in head.split("/") if "/" in head else [head]:
            code = parse_code(f"{part} {rest}", stats, accept, clean=clean)
            if code and code not in entry.codes:
                entry.codes.append(code)


def read_actor_file(
    path: Path, stats: Stats, accept: Callable[[str], bool], *, clean: Callable[[str], str] | None = None
) -> Iterator[Entry]:
    """The entries of a TABARI ``.actors`` file, in file order."""
    entry: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, comment = _strip_markup(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        codes_text = _CODE.findall(stripped)
        name_part = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("+") or (line[0].isspace() and not stripped.startswith("[")):
            if entry is None:
                continue
            _add_names(entry, name_part)
        elif stripped.startswith("["):
            if entry is None:
                continue
        else:
            if entry is not None:
                yield entry
            entry = Entry(comment=comment.strip(), source=path.name)
            _add_names(entry, name_part)
        if entry is not None:
            _add_codes(entry, codes_text, stats, accept, clean)
    if entry is not None:
        yield entry


def plural(word: str) -> str | None:
    """The regular plural of a role word's last word, or None when it already looks plural."""
    head, _, last = word.rpartition(" ")
    if last.endswith(("MEN", "PEOPLE", "POLICE", "PERSONNEL", "STAFF", "S")) and not last.endswith("SS"):
        return None
    if last.endswith("MAN"):
        pl = last[:-3] + "MEN"
    elif last.endswith("Y") and last[-2:-1] not in tuple("AEIOU"):
        pl = last[:-1] + "IES"
    elif last.endswith(("S", "X", "Z", "CH", "SH")):
        pl = last + "ES"
    else:
        pl = last + "S"
    return f"{head} {pl}".strip()


def _variants(text: str, sets: dict[str, list[str]]) -> list[str]:
    """``text`` with each ``!SET!`` replaced by each of its members."""
    variants = [text]
    for key, alternatives in sets.items():
        if any(key in v for v in variants):
            variants = [v.replace(key, alt, 1) for v in variants for alt in alternatives]
    return variants


def _agent_words(word: str, plurals: re.Match[str] | None) -> Iterator[str]:
    yield word
    if plurals is None:
        pl = plural(word)
        if pl:
            yield pl
        return
    for alias in plurals.group(1).split(","):
        for part in alias.split():
            pl = clean_name(part)
            if pl:
                yield pl


def read_agent_entries(path: Path, stats: Stats, accept: Callable[[str], bool]) -> list[AgentEntry]:
    """Role words in file order, substitution sets expanded and plural forms added (first one of a
    word wins)."""
    sets: dict[str, list[str]] = {}
    seen: dict[str, AgentEntry] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_markup(raw)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        body = codes[0].strip()
        code = re.sub(r"[^A-Z]", "", body.upper())
        if not accept(code):
            stats.drop("bad agent code")
            continue
        prefix = body.endswith("~") and not body.startswith("~")
        plurals_m = re.search(r"\{([^}]*)\}", line)
        text = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", line)).strip()
        for variant in _variants(text, sets):
            word = clean_name(variant)
            if not word or "!" in word:
                continue
            for form in _agent_words(word, plurals_m):
                seen.setdefault(form, AgentEntry(form, code, prefix))
    return list(seen.values())


def read_agents(path: Path, stats: Stats, accept: Callable[[str], bool]) -> list[tuple[str, str]]:
    """``(word, code)`` pairs, sorted by word (the packaged ``agents.jsonl``)."""
    return sorted((a.word, a.code) for a in read_agent_entries(path, stats, accept))


def read_discards(path: Path) -> list[Discard]:
    """The phrases of a discards file (``+`` marks a whole-story discard)."""
    out: list[Discard] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_markup(raw)[0].strip()
        if not line:
            continue
        story = line.startswith("+")
        phrase = clean_name(line.lstrip("+"))
        if phrase:
            out.append(Discard(phrase, story))
    return out
