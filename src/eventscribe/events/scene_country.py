"""The country of a scene named as a town of a people: "the Iraqi city of Fallujah", "the central
Pakistani city of Multan", "a Colombian village".

News names the place of an attack by its country's adjective and a word for a settlement or region, often
with a town the gazetteer may not hold. The adjective alone says whose territory it is, which is all an
unnamed doer's code needs (the unidentified armed force of that country; see
:mod:`~eventscribe.events.unnamed`). Only the act's own clause is read (and, for a participle of harm,
the clause it hangs on: "a car bomb exploded in the Iraqi city of Mosul, killing five").
"""

from __future__ import annotations

from eventscribe.actors.codes import is_national
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.state_actors import state_actor
from eventscribe.model import Sentence

__all__ = ["SETTLEMENT_NOUNS", "demonym_scene"]

#: Words for a place that a country's adjective may name the country of ("the Iraqi city of").
SETTLEMENT_NOUNS = frozenset(
    {"capital", "city", "district", "province", "region", "town", "village", "port", "state",
     "countryside", "enclave", "outskirts", "suburb", "territory"}
)  # fmt: skip
#: Words that put a place on a frontier: "the Syrian border town of Qaim" may lie on either side of it.
FRONTIER_WORDS = frozenset({"border", "frontier"})
#: Prepositions that put an act at a place ("in", "near", "outside" the city).
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on", "of", "across", "around", "into"})


def demonym_scene(sentence: Sentence, clause: Clause, actors: SentenceActors, sector: str) -> list[Argument]:
    """The actor of ``sector`` of the country whose adjective names the act's place ("the Iraqi city of
    Fallujah": IRQ), or nothing."""
    verb = sentence.tokens[clause.verb]
    scope = sentence.own_clause(verb.i)
    if verb.dep == "advcl" and verb.tag == "VBG":  # "exploded in the Iraqi city of Mosul, killing five"
        scope |= sentence.own_clause(verb.head)
    for i in sorted(scope):
        token = sentence.tokens[i]
        arg = actors.found.get(i)
        if token.dep != "amod" or arg is None or not is_national(arg.actor.code):
            continue
        place = sentence.tokens[token.head]
        if place.lemma.lower() not in SETTLEMENT_NOUNS or not _placed(sentence, place.i):
            continue
        if any(c.lemma.lower() in FRONTIER_WORDS for c in sentence.children(place.i)):
            continue  # "near the Syrian border town of Qaim": Qaim is in Iraq
        return [Argument(state_actor(arg.actor.code, sector, text=token.text), clause.verb)]
    return []


def _placed(sentence: Sentence, i: int) -> bool:
    """Whether the place noun is where something happened: the object of a preposition of place, or of
    "of" in "on the outskirts of the Iraqi city of Fallujah"."""
    token = sentence.tokens[i]
    if token.dep != "pobj":
        return False
    return sentence.tokens[token.head].text.lower() in PLACE_PREPOSITIONS
