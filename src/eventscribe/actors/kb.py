"""The actor knowledge base: names, countries and role words mapped to CAMEO actor codes.

The knowledge base is data (see ``actors/data/``), loaded once through :mod:`importlib.resources`:

- ``actors.jsonl.gz``: one named actor a line, ``{"names": [...], "codes": [{"code", "start", "end"}],
  "kind": "person" | "organisation" | "region"}``. Converted from the Phoenix dictionaries by
  ``scripts/build_kb.py``.
- ``agents.jsonl``: role words, ``{"word": "PRIME MINISTER", "code": "GOV"}``, plural forms included.
- ``countries.jsonl``: ``{"code", "name", "names", "demonyms", "capitals"}``.
- ``office_holders.txt``: the dated register of heads of state and government, ministers, opposition
  leaders, parties, armed groups and international bodies (see :mod:`eventscribe.actors.holders`),
  merged over the converted dictionaries;
- ``nominals.yaml``: demonyms and role words the dictionaries lack (same format as ``overrides.yaml``);
- ``additions.yaml``: office holders since about 2015, organisations and role words that the Phoenix
  dictionaries lack, in the format of
  ``overrides.yaml`` (merged before it);
- ``overrides.yaml``: hand-written corrections, merged over the converted files at load time
  (an override name replaces every dictionary entry with the same name).

Names are matched as tuples of upper-case words made by :func:`normalize`, so that the importer and the
resolver agree on what a word is. The records it holds (:class:`ActorEntry`, :class:`CodeSpan`,
:class:`Country`, :class:`Match`) are defined in :mod:`~eventscribe.actors.kb_entries`.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from eventscribe.actors.codes import DATA_FILES, SECTORS, normalize
from eventscribe.actors.holders import HOLDERS_FILE, parse_holders, with_register_offices
from eventscribe.actors.kb_entries import ActorEntry, CodeSpan, Country, Match
from eventscribe.actors.lexicon import LEXICON
from eventscribe.actors.schema import load_overrides, read_data_text

__all__ = ["ActorEntry", "CodeSpan", "Country", "KnowledgeBase", "Match", "load_kb"]


#: People of the knowledge base whose given name a word must be for it to be a common given name.
COMMON_GIVEN_NAME = 10


def _in_office(entry: ActorEntry, date: dt.date) -> bool:
    """Whether a dated code other than the elite standing (ELI) covers ``date``."""
    return any(not c.undated and not c.code.endswith("ELI") and c.covers(date) for c in entry.codes)


@cache
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
        prominent: Iterable[ActorEntry] = (),
        one_source: int = 0,
    ) -> None:
        """``normalized=True`` says every name is already space-joined :func:`normalize` output
        (as the generated files are), which skips re-normalising them. ``prominent`` people (the
        hand-written register's) may be named by their surname alone (:meth:`holder_by_surname`).
        The first ``one_source`` actors come from one dictionary, whose entries of the same name are
        different people that their dates tell apart ("PRESIDENT GEORGE BUSH": the father in 1990, the
        son in 2004): they are all kept, the last entry first. Every later actor replaces the actors of
        its names."""
        split = str.split if normalized else normalize
        self.labels = dict(labels or {})
        self.countries: dict[str, Country] = {}
        self._index: dict[tuple[str, ...], list[Match]] = {}
        self._surname_table: dict[str, list[ActorEntry]] | None = None
        self._given_table: frozenset[str] | None = None
        self._region_table: frozenset[str] | None = None
        self._prominent = tuple(prominent)
        self.max_len = 1
        for number, entry in enumerate(actors):
            match = Match("actor", entry)
            for name in entry.names:
                self._add(tuple(split(name)), match, replace_actor=number >= one_source)
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
        elif any(m.ref is match.ref for m in bucket):
            return  # an entry that lists a name twice
        elif match.type == "actor":  # one name of several people: the dictionary's last entry first
            bucket.insert(next((k for k, m in enumerate(bucket) if m.type == "actor"), len(bucket)), match)
            self.max_len = max(self.max_len, len(key))
            return
        bucket.append(match)
        self.max_len = max(self.max_len, len(key))

    # -- lookups ----------------------------------------------------------------------------------

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

    def is_common_given_name(self, word: str) -> bool:
        """Whether at least ``COMMON_GIVEN_NAME`` people of the knowledge base have full names that start
        with ``word`` ("HASSAN", "MANUEL", "ABDULLAH"): alone, such a word names no one in particular."""
        table = self._given_table
        if table is None:
            counts: dict[str, int] = {}
            seen: set[int] = set()
            for bucket in self._index.values():
                for m in bucket:
                    if m.type != "actor" or m.ref.kind != "person" or id(m.ref) in seen:
                        continue
                    seen.add(id(m.ref))
                    for first in {name.split()[0] for name in m.ref.names if " " in name}:
                        counts[first] = counts.get(first, 0) + 1
            table = self._given_table = frozenset(w for w, n in counts.items() if n >= COMMON_GIVEN_NAME)
        return word in table

    def is_region_code(self, code: str) -> bool:
        """Whether ``code`` is the code of a region of the world ("EUR", "WST"): one that an entry of kind
        region has and that is no country's."""
        table = self._region_table
        if table is None:
            codes = {
                span.code
                for bucket in self._index.values()
                for m in bucket
                if m.type == "actor" and m.ref.kind == "region"
                for span in m.ref.codes
            }
            table = self._region_table = frozenset(c for c in codes if c[:3] not in self.countries)
        return code in table

    def holder_by_surname(self, word: str, date: dt.date) -> ActorEntry | None:
        """The one prominent person whose full name ends in ``word`` and who holds an office (a dated
        code other than ELI) on ``date``: "Blunkett" in 2004 is David Blunkett, the Home Secretary. None
        when no one or more than one person does ("Howard" in 2005: Michael Howard and John Howard), or
        when the word is a knowledge-base name of its own."""
        found = self.holders_by_surname(word, date)
        return found[0] if len(found) == 1 else None

    def holders_by_surname(self, word: str, date: dt.date) -> list[ActorEntry]:
        """Every prominent person whose full name ends in ``word`` and who holds an office on ``date``
        (none when the word is a knowledge-base name of its own)."""
        if (word,) in self._index:
            return []
        found = {e.names[0]: e for e in self._surnames().get(word, ()) if _in_office(e, date)}
        return list(found.values())

    def _surnames(self) -> dict[str, list[ActorEntry]]:
        table = self._surname_table
        if table is None:
            table = {}
            for entry in self._prominent:
                last = {name.split()[-1] for name in entry.names if " " in name}
                for word in last:
                    if len(word) >= 3 and entry.kind == "person":
                        table.setdefault(word, []).append(entry)
            self._surname_table = table
        return table

    def extended(self, actors: Iterable[ActorEntry] = (), agents: Iterable[tuple[str, str]] = ()) -> KnowledgeBase:
        """A copy with more named actors and role words (user dictionaries). An added actor replaces
        every actor of the same name; an added role word replaces the role word of the same words."""
        kb = copy.copy(self)
        kb._index = {key: list(bucket) for key, bucket in self._index.items()}
        kb._surname_table = None
        kb._given_table = None
        kb._region_table = None
        kb.countries = dict(self.countries)
        kb.labels = dict(self.labels)
        for entry in actors:
            match = Match("actor", entry)
            for name in entry.names:
                kb._add(normalize(name), match, replace_actor=True)
        for word, code in agents:
            kb._add(normalize(word), Match("agent", code))
        return kb


#: Hand-written layers, merged in this order over the converted files (a later one wins).
HAND_LAYERS = ("nominals.yaml", "additions.yaml", "overrides.yaml")


def _norm(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(normalize(n)) for n in names)


def _countries(text: str, layers: list[dict[str, Any]]) -> list[Country]:
    """The converted countries with the names, demonyms and capitals the layers add."""
    extra: dict[str, Any] = {}
    for layer in layers:
        for code, more in (layer.get("countries") or {}).items():
            merged = extra.setdefault(code, {})
            for key, values in more.items():
                merged[key] = values if key == "name" else [*merged.get(key, ()), *values]
    converted = _jsonl(text)
    known = {r["code"] for r in converted}
    # A country the dictionaries lack ("Mauritius") comes from a layer that gives its display name.
    added = [
        {"code": code, "name": more["name"], "names": [], "demonyms": [], "capitals": []}
        for code, more in extra.items()
        if code not in known and "name" in more
    ]
    countries = []
    for r in [*converted, *added]:
        more = extra.get(r["code"], {})
        drop = set(_norm(more.get("not_capitals", ())))
        countries.append(
            Country(
                r["code"],
                more.get("name", r["name"]),
                (" ".join(r["name"].upper().split()),) + tuple(r["names"]) + _norm(more.get("names", ())),
                tuple(r["demonyms"]) + _norm(more.get("demonyms", ())),
                tuple(c for c in (*r["capitals"], *_norm(more.get("capitals", ()))) if c not in drop),
            )
        )
    return countries


def _clergy_first(word: str, code: str) -> str:
    """A dictionary role code of the clergy of a faith, REL first: ``BUDDHIST MONKS`` coded ``BUD`` becomes
    ``RELBUD``, as CAMEO's religious role comes before the faith (our IMAM is RELMUS); a code that opens
    with a role (``RELUAF``, ``MIL``) is kept."""
    if word.rpartition(" ")[2] not in LEXICON.clergy_words or code[:3] in SECTORS:
        return code
    return "REL" + code


def _with_register(hand: list[ActorEntry], register: list[ActorEntry]) -> list[ActorEntry]:
    """Hand entries of people, their elite standing filled with the offices the register (a person of
    the same name) dates for them (:func:`~eventscribe.actors.holders.with_register_offices`)."""
    people = {name: entry for entry in register if entry.kind == "person" for name in entry.names}
    out = []
    for entry in hand:
        twin = next((people[n] for n in entry.names if n in people), None) if entry.kind == "person" else None
        if twin is not None:
            entry = ActorEntry(entry.names, with_register_offices(entry.codes, twin.codes), entry.kind, entry.label)
        out.append(entry)
    return out


def _load_from_texts(texts: dict[str, str]) -> KnowledgeBase:
    layers = [load_overrides(texts[name], name) for name in HAND_LAYERS if name in texts]
    overrides = layers[-1] if "overrides.yaml" in texts else {}
    actors = [
        ActorEntry(tuple(r["names"]), _spans(r["codes"]), r["kind"], r.get("label", ""))
        for r in _jsonl(texts["actors.jsonl.gz"])
    ]
    phoenix = len(actors)
    if HOLDERS_FILE in texts:
        actors += [
            ActorEntry(tuple(r["names"]), _spans(r["codes"]), r["kind"], r.get("label", ""))
            for r in parse_holders(texts[HOLDERS_FILE])
        ]
    hand = _with_register(
        [
            ActorEntry(_norm(r["names"]), _spans(r["codes"]), r["kind"], r.get("label", ""))
            for layer in layers
            for r in layer.get("actors") or []
        ],
        actors[phoenix:],
    )
    prominent = actors[phoenix:] + hand
    actors += hand
    agents = [(r["word"], _clergy_first(r["word"], r["code"])) for r in _jsonl(texts["agents.jsonl"])]
    agents += [(" ".join(normalize(r["word"])), r["code"]) for layer in layers for r in layer.get("agents") or []]
    return KnowledgeBase(
        actors,
        _countries(texts["countries.jsonl"], layers),
        agents,
        labels=dict(overrides.get("labels") or {}),
        not_actors=overrides.get("not_actors") or (),
        normalized=True,
        prominent=prominent,
        one_source=phoenix,
    )


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process (files are validated by the tests and by
    :func:`validate_data_dir`, not on every load)."""
    return _load_from_texts({name: read_data_text(name) for name in DATA_FILES})
