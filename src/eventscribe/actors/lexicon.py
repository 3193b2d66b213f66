"""The word lists of actor resolution, kept as data in ``actors/data/resolution.yaml``.

Knowledge-base words (role words, affiliation words, sport words, role codes) are upper case, as
:func:`~eventscribe.actors.codes.normalize` makes them; lemmas, prepositions and suffixes are lower case.
The file is checked when it loads: every list present, non-empty, in the right case, and no other list.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from eventscribe.errors import DataError
from eventscribe.wordlists import parse_word_lists

__all__ = [
    "LEXICON",
    "NATIONAL_BODIES",
    "SHARED_NAMES",
    "SHARED_PARTIES",
    "Lexicon",
    "load_lexicon",
    "national_bodies",
    "parse_lexicon",
    "shared_names",
    "shared_parties",
]

LEXICON_FILE = "resolution.yaml"
UPPER = frozenset(
    {
        "weak_roles",
        "affiliations",
        "sport_words",
        "igo_roles",
        "former_words",
        "office_roles",
        "honorifics",
        "leading_affiliations",
        "opposing_prefixes",
        "follower_words",
        "ethnic_words",
        "international_roles",
        "location_words",
        "shared_names",
        "shared_parties",
        "government_heads",
        "national_bodies",
        "clergy_words",
        "currency_words",
        "title_qualifiers",
    }
)
ORDERED = frozenset({"person_suffixes"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    weak_roles: frozenset[str]
    collective_heads: frozenset[str]
    person_suffixes: tuple[str, ...]
    affiliations: frozenset[str]
    sport_words: frozenset[str]
    igo_roles: frozenset[str]
    phrase_preps: frozenset[str]
    former_words: frozenset[str]
    office_roles: frozenset[str]
    honorifics: frozenset[str]
    leading_affiliations: frozenset[str]
    opposing_prefixes: frozenset[str]
    follower_words: frozenset[str]
    ethnic_words: frozenset[str]
    international_roles: frozenset[str]
    location_words: frozenset[str]
    shared_names: frozenset[str]
    shared_parties: frozenset[str]
    government_heads: frozenset[str]
    vague_bodies: frozenset[str]
    national_bodies: frozenset[str]
    clergy_words: frozenset[str]
    victim_heads: frozenset[str]
    currency_words: frozenset[str]
    title_qualifiers: frozenset[str]


def parse_lexicon(text: str, where: str = f"actors/data/{LEXICON_FILE}") -> Lexicon:
    """Check and build a :class:`Lexicon`; a problem raises DataError naming the list."""
    return parse_word_lists(text, Lexicon, where=where, upper=UPPER, ordered=ORDERED)


def shared_names(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The ``shared_names`` list as a mapping: ``"TRIPOLI: LBY LBN"`` -> ``{("TRIPOLI",): ("LBY", "LBN")}``
    (the first country is the one taken when the context names none of them)."""
    return _country_table(lexicon.shared_names, "shared_names", minimum=2)


def shared_parties(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The ``shared_parties`` list as a mapping: ``"CHRISTIAN DEMOCRATS: DEU ITA"`` ->
    ``{("CHRISTIAN", "DEMOCRATS"): ("DEU", "ITA")}``: the countries whose party news calls by the name, the
    first being the one the knowledge base files it under."""
    return _country_table(lexicon.shared_parties, "shared_parties", minimum=2)


def national_bodies(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The ``national_bodies`` list as a mapping: ``"SENATE: USA PHL"`` -> ``{("SENATE",): ("USA", "PHL")}``:
    the countries that have a body of that name, the first being the one news means when it names none.
    ``"SUPREME COURT: * USA IND"`` has no such country (the mapping starts with ``""``): only a context
    that names one of them decides, else the article does."""
    open_ended = {e.partition(":")[0] for e in lexicon.national_bodies if e.partition(":")[2].split()[:1] == ["*"]}
    entries = frozenset(e.replace(": *", ":", 1) for e in lexicon.national_bodies)
    table = _country_table(entries, "national_bodies", minimum=1)
    return {k: ("", *v) if " ".join(k) in open_ended else v for k, v in table.items()}


def _country_table(entries: frozenset[str], name: str, *, minimum: int) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in entries:
        words, _, countries = entry.partition(":")
        codes = tuple(countries.split())
        if not words.strip() or len(codes) < minimum or not all(len(c) == 3 and c.isalpha() for c in codes):
            raise DataError(f"actors/data/{LEXICON_FILE}: {name} entry {entry!r} must read 'NAME: AAA BBB'")
        table[tuple(words.split())] = codes
    return table


def load_lexicon() -> Lexicon:
    """The packaged word lists."""
    text = (resources.files("eventscribe.actors") / "data" / LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text)


#: Loaded once when the actors package is first imported (one small file).
LEXICON = load_lexicon()
#: Names and demonyms that more than one country has, and their countries.
SHARED_NAMES = shared_names(LEXICON)
#: Party names that parties of several countries bear, and those countries.
SHARED_PARTIES = shared_parties(LEXICON)
#: Bodies of a state named without their country ("the Senate"), and the countries that have them.
NATIONAL_BODIES = national_bodies(LEXICON)
