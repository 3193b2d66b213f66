"""The GDELT 2.0 event export: 61 tab-separated columns, no header, in the order of GDELT's reference.

One line per grouped event (or per mention). See docs/formats.md for where each column comes from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventscribe.interop.gdelt_actors import GdeltActor, gdelt_actor
from eventscribe.interop.selection import ExportItem
from eventscribe.interop.tables import countries, gdelt_columns

__all__ = ["global_event_id", "write_gdelt"]

_GDELT_ID = re.compile(r"^gdelt:(\d+)$")
_SPACE = re.compile(r"[\t\r\n]+")


def global_event_id(key: str) -> int:
    """A stable integer id: the GDELT id of an imported GDELT event, else 60 bits of a SHA-1 of ``key``."""
    match = _GDELT_ID.match(key)
    if match:
        return int(match.group(1))
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


def _clean(value: Any) -> str:
    return "" if value is None else _SPACE.sub(" ", str(value)).strip()


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def _date_fields(day: dt.date) -> list[str]:
    fraction = ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{day.year + fraction:.4f}"]


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _geo(row: dict[str, Any]) -> list[str]:
    """The eight ActionGeo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID);
    an unknown place is type 0 with the others empty."""
    name, country = row.get("location_name"), row.get("location_country")
    if not name:
        return ["0", "", "", "", "", "", "", ""]
    table = countries()
    fips = table.fips.get(country or "", "")
    country_name = table.names.get(country or "", "")
    country_level = name == country_name or row.get("lat") is None
    parts = name.count(",") + 1
    # GDELT's types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
    kind = "1" if country_level else {"USA": "2" if parts == 2 else "3"}.get(country or "", "5" if parts == 2 else "4")
    full = name if country_level or not country_name or country_name in name else f"{name}, {country_name}"
    feature = fips if country_level else ""
    return [kind, _clean(full), fips, fips, "", _number(row.get("lat")), _number(row.get("lon")), feature]


def _source_url(row: dict[str, Any]) -> str:
    if row.get("article_url"):
        return _clean(row["article_url"])
    return _clean(str(row["article_id"]).removeprefix("gdelt:"))


def _actor(row: dict[str, Any], role: str) -> GdeltActor:
    """An imported GDELT row keeps GDELT's own types; for others, types come from the code."""
    sectors = row.get(f"{role}_sectors")
    types = None
    if row.get("rule") == "import:gdelt" and sectors is not None:
        types = tuple(s for s in sectors.split(",") if s)
    return gdelt_actor(row.get(f"{role}_code"), row.get(f"{role}_country"), types)


def gdelt_line(item: ExportItem) -> list[str] | None:
    """The 61 fields of one item; None when it has no date at all (GDELT needs one)."""
    row, group = item.row, item.group
    day = _as_date(row.get("date")) or _as_date(row.get("article_date")) or _as_date(row.get("article_coded_at"))
    if day is None:
        return None
    key = group["group_id"] if group and group["n_reports"] > 1 else row["event_id"]
    source, target = _actor(row, "source"), _actor(row, "target")
    code = row["cameo_code"]
    added = row.get("article_coded_at")
    fields = [str(global_event_id(key)), *_date_fields(day)]
    fields += source.fields(_clean(row.get("source_name"))) + target.fields(_clean(row.get("target_name")))
    fields += ["1" if row.get("sentence_index") == 0 else "0", code, code[:3], code[:2], str(row["quad_class"])]
    fields += [_number(row["goldstein"])]
    mentions, articles = (group["n_reports"], group["n_articles"]) if group else (1, 1)
    fields += [str(mentions), str(item.sources), str(articles), "0.0"]
    fields += ["0", "", "", "", "", "", "", ""] * 2 + _geo(row)
    fields += [added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else day.strftime("%Y%m%d000000")]
    fields += [_source_url(row)]
    return fields


def write_gdelt(items: Iterable[ExportItem], path: Path) -> tuple[int, int]:
    """Write the items; returns (lines written, items skipped because they have no date)."""
    width = len(gdelt_columns("2.0"))
    written = skipped = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for item in items:
            fields = gdelt_line(item)
            if fields is None:
                skipped += 1
                continue
            if len(fields) != width:
                raise AssertionError(f"GDELT line has {len(fields)} fields, not {width}")
            out.write("\t".join(fields) + "\n")
            written += 1
    return written, skipped
