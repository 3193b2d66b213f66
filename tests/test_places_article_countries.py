"""A town name several countries share, in a sentence that names none of their countries, is chosen
by the countries the rest of its article names; a country the sentence names still comes first."""

from __future__ import annotations

import pytest

from eventscribe.model import Entity, Place, Sentence, Token
from eventscribe.places import MemoryGazetteer, find_places, pick_event_place
from eventscribe.places.article import ArticleGazetteer, article_countries, for_article

KARAK_PK = Place("Karak", "PAK", 33.12, 71.09)
KARAK_JO = Place("Karak", "JOR", 31.18, 35.70)
AMMAN = Place("Amman", "JOR", 31.95, 35.93)
PESHAWAR = Place("Peshawar", "PAK", 34.01, 71.58)


@pytest.fixture(scope="module")
def twin() -> MemoryGazetteer:
    return MemoryGazetteer(
        {"Karak": KARAK_PK, "Amman": AMMAN, "Peshawar": PESHAWAR}, settlements=["Karak"], shared={"Karak": [KARAK_JO]}
    )


def _sentence(index: int, words: list[tuple[str, str, str, int, str]]) -> Sentence:
    """A parsed sentence from (text, pos, dep, head, entity label) rows; one-token entities."""
    tokens, offset, entities = [], 0, []
    for i, (text, pos, dep, head, label) in enumerate(words):
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, offset, ent_type=label))
        if label:
            entities.append(Entity(text, label, i, i + 1))
        offset += len(text) + 1
    return Sentence(index, " ".join(w[0] for w in words), 0, offset, tuple(tokens), tuple(entities))


def _arrests_in(index: int, place: str, first: tuple[str, str, str] = ("Two", "NUM", "")) -> Sentence:
    """ "<first> men were arrested in <place> ." """
    return _sentence(
        index,
        [
            (first[0], first[1], "nummod", 1, first[2]),
            ("men", "NOUN", "nsubjpass", 3, ""),
            ("were", "AUX", "auxpass", 3, ""),
            ("arrested", "VERB", "ROOT", 3, ""),
            ("in", "ADP", "prep", 3, ""),
            (place, "PROPN", "pobj", 4, "GPE"),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def _raid_in(index: int, first: str, pos: str, label: str, place: str) -> Sentence:
    """ "<first> police raided a house in <place> ." """
    return _sentence(
        index,
        [
            (first, pos, "amod", 1, label),
            ("police", "NOUN", "nsubj", 2, ""),
            ("raided", "VERB", "ROOT", 2, ""),
            ("a", "DET", "det", 4, ""),
            ("house", "NOUN", "dobj", 2, ""),
            ("in", "ADP", "prep", 4, ""),
            (place, "PROPN", "pobj", 5, "GPE"),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )


def test_the_article_s_country_chooses_a_shared_town(twin: MemoryGazetteer) -> None:
    # "Jordanian police raided a house in Amman. Two men were arrested in Karak."
    article = [_raid_in(0, "Jordanian", "ADJ", "NORP", "Amman"), _arrests_in(1, "Karak")]
    places = for_article(twin, article)
    assert pick_event_place(article[1], 3, places) == KARAK_JO
    assert pick_event_place(article[1], 3, twin) == KARAK_PK  # the sentence alone: the preferred town


def test_an_unshared_place_of_another_sentence_names_the_article_s_country(twin: MemoryGazetteer) -> None:
    # "Riot police raided a house in Amman. Two men were arrested in Karak."
    article = [_raid_in(0, "Riot", "ADJ", "", "Amman"), _arrests_in(1, "Karak")]
    assert article_countries(article, twin) == ("JOR",)
    assert [p for _, p in find_places(article[1], for_article(twin, article))] == [KARAK_JO]


def test_a_country_the_sentence_names_beats_the_article_s(twin: MemoryGazetteer) -> None:
    # "Jordanian police raided a house in Amman. Pakistani men were arrested in Karak."
    article = [
        _raid_in(0, "Jordanian", "ADJ", "NORP", "Amman"),
        _arrests_in(1, "Karak", ("Pakistani", "ADJ", "NORP")),
    ]
    assert pick_event_place(article[1], 3, for_article(twin, article)) == KARAK_PK


def test_the_sentence_s_other_candidate_beats_the_article_s_preferred_country(twin: MemoryGazetteer) -> None:
    # "Riot police raided a house in Peshawar. Jordanian men were arrested in Karak."
    article = [_raid_in(0, "Riot", "ADJ", "", "Peshawar"), _arrests_in(1, "Karak", ("Jordanian", "ADJ", "NORP"))]
    assert pick_event_place(article[1], 3, for_article(twin, article)) == KARAK_JO


def test_an_article_naming_no_candidate_s_country_keeps_the_preferred_town(twin: MemoryGazetteer) -> None:
    # "French police raided a house in Amman." is not there: "French police raided a house. ..."
    article = [_arrests_in(0, "Karak", ("French", "ADJ", "NORP")), _arrests_in(1, "Karak")]
    assert pick_event_place(article[1], 3, for_article(twin, article)) == KARAK_PK


def test_the_country_named_in_more_sentences_comes_first(twin: MemoryGazetteer) -> None:
    article = [
        _raid_in(0, "Riot", "ADJ", "", "Peshawar"),
        _raid_in(1, "Jordanian", "ADJ", "NORP", "Amman"),
        _raid_in(2, "Riot", "ADJ", "", "Amman"),
        _arrests_in(3, "Karak"),
    ]
    assert article_countries(article, twin) == ("JOR", "PAK")
    assert pick_event_place(article[3], 3, for_article(twin, article)) == KARAK_JO


def test_the_article_s_countries_are_found_only_when_a_shared_name_needs_them(twin: MemoryGazetteer) -> None:
    asked: list[int] = []

    def countries() -> list[str]:
        asked.append(1)
        return ["JOR"]

    places = ArticleGazetteer(twin, countries)
    assert places.lookup_near("Amman", []) == AMMAN and not asked
    assert places.lookup_near("Karak", ["PAK"]) == KARAK_PK and not asked
    assert places.lookup_near("Karak", []) == KARAK_JO and places.lookup_near("Karak", ["FRA"]) == KARAK_JO
    assert asked == [1]


@pytest.mark.spacy
def test_a_coded_article_places_a_shared_town_in_the_article_s_country(code_text) -> None:
    events = code_text("Jordanian police raided a house in Amman on Monday. Two men were arrested in Karak on Tuesday.")
    arrests = [e for e in events if e.location is not None and e.location.name != "Amman"]
    assert arrests and all(e.location.country == "JOR" for e in arrests)


@pytest.mark.spacy
def test_a_coded_article_keeps_the_country_a_sentence_names(code_text) -> None:
    text = (
        "Jordanian police raided a house in Amman on Monday. "
        "Pakistani police said two men were arrested in Karak on Tuesday."
    )
    arrests = [e for e in code_text(text) if e.location is not None and e.location.name != "Amman"]
    assert arrests and all(e.location.country == "PAK" for e in arrests)


@pytest.mark.spacy
def test_a_one_sentence_article_keeps_the_preferred_town(code_text) -> None:
    events = code_text("Two men were arrested in Karak on Tuesday.")
    assert events and all(e.location is not None and e.location.country == "PAK" for e in events)


def _police_in_district(place: str, first: tuple[str, str, str] = ("the", "DET", "det")) -> Sentence:
    """ "<first> police in <place> district arrested two men ." (hand-built parse)"""
    from conftest import sentence_from_rows

    return sentence_from_rows(
        [
            (first[0], first[0].lower(), first[1], "", first[2], 1),
            ("police", "police", "NOUN", "NNS", "nsubj", 5),
            ("in", "in", "ADP", "IN", "prep", 1),
            (place, place.lower(), "PROPN", "NNP", "compound", 4),
            ("district", "district", "NOUN", "NN", "pobj", 2),
            ("arrested", "arrest", "VERB", "VBD", "ROOT", 5),
            ("two", "two", "NUM", "CD", "nummod", 7),
            ("men", "man", "NOUN", "NNS", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ]
    )


@pytest.mark.parametrize(
    ("first", "article", "expected"),
    [
        (("the", "DET", "det"), "JOR", "JOR"),  # the sentence names no country: the article's chooses
        (("the", "DET", "det"), "", "PAK"),  # no article country: the gazetteer's preferred district
        (("the", "DET", "det"), "FRA", "PAK"),  # an article country with no such district changes nothing
        (("Pakistani", "ADJ", "amod"), "JOR", "PAK"),  # the sentence's country beats the article's
    ],
)
def test_a_shared_district_name_follows_the_article_s_country(
    resolver, first: tuple[str, str, str], article: str, expected: str
) -> None:
    from eventscribe.actors import descriptions

    sentence = _police_in_district("Karak", first)
    region = descriptions.region(resolver.kb, sentence, 4, lambda: article)
    assert region is not None and region.country == expected


@pytest.mark.parametrize(("article", "expected"), [("JOR", "JOR"), ("", "PAK")])
def test_a_mention_of_a_shared_district_takes_the_article_s_country(resolver, article: str, expected: str) -> None:
    import datetime as dt

    sentence = _police_in_district("Karak")
    for given in (article, lambda: article):  # the country, or a function that finds it
        actor = resolver.resolve_span(sentence, 4, date=dt.date(2016, 12, 18), article=given)
        assert actor is not None and actor.code == expected
