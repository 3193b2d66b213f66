"""The actor knowledge base: names, countries and role words mapped to CAMEO actor codes.

The knowledge base is data (see ``actors/data/``), loaded once through :mod:`importlib.resources`:

- ``actors.jsonl.gz``: one named actor a line, ``{"names": [...], "codes": [{"code", "start", "end"}],
  "kind": "person" | "organisation" | "region"}``. Converted from the Phoenix dictionaries by
  ``scripts/build_kb.py``.
- ``agents.jsonl``: role words, ``{"word": "PRIME MINISTER", "code": "GOV"}``, plural forms included.
- ``countries.jsonl``: ``{"code", "name", "names", "demonyms", "capitals"}``.
- ``overrides.yaml``: hand-written corrections, merged over the converted files at load time
  (an override name replaces every dictionary entry with the same name).

Names are matched as tuples of upper-case words made by :func:`normalize`, so that the importer and the
resolver agree on what a word is.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from eventscribe.errors import DataError

__all__ = [
    "CODE_PATTERN",
    "DATA_FILES",
    "SECTORS",
    "ActorEntry",
    "CodeSpan",
    "Country",
    "KnowledgeBase",
    "Match",
    "load_kb",
    "normalize",
    "sectors_of",
    "validate_data_dir",
    "validate_file",
]

CODE_PATTERN = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
KINDS = frozenset({"person", "organisation", "region"})
DATA_FILES = ("actors.jsonl.gz", "agents.jsonl", "countries.jsonl", "overrides.yaml")

#: Three-letter role (sector) codes; other 3-letter chunks after the country are group codes (HMS, UNO).
SECTORS = frozenset(
    "GOV MIL COP JUD LEG REB OPP PTY CVL REF MED NGO BUS EDU HLH LAB SPY ELI AGR CRM DEV ENV HRI "
    "INS MOD RAD SEP UAF PPL REL".split()
)

_EDGE_PUNCT = ".,;:!?\"'()[]{}<>*`"
_SPLIT = re.compile(r"[\s_\-\u2010-\u2015/]+")


def normalize(text: str) -> tuple[str, ...]:
    """Split ``text`` into the upper-case words names are matched on.

    Underscores, hyphens and slashes separate words; a possessive ``'s`` and punctuation at a word's
    edges are dropped: ``"Hamas's"`` -> ``("HAMAS",)``, ``"Amir-Abdollahian"`` -> ``("AMIR", "ABDOLLAHIAN")``.
    """
    words = []
    for raw in _SPLIT.split(text.upper().replace("\u2019", "'")):
        word = raw.strip(_EDGE_PUNCT)
        if word.endswith("'S"):
            word = word[:-2]
        word = word.strip(_EDGE_PUNCT)
        if word:
            words.append(word)
    return tuple(words)


def sectors_of(code: str) -> tuple[str, ...]:
    """The role codes in an actor code: ``PSEREBHMS`` -> ``("REB",)``, ``IRNGOV`` -> ``("GOV",)``."""
    chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
    return tuple(c for c in chunks if c in SECTORS)


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


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD); fix or remove it") from None


def _check_code(code: Any, where: str) -> str:
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise DataError(f"{where}: {code!r} is not an actor code (3-letter groups such as IRNGOV)")
    return code


def _check_names(names: Any, where: str, key: str = "names") -> list[str]:
    if not isinstance(names, list) or not all(isinstance(n, str) and normalize(n) for n in names):
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings")
    return names


def _check_record(rec: Any, schema: str, where: str) -> None:
    if not isinstance(rec, dict):
        raise DataError(f"{where}: expected a JSON object")
    required = {
        "actor": ("names", "codes", "kind"),
        "agent": ("word", "code"),
        "country": ("code", "name", "names", "demonyms", "capitals"),
    }[schema]
    missing = [k for k in required if k not in rec]
    if missing:
        raise DataError(f"{where}: missing key(s) {', '.join(missing)}")
    if schema == "actor":
        _check_names(rec["names"], where)
        if rec["kind"] not in KINDS:
            raise DataError(f"{where}: kind {rec['kind']!r} is not one of {sorted(KINDS)}")
        if not isinstance(rec["codes"], list):
            raise DataError(f"{where}: 'codes' must be a list")
        for span in rec["codes"]:
            if not isinstance(span, dict) or "code" not in span:
                raise DataError(f"{where}: each code must be an object with 'code', 'start', 'end'")
            _check_code(span["code"], where)
            start, end = _date(span.get("start"), where), _date(span.get("end"), where)
            if start and end and end < start:
                raise DataError(f"{where}: code {span['code']} ends ({end}) before it starts ({start})")
    elif schema == "agent":
        if not isinstance(rec["word"], str) or not normalize(rec["word"]):
            raise DataError(f"{where}: 'word' must be a non-empty string")
        _check_code(rec["code"], where)
    else:
        _check_code(rec["code"], where)
        if len(rec["code"]) != 3:
            raise DataError(f"{where}: country code {rec['code']!r} must have 3 letters")
        for key in ("names", "demonyms", "capitals"):
            if rec[key]:
                _check_names(rec[key], where, key)


def _read_jsonl(name: str, text: str, schema: str) -> Iterator[dict[str, Any]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"actors/data/{name}, line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not valid JSON ({exc.msg}); rebuild with scripts/build_kb.py") from None
        _check_record(rec, schema, where)
        yield rec


def _read_text(name: str) -> str:
    try:
        ref = resources.files("eventscribe.actors") / "data" / name
        raw = ref.read_bytes()
    except (FileNotFoundError, OSError):
        raise DataError(
            f"actors/data/{name} is missing; run scripts/build_kb.py or reinstall eventscribe"
        ) from None
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


_SCHEMAS = {"actors.jsonl.gz": "actor", "agents.jsonl": "agent", "countries.jsonl": "country"}


def _check_overrides(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DataError(f"{where}: expected a mapping with actors, agents, not_actors, labels, countries")
    known = {"actors", "agents", "not_actors", "labels", "countries"}
    extra = set(data) - known
    if extra:
        raise DataError(f"{where}: unknown section(s) {sorted(extra)}; expected {sorted(known)}")
    for i, rec in enumerate(data.get("actors") or [], 1):
        _check_record(rec, "actor", f"{where}, actors[{i}] {rec.get('names', ['?'])[0] if isinstance(rec, dict) else ''}")
    for i, rec in enumerate(data.get("agents") or [], 1):
        _check_record(rec, "agent", f"{where}, agents[{i}]")
    _check_names(list(data.get("not_actors") or []), where, "not_actors")
    for code, label in (data.get("labels") or {}).items():
        _check_code(code, f"{where}, labels")
        if not isinstance(label, str):
            raise DataError(f"{where}, labels: the label of {code} must be a string")
    for code, extra_names in (data.get("countries") or {}).items():
        _check_code(code, f"{where}, countries")
        if not isinstance(extra_names, dict):
            raise DataError(f"{where}, countries.{code}: expected a mapping of names/demonyms/capitals")
        for key, values in extra_names.items():
            if key == "name":
                continue
            if key not in ("names", "demonyms", "capitals", "not_capitals"):
                raise DataError(f"{where}, countries.{code}: unknown key {key!r}")
            _check_names(values, f"{where}, countries.{code}", key)
    return data


def _load_overrides(text: str, name: str = "overrides.yaml") -> dict[str, Any]:
    where = f"actors/data/{name}"
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc}); fix the file") from None
    return _check_overrides(data, where)


def validate_file(name: str, text: str | None = None) -> int:
    """Check one data file against its schema; return its record count or raise DataError."""
    if text is None:
        text = _read_text(name)
    if name == "overrides.yaml":
        data = _load_overrides(text, name)
        return sum(len(data.get(k) or []) for k in ("actors", "agents", "not_actors"))
    if name not in _SCHEMAS:
        raise DataError(f"actors/data/{name}: not a known knowledge-base file ({', '.join(DATA_FILES)})")
    return sum(1 for _ in _read_jsonl(name, text, _SCHEMAS[name]))


def validate_data_dir() -> dict[str, int]:
    """Validate every shipped knowledge-base file; return record counts by file."""
    return {name: validate_file(name) for name in DATA_FILES}


@lru_cache(maxsize=None)
def _iso(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _as_date(value: Any) -> dt.date | None:
    if not value:
        return None
    return value if isinstance(value, dt.date) else _iso(value)


def _spans(codes: Iterable[dict[str, Any]]) -> tuple[CodeSpan, ...]:
    return tuple(CodeSpan(c["code"], _as_date(c.get("start")), _as_date(c.get("end"))) for c in codes)


def _jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON lines in one call (much faster than one ``json.loads`` a line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return json.loads("[" + ",".join(lines) + "]")


class KnowledgeBase:
    """Word-tuple lookups of actors, countries and role words. Build one with :func:`load_kb`."""

    def __init__(
        self,
        actors: Iterable[ActorEntry],
        countries: Iterable[Country],
        agents: Iterable[tuple[str, str]],
        *,
        labels: dict[str, str] | None = None,
        not_actors: Iterable[str] = (),
        normalized: bool = False,
    ) -> None:
        """``normalized=True`` says every name is already space-joined :func:`normalize` output
        (as the generated files are), which skips re-normalising them."""
        split = str.split if normalized else normalize
        self.labels = dict(labels or {})
        self.countries: dict[str, Country] = {}
        self._index: dict[tuple[str, ...], list[Match]] = {}
        self.max_len = 1
        for entry in actors:
            match = Match("actor", entry)
            for name in entry.names:
                self._add(tuple(split(name)), match, replace_actor=True)
        for country in countries:
            self.countries[country.code] = country
            for kind, names in (
                ("country", country.names),
                ("demonym", country.demonyms),
                ("capital", country.capitals),
            ):
                for name in names:
                    self._add(tuple(split(name)), Match(kind, country))
        for word, code in agents:
            self._add(tuple(split(word)), Match("agent", code))
        for name in not_actors:
            self._index.pop(normalize(name), None)

    def _add(self, key: tuple[str, ...], match: Match, *, replace_actor: bool = False) -> None:
        if not key:
            return
        bucket = self._index.get(key)
        if bucket is None:
            self._index[key] = [match]
            if len(key) > self.max_len:
                self.max_len = len(key)
            return
        if match.type == "actor" and replace_actor:
            bucket[:] = [m for m in bucket if m.type != "actor"]
        elif match.type != "actor" and any(m.type == match.type for m in bucket):
            if match.type in ("country", "demonym", "capital"):
                return  # first country to claim a name keeps it
            bucket[:] = [m for m in bucket if m.type != match.type]  # later role word wins
        bucket.append(match)
        self.max_len = max(self.max_len, len(key))

    # -- lookups ----------------------------------------------------------------------------------

    def lookup(self, words: Iterable[str]) -> list[Match]:
        """Everything the exact word tuple names (upper-case words, as :func:`normalize` makes)."""
        return list(self._index.get(tuple(words), ()))

    def actor(self, words: Iterable[str]) -> ActorEntry | None:
        for m in self._index.get(tuple(words), ()):
            if m.type == "actor":
                return m.ref
        return None

    def code_for(self, words: Iterable[str], date: dt.date | None = None) -> str | None:
        """The actor code the words name on ``date``: a named actor's dated code, a country's code,
        a capital's government (``TEHRAN`` -> ``IRNGOV``) or a role word's sector code."""
        matches = self._index.get(tuple(words), ())
        for kind in ("actor", "country", "demonym", "capital", "agent"):
            for m in matches:
                if m.type != kind:
                    continue
                if kind == "actor":
                    code = m.ref.code_for(date)
                    if code:
                        return code
                elif kind == "agent":
                    return m.ref
                elif kind == "capital":
                    return f"{m.ref.code}GOV"
                else:
                    return m.ref.code
        return None

    def name_for(self, code: str, entry: ActorEntry | None = None) -> str:
        """A human-readable name for ``code``: the organisation (``Hamas``) or the country (``Iran``)."""
        for n in range(len(code), 2, -3):
            label = self.labels.get(code[:n])
            if label and (n > 3 or code[:3] not in self.countries):
                return label
        if entry is not None and entry.kind == "organisation" and code[:3] not in self.countries:
            return entry.label or entry.names[0].title()
        country = self.countries.get(code[:3])
        if country:
            return country.name
        return self.labels.get(code[:3], code[:3])

    def find(self, words: list[str]) -> Iterator[tuple[int, int, list[Match]]]:
        """Greedy longest matches, left to right: yields ``(start, end, matches)`` over ``words``."""
        i, n = 0, len(words)
        while i < n:
            for end in range(min(n, i + self.max_len), i, -1):
                found = self._index.get(tuple(words[i:end]))
                if found:
                    yield i, end, found
                    i = end
                    break
            else:
                i += 1

    def __len__(self) -> int:
        return len(self._index)


def _load_from_texts(texts: dict[str, str]) -> KnowledgeBase:
    overrides = _load_overrides(texts["overrides.yaml"]) if "overrides.yaml" in texts else {}

    def norm(names: Iterable[str]) -> tuple[str, ...]:
        return tuple(" ".join(normalize(n)) for n in names)

    labels: dict[str, str] = dict(overrides.get("labels") or {})
    actors = [
        ActorEntry(tuple(r["names"]), _spans(r["codes"]), r["kind"], r.get("label", ""))
        for r in _jsonl(texts["actors.jsonl.gz"])
    ]
    actors += [
        ActorEntry(norm(r["names"]), _spans(r["codes"]), r["kind"], r.get("label", ""))
        for r in overrides.get("actors") or []
    ]
    extra = overrides.get("countries") or {}
    countries = []
    for r in _jsonl(texts["countries.jsonl"]):
        more = extra.get(r["code"], {})
        drop = set(norm(more.get("not_capitals", ())))
        countries.append(
            Country(
                r["code"],
                more.get("name", r["name"]),
                (" ".join(r["name"].upper().split()),) + tuple(r["names"]) + norm(more.get("names", ())),
                tuple(r["demonyms"]) + norm(more.get("demonyms", ())),
                tuple(c for c in (*r["capitals"], *norm(more.get("capitals", ()))) if c not in drop),
            )
        )
    agents = [(r["word"], r["code"]) for r in _jsonl(texts["agents.jsonl"])]
    agents += [(" ".join(normalize(r["word"])), r["code"]) for r in overrides.get("agents") or []]
    return KnowledgeBase(
        actors, countries, agents, labels=labels, not_actors=overrides.get("not_actors") or (), normalized=True
    )


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process (files are validated by the tests and by
    :func:`validate_data_dir`, not on every load)."""
    return _load_from_texts({name: _read_text(name) for name in DATA_FILES})
