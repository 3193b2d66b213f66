"""A party name that several countries' parties bear, owned by another country: "Israel's Labour party",
"Sweden's Social Democrats" and "Israeli Labour MPs" are that country's, not the party the knowledge
base files under the name (Britain's, Germany's). Only a possessive or a bare demonym directly before the
name owns it; a country inside a compound ("US-born Labour MP", "pro-Israeli Labour MPs") describes the
person, not the party."""

from __future__ import annotations

import datetime as dt

from eventscribe.actors.kb import Country, KnowledgeBase
from eventscribe.actors.lexicon import SHARED_PARTIES
from eventscribe.actors.matching import make_actor
from eventscribe.actors.phrase import ContextCountry, Found, Word, in_compound
from eventscribe.model import Actor

__all__ = ["PARTY_ROLES", "foreign_party_name", "shared_party_name"]

#: The roles of a party, in office or in opposition: a party name is filed under one country's code.
PARTY_ROLES = frozenset({"PTY", "OPP"})
#: Words between a country and its party's name that say where the party stands ("Israel's opposition
#: Labour party", "Japan's ruling Liberal Democrats").
_PARTY_STANDING = frozenset(
    {"OPPOSITION", "RULING", "GOVERNING", "MAIN", "LEFTIST", "RIGHTIST", "CENTRIST", "MAJORITY", "MINORITY", "JUNIOR"}
    | {"CONSERVATIVE", "LIBERAL", "NATIONALIST"}  # written in lower case: "Japan's conservative Liberal Democrats"
)
_LONGEST_SHARED = max(len(k) for k in SHARED_PARTIES)


def foreign_party_name(
    kb: KnowledgeBase, words: list[Word], named: list[Found], places: list[Found], role_code: str, date: dt.date | None
) -> Actor | None:
    """The party of the country that owns a shared party name in the mention (ISRPTY; ISRLEG for
    "Israeli Labour MPs"), None when no country owns it."""
    if not named or not places or not _owns(words, places[0], named[0]):
        return None
    code = named[0].first("actor").ref.code_for(date) or ""  # type: ignore[union-attr]
    if len(code) != 6 or code[3:] not in PARTY_ROLES or code[:3] not in kb.countries:
        return None
    country: Country = places[0].first("country", "demonym", "capital").ref  # type: ignore[union-attr]
    if country.code == code[:3] or country.code not in kb.countries:
        return None
    return make_actor(kb, country.code + (role_code or "PTY"))


def _owns(words: list[Word], place: Found, name: Found) -> bool:
    """Whether the place before the name is its owner: a possessive ("Israel's Labour", the "'s" folded
    into the place's word) or a bare demonym ("Israeli Labour"), directly or across words that say
    which side the party is on ("Israel's main opposition Labour party"), but no part of a hyphenated
    compound ("US-born Labour", whose words come from one written word and share its span)."""
    between = words[place.end : name.start]
    if len(between) > 2 or any(w.capital or w.word not in _PARTY_STANDING for w in between):
        return False
    return not in_compound(words, place.end - 1)


def shared_party_name(
    kb: KnowledgeBase,
    words: list[Word],
    named: list[Found],
    places: list[Found],
    role_code: str,
    date: dt.date | None,
    context: ContextCountry,
) -> Actor | None:
    """The party of a name that several countries' parties bear (``shared_parties`` of resolution.yaml),
    written as a name and with no country in the mention: the country of those the context names
    ("... in Italy, the Christian Democrats": ITAPTY), else the first of them where the knowledge base
    would read the name as some other country's ("Social Democrat" is no US Democrat). None where the
    mention names a country (foreign_party_name decides), where no such name is in it, or where the
    knowledge base's own reading stands."""
    if places:
        return None
    read = (named[0].first("actor").ref.code_for(date) or "") if named else ""  # type: ignore[union-attr]
    for k in range(len(words)):
        for n in range(min(_LONGEST_SHARED, len(words) - k), 1, -1):
            span = words[k : k + n]
            countries = SHARED_PARTIES.get(tuple(w.word for w in span))
            if countries is None or not all(w.capital for w in span) or len({w.segment for w in span}) > 1:
                continue
            country = context(frozenset(countries), frozenset()) or countries[0]
            if read[:3] == country:
                return None  # the knowledge base's own reading stands, with its dated role (DEUOPP)
            return make_actor(kb, country + (role_code if role_code in PARTY_ROLES else "PTY"))
    return None
