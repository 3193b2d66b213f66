"""The tables that imports and exports need, read from the packaged ``interop/data`` folder.

``gdelt_columns.tsv``, ``cameo_actor_codes.tsv`` and ``countries.tsv`` are built from the GDELT reference
files by ``scripts/build_gdelt_tables.py``; ``icews.yaml`` is our own mapping of ICEWS sectors. Each file
is checked when it loads, and a problem raises :class:`~eventscribe.errors.DataError` naming the file.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from eventscribe.errors import DataError
from eventscribe.yaml_text import load_yaml

__all__ = [
    "ActorCodes",
    "Countries",
    "IcewsMapping",
    "actor_codes",
    "countries",
    "gdelt_columns",
    "icews_mapping",
    "name_key",
]

DATA_PACKAGE = "eventscribe.interop.data"


def _text(name: str) -> str:
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise DataError(f"{name}: packaged data file is missing; run scripts/build_gdelt_tables.py") from exc


def _tsv(name: str, header: tuple[str, ...]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(_text(name)), delimiter="\t")
    if tuple(reader.fieldnames or ()) != header:
        raise DataError(f"{name}:1: header must be {' '.join(header)}; rebuild it with scripts/build_gdelt_tables.py")
    rows = list(reader)
    for line, row in enumerate(rows, start=2):
        if not all(row.get(column) is not None for column in header) or not row[header[1]]:
            raise DataError(f"{name}:{line}: incomplete row; rebuild it with scripts/build_gdelt_tables.py")
    return rows


_NON_WORD = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """How names are compared: accents, case, punctuation, a leading "the" and a trailing "(ABBR)" dropped."""
    name = re.sub(r"\s*\([A-Z0-9 .\-]+\)\s*$", "", name.strip())
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    key = _NON_WORD.sub(" ", ascii_name).strip()
    return key.removeprefix("the ")


@cache
def gdelt_columns(version: str) -> tuple[tuple[str, str], ...]:
    """(name, type) of each column of a GDELT ``"1.0"`` or ``"2.0"`` event export, in file order."""
    rows = _tsv("gdelt_columns.tsv", ("version", "name", "type"))
    columns = tuple((r["name"], r["type"]) for r in rows if r["version"] == version)
    if not columns:
        raise DataError(f"gdelt_columns.tsv: no columns for GDELT {version}")
    return columns


@dataclass(frozen=True, slots=True)
class ActorCodes:
    """The CAMEO actor code tables: code -> label for each kind, and group labels -> code."""

    labels: dict[str, dict[str, str]]
    group_by_name: dict[str, str]

    def kind_of(self, chunk: str) -> str | None:
        """ "type", "group", "ethnic", "religion" or "country" for a 3-letter chunk (types first)."""
        for kind in ("type", "group", "ethnic", "religion", "country"):
            if chunk in self.labels[kind] or (kind == "ethnic" and chunk.lower() in self.labels[kind]):
                return kind
        return None


@cache
def actor_codes() -> ActorCodes:
    labels: dict[str, dict[str, str]] = {k: {} for k in ("country", "type", "group", "ethnic", "religion")}
    for row in _tsv("cameo_actor_codes.tsv", ("kind", "code", "label")):
        if row["kind"] not in labels:
            raise DataError(f"cameo_actor_codes.tsv: unknown kind {row['kind']!r}")
        labels[row["kind"]][row["code"]] = row["label"]
    by_name = {name_key(label): code for code, label in labels["group"].items()}
    return ActorCodes(labels, by_name)


@dataclass(frozen=True, slots=True)
class Countries:
    """Country codes (ours, CAMEO's and FIPS) and the names they are known by."""

    by_name: dict[str, str]
    cameo: dict[str, str]
    fips: dict[str, str]
    from_fips: dict[str, str]
    from_cameo: dict[str, str]
    names: dict[str, str]

    def code(self, name: str) -> str | None:
        """Our country code for a country name (ISO, CAMEO and common spellings), or None."""
        return self.by_name.get(name_key(name))


@cache
def countries() -> Countries:
    by_name: dict[str, str] = {}
    cameo: dict[str, str] = {}
    fips: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in _tsv("countries.tsv", ("code", "cameo", "fips", "names")):
        code = row["code"]
        cameo[code] = row["cameo"]
        if row["fips"]:
            fips[code] = row["fips"]
        spellings = [n for n in row["names"].split("|") if n]
        names[code] = spellings[0] if spellings else code
        for spelling in spellings:
            by_name.setdefault(name_key(spelling), code)
    for alias, code in icews_mapping().country_aliases.items():
        by_name[name_key(alias)] = code
    from_fips = {v: k for k, v in sorted(fips.items(), reverse=True)}
    return Countries(by_name, cameo, fips, from_fips, {v: k for k, v in cameo.items()}, names)


@dataclass(frozen=True, slots=True)
class IcewsMapping:
    sectors: dict[str, str]
    priority: tuple[str, ...]
    international: dict[str, str]
    country_aliases: dict[str, str]
    group_aliases: dict[str, str]


@cache
def icews_mapping() -> IcewsMapping:
    where = "icews.yaml"
    try:
        data: Any = load_yaml(_text(where))
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc})") from None
    keys = {"sectors", "priority", "international", "country_aliases", "group_aliases"}
    if not isinstance(data, dict) or set(data) != keys:
        raise DataError(f"{where}: expected exactly the keys {sorted(keys)}")
    code = re.compile(r"^[A-Z]{3}$")
    for key in ("sectors", "international", "country_aliases", "group_aliases"):
        if not isinstance(data[key], dict) or not all(isinstance(v, str) and code.match(v) for v in data[key].values()):
            raise DataError(f"{where}: {key} must map names to 3-letter codes")
    priority = tuple(data["priority"])
    unranked = set(data["sectors"].values()) - set(priority)
    if unranked:
        raise DataError(f"{where}: roles {sorted(unranked)} are missing from priority")
    return IcewsMapping(
        dict(data["sectors"]),
        priority,
        dict(data["international"]),
        dict(data["country_aliases"]),
        {name_key(k): v for k, v in data["group_aliases"].items()},
    )
