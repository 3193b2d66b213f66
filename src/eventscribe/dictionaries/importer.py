"""Convert TABARI/PETRARCH dictionaries into user dictionaries (what ``eventscribe dictionaries import``
does).

What is kept and what is dropped:

- actors: every name and synonym, and every code with its date range; an entry with several codes at once
  (``[ELR/GAL]``) keeps them all (coding expands the first into all of them). Dropped (counted): codes that are
  not 3 to 24 upper-case letters or digits once upper-cased (``---``, ``+++``), dates that do not parse,
  and entries left with no name or no code. An entry with a dated code is a ``person``, others an
  ``organisation``.
- agents: every role word with its plural forms (given in ``{}`` or made by rule) and ``!SET!``
  substitutions; ``[CODE~]`` is kept with ``prefix: true`` (its code goes in front of the actor's).
- verbs: see :mod:`eventscribe.dictionaries.verbs` (all :class:`~eventscribe.dictionaries.verbs.Options`
  on); codes must be in the shipped CAMEO codebook, so test-only codes are dropped and counted.
- discards: every phrase, ``+`` marking a whole-story discard.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventscribe.dictionaries.tabari import Stats, read_actor_file, read_agent_entries, read_discards
from eventscribe.dictionaries.user import USER_CODE, UserDictionary, check_mapping, write_dictionary
from eventscribe.dictionaries.verbs import Options, convert
from eventscribe.errors import DataError

__all__ = ["ImportResult", "import_legacy", "write_import"]

Paths = Sequence[str | os.PathLike[str]]


@dataclass
class ImportResult:
    """The converted dictionaries by output file name, and what was kept and dropped."""

    dictionaries: dict[str, UserDictionary] = field(default_factory=dict)
    report: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        return [f"{key}: {value}" for key, value in sorted(self.report.items())]


def _accept_actor_code(code: str) -> bool:
    return bool(USER_CODE.match(code))


def _clean_actor_code(raw: str) -> str:
    return raw.strip("~").upper()


def _existing(paths: Paths, what: str) -> list[Path]:
    out = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise DataError(f"{path}: no such {what} dictionary file")
        out.append(path)
    return out


def _actors(paths: Paths, result: ImportResult) -> list[dict[str, object]]:
    stats = Stats()
    actors: list[dict[str, object]] = []
    for path in _existing(paths, "actor"):
        for entry in read_actor_file(path, stats, _accept_actor_code, clean=_clean_actor_code):
            names = list(dict.fromkeys(entry.names))
            if not names or not entry.codes:
                result.report["actors: dropped (no name or no usable code)"] += 1
                continue
            dated = any(c["start"] or c["end"] for c in entry.codes)
            actors.append({"names": names, "codes": entry.codes, "kind": "person" if dated else "organisation"})
            result.report["actors: kept"] += 1
            result.report["actors: names kept"] += len(names)
    for why, n in stats.dropped_codes.items():
        result.report[f"actors: codes dropped ({why})"] += n
    return actors


def _agents(paths: Paths, result: ImportResult) -> list[dict[str, object]]:
    stats = Stats()
    agents: list[dict[str, object]] = []
    for path in _existing(paths, "agent"):
        for entry in read_agent_entries(path, stats, lambda code: len(code) >= 2):
            row: dict[str, object] = {"word": entry.word, "code": entry.code}
            if entry.prefix:
                row["prefix"] = True
                result.report["agents: kept with prefix codes ([CODE~])"] += 1
            agents.append(row)
    result.report["agents: role words kept (plurals included)"] += len(agents)
    for why, n in stats.dropped_codes.items():
        result.report[f"agents: dropped ({why})"] += n
    return agents


def _verbs(paths: Paths, result: ImportResult) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    from eventscribe.events.codebook import Codebook

    codes = set(Codebook.load().codes())
    verbs: list[dict[str, object]] = []
    patterns: list[dict[str, object]] = []
    for path in _existing(paths, "verb"):
        converted = convert(path, codes, Options.full())
        verbs += converted.verbs
        patterns += converted.patterns
        for key, value in converted.stats.items():
            result.report[f"verbs: {key}"] += value
    result.report["verbs: verbs kept"] += len(verbs)
    result.report["verbs: patterns kept (synsets expanded)"] += len(patterns)
    return verbs, patterns


def import_legacy(*, actors: Paths = (), agents: Paths = (), verbs: Paths = (), discards: Paths = ()) -> ImportResult:
    """Convert the given legacy files; each kind becomes one user dictionary."""
    result = ImportResult()
    sources = {"actors": actors, "agents": agents, "verbs": verbs, "discards": discards}
    sections: dict[str, dict[str, object]] = {}
    if actors:
        sections["actors.yaml"] = {"actors": _actors(actors, result)}
    if agents:
        sections["agents.yaml"] = {"agents": _agents(agents, result)}
    if verbs:
        rows, patterns = _verbs(verbs, result)
        sections["verbs.yaml"] = {"verbs": rows, "patterns": patterns}
    if discards:
        found = [d for p in _existing(discards, "discard") for d in read_discards(p)]
        sections["discards.yaml"] = {"discards": [{"phrase": d.phrase, "story": d.story} for d in found]}
        result.report["discards: phrases kept"] += len(found)
    for name, data in sections.items():
        kind = name.removesuffix(".yaml")
        data["imported_from"] = [Path(p).name for p in sources[kind]]
        result.dictionaries[name] = check_mapping(data, name)
    return result


def write_import(result: ImportResult, output: str | os.PathLike[str]) -> list[Path]:
    """Write the converted dictionaries into the directory ``output`` (created if needed)."""
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise DataError(f"{out}: --output must be a directory")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, dictionary in result.dictionaries.items():
        write_dictionary(dictionary, out / name)
        written.append(out / name)
    return written
