"""Seizing people is taking them, not confiscating property (CAMEO 1711): "kidnappers seized two Americans",
"gunmen seized three Turkish truck drivers" are abductions (181); the state's police, troops or courts
seizing people arrest or detain them (173). What is seized is people when the verb's object is named as
persons: a person's name, a people ("Americans"), or a noun for a person ("drivers", "hostages")."""

from __future__ import annotations

from eventscribe.actors.phrase import PERSON_SUFFIXES
from eventscribe.events.arguments import Argument
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence, Token

__all__ = ["seized_people"]

CONFISCATE_CODE = "1711"
ABDUCT_CODE, ARREST_CODE = "181", "173"
#: Sectors of the state's bodies that take people into custody.
CUSTODY_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
#: Nouns for people that no person suffix shows.
PEOPLE_NOUNS = frozenset(
    {"people", "person", "child", "children", "national", "citizen", "civilian", "hostage", "tourist", "pilgrim",
     "crew", "passenger", "family", "woman", "man", "boy", "girl", "journalist", "diplomat", "official"}
)  # fmt: skip
#: Words that end like a person noun and are things ("a tanker", "a container").
THING_NOUNS = frozenset(
    {"tanker", "container", "trawler", "freighter", "carrier", "computer", "document", "equipment", "shipment"}
)


def _person(token: Token) -> bool:
    lemma = token.lemma.lower()
    if token.ent_type in ("PERSON", "NORP"):
        return True
    return (
        token.pos == "NOUN" and lemma not in THING_NOUNS and (lemma in PEOPLE_NOUNS or lemma.endswith(PERSON_SUFFIXES))
    )


def seized_people(sentence: Sentence, clause: Clause, source: Argument, found: Classification) -> Classification | None:
    """An abduction, or an arrest by the state, for a confiscation whose object is people; else None."""
    if found.code != CONFISCATE_CODE:
        return None
    seized = ("dobj", "nsubjpass")  # "seized three drivers", "an Australian journalist was seized"
    objects = [t for t in sentence.children(clause.verb) if t.dep in seized]
    if not objects or not _person(objects[0]):
        return None
    code = ARREST_CODE if set(source.actor.sectors) & CUSTODY_SECTORS else ABDUCT_CODE
    return Classification(code, found.confidence, found.trigger)
