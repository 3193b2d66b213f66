"""Bombs that go off: "a car bomb exploded near the embassy", "a bomb ripped through a market", "bomb
blasts rocked southern Thailand", "a bomb went off outside a bar".

News tells most bombings by what the bomb did, not by who set it: the weapon (or its blast) is the
subject of a verb of exploding. Such a clause is an attack (a bombing, CAMEO 183) by whoever used the
weapon, an unidentified armed force of the scene when no one is named (see
:mod:`~eventscribe.events.unnamed`). "Rock" and "shake" tell a blast only with a blast or a bomb as their
subject ("the scandal rocked the government" is none); "go" needs "off", "rip" and "tear" need
"through" ("ripped up the deal" is none). The place a blast rocked ("rocked southern Thailand", "shook
the capital") is its scene, not a party struck.
"""

from __future__ import annotations

from eventscribe.model import Place, Sentence, Token
from eventscribe.places import GazetteerLike, find_places

__all__ = ["BLAST_VERBS", "is_blast_verb", "rocked_place"]

#: Verbs that, with a bomb or a blast as subject, tell it going off ("a car bomb exploded").
BLAST_VERBS = frozenset({"detonate", "explode", "go", "rip", "rock", "shake", "tear"})
#: Blast verbs that tell a blast only with a particle or preposition: "went off", "tore through".
PARTICLE_OF = {"go": "off", "rip": "through", "tear": "through"}
#: Blast verbs whose object is the place shaken ("rocked the capital"), not a party.
SHAKING_VERBS = frozenset({"rock", "shake"})
#: Words that make a blast a bomb's: "bomb blasts rocked southern Thailand" is an attack on the place,
#: "a huge explosion rocked North Korea" may be an accident or a test (it is one only on a party struck:
#: "an explosion rocked a police building").
BOMB_WORDS = frozenset(
    {"bomb", "bombs", "device", "explosive", "grenade", "ied", "landmine", "mine", "rocket", "mortar"}
)


def is_blast_verb(verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` tells something going off ("exploded", "went off", "ripped through"); whether
    its subject is a bomb or a blast is the caller's to check."""
    lemma = verb.lemma.lower()
    if lemma not in BLAST_VERBS:
        return False
    needed = PARTICLE_OF.get(lemma)
    return needed is None or any(c.text.lower() == needed for c in kids[verb.i] if c.dep in ("prt", "prep"))


def rocked_place(sentence: Sentence, verb: Token, gazetteer: GazetteerLike) -> Place | None:
    """The place a blast rocked or shook, named as the verb's object ("bomb blasts rocked southern
    Thailand"), or None."""
    if verb.lemma.lower() not in SHAKING_VERBS or not _bomb_subject(sentence, verb):
        return None
    objects = {c.i for c in sentence.children(verb.i) if c.dep == "dobj"}
    for entity, place in find_places(sentence, gazetteer):
        span = range(entity.start, entity.end)
        if objects & set(span) and len(place.country) == 3 and place.country.isalpha():
            return place
    return None


def _bomb_subject(sentence: Sentence, verb: Token) -> bool:
    """Whether the verb's subject names a bomb ("a car bomb", "bomb blasts"), not a bare blast."""
    subject = next((c for c in sentence.children(verb.i) if c.dep == "nsubj"), None)
    if subject is None:
        return False
    words = [subject, *(c for c in sentence.children(subject.i) if c.dep in ("compound", "amod", "nmod"))]
    return any(w.lemma.lower() in BOMB_WORDS or w.text.lower() in BOMB_WORDS for w in words)
