"""ICEWS event files (the Dataverse ``.tab`` format: a header line, then tab-separated events).

Each event becomes a flat ``events`` row:

- ``event_id`` ``icews:<Event ID>``, ``article_id`` ``icews:<Story ID>``, ``sentence_index`` the
  Sentence Number, ``rule`` ``import:icews``;
- actors: the country name becomes its ISO 3166 alpha-3 code (or CAMEO's region code: Africa is AFR), the
  sectors become one CAMEO role by the priority of ``data/icews.yaml`` (``Military,Government`` is MIL), and
  a known organisation adds its CAMEO group code (Hamas: HMS). Actors without a country take a prefix from
  their sectors (IGO, NGO, IMG, MNC): the United Nations is IGOUNO. An actor of which nothing is known
  (``Unspecified Actor``) keeps its name but no code;
- CAMEO code from the file (names, quad class and PLOVER from the codebook); ``goldstein`` is the ICEWS
  Intensity, which is ICEWS's Goldstein weight;
- place: City, Province and Country as the name, the country's code, Latitude and Longitude;
- ``sentence``: ICEWS ships no text, so it is ``source | event text | target`` with the ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventscribe.errors import RecordError
from eventscribe.interop.event_rows import cameo_columns, evidence_columns, parse_float, parse_iso_date
from eventscribe.interop.sources import numbered_lines
from eventscribe.interop.tables import actor_codes, countries, icews_mapping, name_key

__all__ = ["REQUIRED_COLUMNS", "icews_actor", "icews_rows", "is_icews_header"]

REQUIRED_COLUMNS = ("Event ID", "Event Date", "Source Name", "CAMEO Code", "Target Name")
_NA = {"", "NA"}


def is_icews_header(line: str) -> bool:
    return line.split("\t")[0].strip() == "Event ID"


def _group(name: str) -> str | None:
    """The CAMEO group code of an organisation named by ``name`` or by its "(...)" affiliation."""
    groups, aliases = actor_codes().group_by_name, icews_mapping().group_aliases
    for candidate in reversed(_affiliation(name)):
        key = name_key(candidate)
        code = aliases.get(key) or groups.get(key)
        if code:
            return code
    return None


def _affiliation(name: str) -> list[str]:
    """``name`` and, for "Citizen (Africa)", the affiliation in brackets (first)."""
    if name.endswith(")") and "(" in name:
        return [name[name.rindex("(") + 1 : -1], name]
    return [name]


def _place_in_name(name: str) -> str | None:
    """The country or region an actor without a country is named after: "Citizen (Africa)" is AFR."""
    return next((code for code in map(countries().code, _affiliation(name)) if code), None)


def icews_actor(name: str, sectors: str, country: str) -> dict[str, Any]:
    """The actor columns (without the ``source_``/``target_`` prefix) of an ICEWS actor."""
    name = name.strip()
    if name in _NA:
        return {"code": None, "text": None, "name": None, "country": None, "sectors": None}
    mapping = icews_mapping()
    names = [s.strip() for s in sectors.split(",") if s.strip() not in _NA]
    roles = sorted({mapping.sectors[s] for s in names if s in mapping.sectors}, key=mapping.priority.index)
    country_code = countries().code(country) if country.strip() not in _NA else _place_in_name(name)
    group = _group(name)
    if country_code:
        code: str | None = country_code + "".join(roles[:1]) + (group or "")
    else:
        prefix = next((mapping.international[s] for s in names if s in mapping.international), None)
        code = (prefix + (group or "")) if prefix else None
    real_country = country_code if country_code in countries().names else None
    return {"code": code, "text": name, "name": name, "country": real_country, "sectors": ",".join(roles[:1])}


def _location(field: dict[str, str]) -> dict[str, Any]:
    parts = [field.get(k, "").strip() for k in ("City", "Province", "Country")]
    parts = [p for p in dict.fromkeys(parts) if p not in _NA]
    lat, lon = parse_float(field.get("Latitude", ""), "Latitude"), parse_float(field.get("Longitude", ""), "Longitude")
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise ValueError(f"Latitude/Longitude {lat}, {lon} are not coordinates")
    country = field.get("Country", "").strip()
    return {
        "location_name": ", ".join(parts) or None,
        "location_country": countries().code(country) if country not in _NA else None,
        "lat": lat,
        "lon": lon,
    }


def _row(field: dict[str, str]) -> dict[str, Any]:
    event_id = field["Event ID"].strip()
    if not event_id:
        raise ValueError("Event ID is empty")
    row: dict[str, Any] = {"event_id": f"icews:{event_id}", "rule": "import:icews", "date_precision": "day"}
    row["date"] = parse_iso_date(field["Event Date"], "Event Date")
    story = field.get("Story ID", "").strip()
    row["article_id"] = f"icews:{story}" if story not in _NA else f"icews:event-{event_id}"
    number = field.get("Sentence Number", "").strip()
    row["sentence_index"] = int(number) if number.isdigit() else 0
    for role in ("Source", "Target"):
        actor = icews_actor(field[f"{role} Name"], field.get(f"{role} Sectors", ""), field.get(f"{role} Country", ""))
        row.update({f"{role.lower()}_{k}": v for k, v in actor.items()})
    intensity = parse_float(field.get("Intensity", ""), "Intensity")
    row.update(cameo_columns(field["CAMEO Code"], goldstein=intensity))
    row.update(_location(field))
    text = field.get("Event Text", "").strip() or row["cameo_name"]
    ids = f"ICEWS event {event_id}, story {story or '?'} sentence {number or '?'}"
    publisher = field.get("Publisher", "").strip()
    sentence = f"{row['source_name'] or '?'} | {text} | {row['target_name'] or '?'} [{ids}"
    sentence += f", {publisher}]" if publisher not in _NA else "]"
    row.update(evidence_columns(sentence, text))
    return row


def icews_rows(path: Path) -> Iterator[dict[str, Any] | RecordError]:
    """The event rows of an ICEWS file; a bad line comes as a RecordError naming file and line."""
    header: list[str] | None = None
    for number, line in numbered_lines(path):
        where = f"{path}:{number}"
        if isinstance(line, UnicodeDecodeError):
            yield RecordError(where, "not UTF-8 text; re-save the file as UTF-8")
            continue
        if header is None:
            header = [h.strip() for h in line.split("\t")]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                yield RecordError(where, f"not an ICEWS header: missing columns {', '.join(missing)}")
                return
            continue
        values = line.split("\t")
        if len(values) != len(header):
            yield RecordError(where, f"{len(values)} fields where the header has {len(header)}")
            continue
        try:
            yield _row(dict(zip(header, values, strict=True)))
        except ValueError as exc:
            yield RecordError(where, str(exc))
