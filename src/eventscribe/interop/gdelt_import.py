"""GDELT event exports, 1.0 and 2.0 (tab-separated, no header), into flat ``events`` rows.

The version is told by each line's number of fields: 61 for GDELT 2.0, 58 for GDELT 1.0 daily files and
57 for the 1.0 back file (no SOURCEURL). Each event becomes one row:

- ``event_id`` ``gdelt:<GLOBALEVENTID>``, ``article_id`` ``gdelt:<SOURCEURL>`` (``gdelt:<id>`` without
  one), ``sentence_index`` 0 for a root event and 1 otherwise, ``rule`` ``import:gdelt``;
- actors: ActorNCode with CAMEO's country code turned into ours (ROM -> ROU), ActorNName, the country and
  the type codes (Type1-3) as sectors;
- EventCode (else EventBaseCode, else EventRootCode) with the file's GoldsteinScale and QuadClass;
- place: ActionGeo_FullName, the country of its FIPS code, latitude and longitude;
- ``sentence``: GDELT ships no text, so it is ``actor1 | event name | actor2`` with the id and URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventscribe.errors import RecordError
from eventscribe.interop.event_rows import cameo_columns, evidence_columns, parse_float
from eventscribe.interop.gdelt_actors import our_actor_code
from eventscribe.interop.sources import numbered_lines
from eventscribe.interop.tables import countries, gdelt_columns

__all__ = ["GDELT_WIDTHS", "gdelt_rows", "looks_like_gdelt"]


def _names(width: int) -> tuple[str, ...]:
    if width == 61:
        return tuple(name for name, _ in gdelt_columns("2.0"))
    v1 = tuple(name for name, _ in gdelt_columns("1.0"))
    return v1 if width == 58 else v1[:-1]


#: Fields per line of each kind of GDELT event export.
GDELT_WIDTHS = (57, 58, 61)


def looks_like_gdelt(line: str) -> bool:
    fields = line.split("\t")
    return len(fields) in GDELT_WIDTHS and fields[0].strip().isdigit()


def _actor(field: dict[str, str], n: int) -> dict[str, Any]:
    gdelt_code = field[f"Actor{n}Code"].strip()
    if not gdelt_code:
        return {"code": None, "text": None, "name": None, "country": None, "sectors": None}
    code, country = our_actor_code(gdelt_code, field[f"Actor{n}CountryCode"].strip())
    types = [field[f"Actor{n}Type{i}Code"].strip() for i in (1, 2, 3)]
    name = field[f"Actor{n}Name"].strip() or None
    return {
        "code": code,
        "text": name,
        "name": name,
        "country": country or None,
        "sectors": ",".join(t for t in types if t),
    }


def _date(value: str) -> dt.date:
    try:
        return dt.datetime.strptime(value.strip(), "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"SQLDATE {value.strip()!r} is not a date (YYYYMMDD)") from None


def _location(field: dict[str, str]) -> dict[str, Any]:
    name = field["ActionGeo_FullName"].strip()
    lat, lon = (
        parse_float(field["ActionGeo_Lat"], "ActionGeo_Lat"),
        parse_float(field["ActionGeo_Long"], "ActionGeo_Long"),
    )
    if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
        raise ValueError(f"ActionGeo_Lat/Long {lat}, {lon} are not coordinates")
    fips = field["ActionGeo_CountryCode"].strip()
    return {
        "location_name": name or None,
        "location_country": countries().from_fips.get(fips) if fips else None,
        "lat": lat if name else None,
        "lon": lon if name else None,
    }


def _row(field: dict[str, str]) -> dict[str, Any]:
    event_id = field["GLOBALEVENTID"].strip()
    if not event_id.isdigit():
        raise ValueError(f"GLOBALEVENTID {event_id!r} is not a whole number")
    url = field.get("SOURCEURL", "").strip()
    row: dict[str, Any] = {"event_id": f"gdelt:{event_id}", "rule": "import:gdelt", "date_precision": "day"}
    row["article_id"] = f"gdelt:{url or event_id}"
    row["sentence_index"] = 0 if field["IsRootEvent"].strip() == "1" else 1
    row["date"] = _date(field["SQLDATE"])
    for n, role in ((1, "source"), (2, "target")):
        row.update({f"{role}_{k}": v for k, v in _actor(field, n).items()})
    quad = field["QuadClass"].strip()
    if quad and not quad.isdigit():
        raise ValueError(f"QuadClass {quad!r} is not 1, 2, 3 or 4")
    goldstein = parse_float(field["GoldsteinScale"], "GoldsteinScale")
    row.update(
        cameo_columns(field["EventCode"], field["EventBaseCode"], field["EventRootCode"], goldstein=goldstein,
                      quad=int(quad) if quad else None)
    )  # fmt: skip
    row.update(_location(field))
    actor1 = row["source_name"] or row["source_code"] or "?"
    actor2 = row["target_name"] or row["target_code"] or "?"
    sentence = f"{actor1} | {row['cameo_name']} | {actor2} [GDELT event {event_id}" + (f", {url}]" if url else "]")
    row.update(evidence_columns(sentence, row["cameo_name"]))
    return row


def gdelt_rows(path: Path) -> Iterator[dict[str, Any] | RecordError]:
    """The event rows of a GDELT event export; a bad line comes as a RecordError naming file and line."""
    for number, line in numbered_lines(path):
        where = f"{path}:{number}"
        if isinstance(line, UnicodeDecodeError):
            yield RecordError(where, "not UTF-8 text")
            continue
        values = line.split("\t")
        if len(values) not in GDELT_WIDTHS:
            hint = " (a GDELT mentions or GKG file?)" if len(values) in (16, 27) else ""
            yield RecordError(where, f"{len(values)} fields; a GDELT event export line has 57, 58 or 61{hint}")
            continue
        try:
            yield _row(dict(zip(_names(len(values)), values, strict=True)))
        except ValueError as exc:
            yield RecordError(where, str(exc))
