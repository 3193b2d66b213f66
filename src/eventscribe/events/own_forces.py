"""A state's own forces named as what it moves are no target: the place they are in is ("Poland will
reduce the number of its troops in Iraq": POL -> IRQ, not POL -> POLMIL). A withdrawal or a
deployment is aimed at the country where the troops are or go; the parse hangs that place on the
troops noun rather than on the verb. Where no other country is named with them, the own forces stay
(a government ordering its army is a domestic act)."""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.model import Sentence

__all__ = ["where_own_forces_are"]

#: Sectors of a state's forces.
FORCE_SECTORS = frozenset({"MIL"})
#: Prepositions that place forces in or move them out of or into a country.
PLACING_PREPS = frozenset({"in", "from", "to", "into", "inside"})


def where_own_forces_are(
    sentence: Sentence, actors: SentenceActors, source: Argument, targets: list[Argument]
) -> list[Argument]:
    """``targets`` with each of the source's own forces replaced by the foreign country named with them."""
    country = source.actor.country
    if not country or set(source.actor.sectors) & FORCE_SECTORS:
        return targets
    return [_placed(sentence, actors, country, t) or t for t in targets]


def _placed(sentence: Sentence, actors: SentenceActors, country: str, target: Argument) -> Argument | None:
    """The foreign place named in the phrase of ``target`` when that is the source country's forces."""
    if target.actor.country != country or not set(target.actor.sectors) & FORCE_SECTORS:
        return None
    head = sentence.tokens[target.head]
    phrase = [head.i]
    of = sentence.tokens[head.head]
    if head.dep == "pobj" and of.text.lower() == "of" and of.head != of.i:
        phrase.append(of.head)  # "its number of troops in Iraq": the place hangs on "number"
    for i in phrase:
        for prep in sentence.children(i):
            if prep.dep != "prep" or prep.text.lower() not in PLACING_PREPS:
                continue
            for place in sentence.children(prep.i):
                found = actors.found.get(place.i)
                if place.dep == "pobj" and found is not None and found.actor.country not in ("", country):
                    return replace(found, head=place.i)
    return None
