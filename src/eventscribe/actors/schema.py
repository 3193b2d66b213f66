"""Schema checks for the knowledge-base files in ``actors/data/``.

Every file is checked when it loads, and :func:`validate_data_dir` checks them all (a test runs it). A
problem raises :class:`~eventscribe.errors.DataError` naming the file, the line or entry, and the fix.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import yaml

from eventscribe.actors.codes import CODE_PATTERN, DATA_FILES, KINDS, normalize
from eventscribe.actors.holders import HOLDERS_FILE, parse_holders
from eventscribe.errors import DataError
from eventscribe.yaml_text import load_yaml

__all__ = ["load_overrides", "read_data_text", "validate_data_dir", "validate_file"]


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


def read_data_text(name: str) -> str:
    try:
        ref = resources.files("eventscribe.actors") / "data" / name
        raw = ref.read_bytes()
    except (FileNotFoundError, OSError):
        raise DataError(f"actors/data/{name} is missing; run scripts/build_kb.py or reinstall eventscribe") from None
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
        _check_record(
            rec, "actor", f"{where}, actors[{i}] {rec.get('names', ['?'])[0] if isinstance(rec, dict) else ''}"
        )
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


def load_overrides(text: str, name: str = "overrides.yaml") -> dict[str, Any]:
    where = f"actors/data/{name}"
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc}); fix the file") from None
    return _check_overrides(data, where)


def validate_file(name: str, text: str | None = None) -> int:
    """Check one data file against its schema; return its record count or raise DataError."""
    if text is None:
        text = read_data_text(name)
    if name == HOLDERS_FILE:
        records = parse_holders(text)
        for i, rec in enumerate(records, 1):
            _check_record(rec, "actor", f"actors/data/{name}, record {i} {rec['names'][0]}")
        return len(records)
    if name in ("overrides.yaml", "additions.yaml", "nominals.yaml"):
        data = load_overrides(text, name)
        return sum(len(data.get(k) or []) for k in ("actors", "agents", "not_actors"))
    if name not in _SCHEMAS:
        raise DataError(f"actors/data/{name}: not a known knowledge-base file ({', '.join(DATA_FILES)})")
    return sum(1 for _ in _read_jsonl(name, text, _SCHEMAS[name]))


def validate_data_dir() -> dict[str, int]:
    """Validate every shipped knowledge-base file; return record counts by file."""
    return {name: validate_file(name) for name in DATA_FILES}
