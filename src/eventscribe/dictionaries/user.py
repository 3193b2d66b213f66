"""User dictionaries: eventscribe's own, schema-checked format for actors, role words, verbs and discards.

A user dictionary is a YAML (or JSON) file with any of these sections::

    eventscribe_dictionary: 1
    actors:                      # named actors, with dated codes
      - names: [GOLLUM, SMEAGOL]
        kind: person             # person | organisation | region
        codes:
          - {code: HOB, end: 1995-05-31}
          - {code: HOBGOV, start: 1995-06-01, end: 1999-08-15}
    agents:                      # role words: the code joins the actor's ("Arnor cleric": ARNREL)
      - {word: CLERIC, code: REL}
      - {word: MSF, code: NGO, prefix: true}   # PETRARCH's [NGO~]: "MSF Arnor" is NGOARN
    verbs:                       # a verb (lemma and particle) and its CAMEO code
      - {lemma: restore, particle: "", code: "064"}
      - {lemma: arrive, particle: "", code: "032", paired: "033"}   # and the target receives the visit
      - {lemma: leave, form: left, particle: "", code: "032"}        # only the form "left"
      - {lemma: cordon, particle: "off", forms: [cordoned, cordoning], code: "1721"}   # its written forms
      - {lemma: tap, particle: "", phrase: [wire, tap], forms: [tapped], code: "081"}    # "wire tap"
    patterns:                    # a verb with object words and/or a preposition group
      - {verbs: [restore, renew], object: [diplomatic, tie], prep: null, code: "064"}
      - {verbs: [call], object: [], prep: [for, ceasefire], code: "014"}
      - {verbs: [delay], object: [], prep: null, before: [have], code: "191"}   # words before the verb
      - {verbs: [allow], object: [], prep: null, before: [recently], adjacent: true, code: "025"}
      - {verbs: [agree], object: [], prep: null, compound: true, code: "030"}   # "A and B agree"
      - {verbs: [celebrate], object: [iftar], prep: [in], target: {after: in, skip: 1}, code: "045"}
      - {verbs: [celebrate], object: [eid], prep: [at], more_preps: [[with]], code: "043"}
    discards:                    # sentences with the phrase are not coded (story: the whole article)
      - {phrase: BASEBALL, story: false}

A CSV file holds actors and role words: columns ``name`` and ``code``, optional ``start``, ``end`` (ISO
dates) and ``kind`` (``person``, ``organisation``, ``region``, or ``agent`` for a role word). Rows with the
same name make one actor with several dated codes.

Names and role words are matched as upper-case words (``eventscribe.actors.codes.normalize``); verbs and
pattern words as lower-case lemmas. CAMEO codes must be in the shipped codebook. A directory stands for
every ``.yaml``, ``.yml``, ``.json`` and ``.csv`` file in it, in name order.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventscribe.actors.codes import KINDS, normalize
from eventscribe.errors import DataError

__all__ = ["FORMAT_VERSION", "SUFFIXES", "UserDictionary", "read_dictionaries", "read_dictionary", "write_dictionary"]

FORMAT_VERSION = 1
SUFFIXES = (".yaml", ".yml", ".json", ".csv")
SECTIONS = ("actors", "agents", "verbs", "patterns", "discards")
#: Actor and role codes: upper-case letters and digits (legacy dictionaries use codes such as ``G77``).
USER_CODE = re.compile(r"^[A-Z0-9]{3,24}$")
ROLE_CODE = re.compile(r"^[A-Z0-9]{2,24}$")


@dataclass(frozen=True)
class UserDictionary:
    """The checked contents of one dictionary file (``source`` names it in messages)."""

    source: str
    actors: tuple[dict[str, Any], ...] = ()
    agents: tuple[dict[str, Any], ...] = ()
    verbs: tuple[dict[str, Any], ...] = ()
    patterns: tuple[dict[str, Any], ...] = ()
    discards: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def as_mapping(self) -> dict[str, Any]:
        out: dict[str, Any] = {"eventscribe_dictionary": FORMAT_VERSION}
        for section in SECTIONS:
            rows = getattr(self, section)
            if rows:
                out[section] = [_compact(r) for r in rows]
        return out

    def counts(self) -> dict[str, int]:
        return {s: len(getattr(self, s)) for s in SECTIONS}


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    """A row for writing: actor codes without their empty dates."""
    if "codes" not in row:
        return dict(row)
    codes = [{k: v for k, v in c.items() if v is not None} for c in row["codes"]]
    return {**row, "codes": codes}


# -- checks -------------------------------------------------------------------------------------------


def _fail(where: str, message: str) -> DataError:
    return DataError(f"{where}: {message}")


def _iso(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise _fail(where, f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _words(value: Any, where: str, key: str, *, allow_empty: bool = False) -> list[str]:
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"{key!r} must be a list of words")
    if not value and not allow_empty:
        raise _fail(where, f"{key!r} must not be empty")
    return [v.strip().lower() for v in value]


def _check_actor(rec: Any, where: str) -> dict[str, Any]:
    if not isinstance(rec, dict) or "names" not in rec or "codes" not in rec:
        raise _fail(where, "an actor needs 'names' (a list) and 'codes' (a list of {code, start, end})")
    names = rec["names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and normalize(n) for n in names):
        raise _fail(where, "'names' must be a non-empty list of names")
    kind = rec.get("kind", "organisation")
    if kind not in KINDS:
        raise _fail(where, f"kind {kind!r} is not one of {sorted(KINDS)}")
    codes = []
    for span in rec["codes"] if isinstance(rec["codes"], list) else [None]:
        if isinstance(span, str):
            span = {"code": span}
        if not isinstance(span, dict) or not isinstance(span.get("code"), str) or not USER_CODE.match(span["code"]):
            raise _fail(where, f"{span!r} is not a code such as {{code: IRNGOV, start: 2013-08-03}}")
        start, end = _iso(span.get("start"), where), _iso(span.get("end"), where)
        if start and end and end < start:
            raise _fail(where, f"code {span['code']} ends ({end}) before it starts ({start})")
        codes.append({"code": span["code"], "start": start, "end": end})
    if not codes:
        raise _fail(where, "'codes' must list at least one code")
    return {"names": [" ".join(normalize(n)) for n in names], "codes": codes, "kind": kind}


def _check_agent(rec: Any, where: str) -> dict[str, Any]:
    if not isinstance(rec, dict) or not isinstance(rec.get("word"), str) or not normalize(rec["word"]):
        raise _fail(where, "a role word needs 'word' (text) and 'code' (such as GOV)")
    code = rec.get("code")
    if not isinstance(code, str) or not ROLE_CODE.match(code):
        raise _fail(where, f"{code!r} is not a role code such as GOV or GOVFRM")
    out: dict[str, Any] = {"word": " ".join(normalize(rec["word"])), "code": code}
    if rec.get("prefix"):
        out["prefix"] = True
    return out


def _check_cameo(code: Any, where: str, codes: set[str]) -> str:
    if not isinstance(code, str | int) or str(code) not in codes:
        raise _fail(where, f'code {code!r} is not in the CAMEO codebook; quote codes such as "064"')
    return str(code)


def _check_verb(rec: Any, where: str, codes: set[str]) -> dict[str, Any]:
    if not isinstance(rec, dict) or not isinstance(rec.get("lemma"), str) or not rec["lemma"].strip():
        raise _fail(where, "a verb needs 'lemma', optional 'particle', and 'code'")
    particle = rec.get("particle") or ""
    if not isinstance(particle, str):
        raise _fail(where, "'particle' must be a word or empty")
    out = {"lemma": rec["lemma"].strip().lower(), "particle": particle.strip().lower()}
    form = rec.get("form") or ""
    if not isinstance(form, str):
        raise _fail(where, "'form' must be the inflected form the entry is limited to (such as left)")
    if form.strip():
        out["form"] = form.strip().lower()
    if rec.get("forms"):  # written forms of the verb (PETRARCH's {…} list), read as this lemma
        out["forms"] = _words(rec["forms"], where, "forms")
    if rec.get("phrase"):  # the verb written as several words, the lemma among them (WIRE_+TAP)
        out["phrase"] = _words(rec["phrase"], where, "phrase")
        if out["lemma"] not in out["phrase"]:
            raise _fail(where, f"'phrase' must contain the lemma {out['lemma']!r}")
    return _codes(out, rec, where, codes)


def _codes(out: dict[str, Any], rec: dict[str, Any], where: str, codes: set[str]) -> dict[str, Any]:
    """``code``, and ``paired``: the code of what the target does in return (PETRARCH's ``[032:033]``)."""
    out["code"] = _check_cameo(rec.get("code"), where, codes)
    if rec.get("paired"):
        out["paired"] = _check_cameo(rec["paired"], where, codes)
    return out


def _check_pattern(rec: Any, where: str, codes: set[str]) -> dict[str, Any]:
    if not isinstance(rec, dict) or "verbs" not in rec:
        raise _fail(where, "a pattern needs 'verbs', 'object' and/or 'prep', and 'code'")
    verbs = [rec["verbs"]] if isinstance(rec["verbs"], str) else rec["verbs"]
    if not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
        raise _fail(where, "'verbs' must be a non-empty list of verbs ('crack down' for a particle)")
    obj = _words(rec.get("object") or [], where, "object", allow_empty=True)
    prep = _words(rec["prep"], where, "prep") if rec.get("prep") else None
    before = _words(rec["before"], where, "before") if rec.get("before") else None
    compound = rec.get("compound", False)
    if not isinstance(compound, bool):
        raise _fail(where, "'compound' must be true or false")
    if not obj and not prep and not before and not compound:
        raise _fail(where, "a pattern needs object words, a preposition group or words before the verb")
    out: dict[str, Any] = {"verbs": [" ".join(v.lower().split()) for v in verbs], "object": obj, "prep": prep}
    if before:
        out["before"] = before
    if compound:
        out["compound"] = True
    if rec.get("adjacent") and before:
        out["adjacent"] = True
    for role in ("source", "target"):
        if rec.get(role):
            out[role] = _check_role(rec[role], where, role)
    if rec.get("more_preps"):  # preposition groups after the first, each a preposition and its words
        groups = rec["more_preps"]
        if not isinstance(groups, list):
            raise _fail(where, "'more_preps' must be a list of preposition groups ([with], [to, talk])")
        out["more_preps"] = [_words(g, where, "more_preps") for g in groups]
    return _codes(out, rec, where, codes)


def _check_role(rec: Any, where: str, role: str) -> dict[str, Any]:
    """Where a pattern finds its source or target (PETRARCH's ``$`` and ``+``): ``{after: WORD}`` (the
    first actor after WORD, which comes after the verb) or ``{before: WORD}`` (the nearest actor before
    WORD, before the verb), ``"*"`` standing for the verb; ``skip: N`` passes over N actors first (``^``)."""
    sides = [k for k in ("after", "before") if isinstance(rec, dict) and k in rec]
    if len(sides) != 1 or not isinstance(rec[sides[0]], str) or not rec[sides[0]].strip():
        raise _fail(where, f"{role!r} must be {{after: WORD}} or {{before: WORD}} (a word, or '*' for the verb)")
    skip = rec.get("skip", 0)
    if not isinstance(skip, int) or isinstance(skip, bool) or skip < 0:
        raise _fail(where, f"{role!r}: 'skip' must be a whole number of actors, 0 or more")
    out: dict[str, Any] = {sides[0]: rec[sides[0]].strip().lower()}
    if skip:
        out["skip"] = skip
    return out


def _check_discard(rec: Any, where: str) -> dict[str, Any]:
    if isinstance(rec, str):
        rec = {"phrase": rec}
    if not isinstance(rec, dict) or not isinstance(rec.get("phrase"), str) or not normalize(rec["phrase"]):
        raise _fail(where, "a discard needs 'phrase' (text) and optional 'story' (true/false)")
    return {"phrase": " ".join(normalize(rec["phrase"])), "story": bool(rec.get("story", False))}


def check_mapping(data: Any, source: str) -> UserDictionary:
    """A parsed YAML/JSON document -> :class:`UserDictionary`, or DataError naming file and entry."""
    from eventscribe.events.codebook import Codebook

    if not isinstance(data, dict):
        raise _fail(source, f"expected a mapping with sections {', '.join(SECTIONS)}")
    version = data.get("eventscribe_dictionary", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise _fail(source, f"eventscribe_dictionary: {version!r} is not a known version ({FORMAT_VERSION})")
    unknown = set(data) - {*SECTIONS, "eventscribe_dictionary", "imported_from", "notes"}
    if unknown:
        raise _fail(source, f"unknown section(s) {sorted(unknown)}; expected {', '.join(SECTIONS)}")
    codes = set(Codebook.load().codes())
    checks = {
        "actors": lambda r, w: _check_actor(r, w),
        "agents": lambda r, w: _check_agent(r, w),
        "verbs": lambda r, w: _check_verb(r, w, codes),
        "patterns": lambda r, w: _check_pattern(r, w, codes),
        "discards": lambda r, w: _check_discard(r, w),
    }
    sections: dict[str, tuple[dict[str, Any], ...]] = {}
    for section, check in checks.items():
        rows = data.get(section) or []
        if not isinstance(rows, list):
            raise _fail(source, f"section {section!r} must be a list")
        sections[section] = tuple(check(r, f"{source}, {section}[{n}]") for n, r in enumerate(rows, 1))
    extra = {k: data[k] for k in ("imported_from", "notes") if k in data}
    return UserDictionary(source, extra=extra, **sections)


class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay text, so a bad one gets a message naming its entry."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# -- files --------------------------------------------------------------------------------------------


def _read_csv(path: Path) -> dict[str, Any]:
    actors: dict[str, dict[str, Any]] = {}
    agents: list[dict[str, Any]] = []
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or not {"name", "code"} <= set(reader.fieldnames):
            raise _fail(str(path), "a CSV dictionary needs the columns name and code (optional start, end, kind)")
        for line, row in enumerate(reader, 2):
            name, code = (row.get("name") or "").strip(), (row.get("code") or "").strip()
            kind = (row.get("kind") or "").strip() or "organisation"
            if not name or not code:
                raise _fail(f"{path}, line {line}", "name and code must not be empty")
            if kind == "agent":
                agents.append({"word": name, "code": code})
                continue
            entry = actors.setdefault(name.upper(), {"names": [name], "codes": [], "kind": kind})
            entry["codes"].append({"code": code, "start": row.get("start") or None, "end": row.get("end") or None})
    return {"actors": list(actors.values()), "agents": agents}


def read_dictionary(path: str | os.PathLike[str]) -> UserDictionary:
    """Read and check one dictionary file (YAML, JSON or CSV)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such dictionary file")
    if path.suffix.lower() == ".csv":
        return check_mapping(_read_csv(path), str(path))
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, Loader=_Loader)  # noqa: S506
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not valid {path.suffix.lstrip('.').upper() or 'YAML'} ({exc})") from None
    return check_mapping(data or {}, str(path))


def read_dictionaries(paths: Iterable[str | os.PathLike[str]]) -> list[UserDictionary]:
    """Read each path in order; a directory stands for its dictionary files, in name order."""
    out: list[UserDictionary] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
            if not files:
                raise DataError(f"{path}: the directory holds no dictionary files ({', '.join(SUFFIXES)})")
            out.extend(read_dictionary(p) for p in files)
        else:
            out.append(read_dictionary(path))
    return out


def write_dictionary(dictionary: UserDictionary, path: str | os.PathLike[str]) -> None:
    """Write ``dictionary`` as YAML (checked again on reading)."""
    data = dictionary.as_mapping()
    data.update(dictionary.extra)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    Path(path).write_text(text, encoding="utf-8")
