"""A party name that several countries' parties bear, owned by another country: "Israel's Labour party",
"Sweden's Social Democrats" and "Israeli Labour MPs" are that country's, not the party the knowledge
base files under the name (Britain's, Germany's). Only a possessive or a bare demonym directly before the
name owns it; a country inside a compound ("US-born Labour MP", "pro-Israeli Labour MPs") describes the
person, not the party."""

from __future__ import annotations

import datetime as dt

from eventscribe.actors.kb import Country, KnowledgeBase
from eventscribe.actors.matching import make_actor
from eventscribe.actors.phrase import Found, Word, in_compound
from eventscribe.model import Actor

__all__ = ["PARTY_ROLES", "foreign_party_name"]

#: The roles of a party, in office or in opposition: a party name is filed under one country's code.
PARTY_ROLES = frozenset({"PTY", "OPP"})
#: Words between a country and its party's name that say where the party stands ("Israel's opposition
#: Labour party", "Japan's ruling Liberal Democrats").
_PARTY_STANDING = frozenset({"OPPOSITION", "RULING", "GOVERNING", "MAIN", "LEFTIST", "RIGHTIST", "CENTRIST"})


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
