"""Fighters named by whom they are loyal to: "guerrillas loyal to Palestinian leader Yasser Arafat",
"troops loyal to President Aidid", "militiamen allied to Hezbollah".

Conflict news names armed men by their patron more often than by a name of their own. The patron's
country is theirs, whatever the country of the place they fight in, and their own noun keeps its role:
guerrillas loyal to Arafat are PSEREB even in a Lebanese village, troops loyal to a Somali leader SOMMIL.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.actors.codes import is_national
from eventscribe.model import Sentence

if TYPE_CHECKING:
    from eventscribe.events.resolved_mentions import Argument

__all__ = ["with_patron_country"]

#: Adjectives that, with "to", name the party a group serves ("loyal to", "allied to", "faithful to").
LOYALTY_WORDS = frozenset({"allied", "faithful", "loyal"})


def with_patron_country(sentence: Sentence, found: dict[int, Argument]) -> None:
    """Give every role of ``found`` that is loyal to a national actor of the sentence that actor's
    country, keeping its own sectors (in place)."""
    for head, arg in list(found.items()):
        patron = _patron(sentence, head)
        if patron is None or patron not in found or patron == head:
            continue
        country = found[patron].actor.country
        actor = arg.actor
        if not country or not is_national(country) or not actor.sectors or actor.country == country:
            continue
        code = country + "".join(actor.sectors)
        found[head] = replace(arg, actor=replace(actor, code=code, country=country))


def _patron(sentence: Sentence, head: int) -> int | None:
    """The head of the party the noun at ``head`` is loyal to, or None."""
    for adjective in sentence.children(head):
        if adjective.dep != "amod" or adjective.lemma.lower() not in LOYALTY_WORDS:
            continue
        for prep in sentence.children(adjective.i):
            if prep.dep == "prep" and prep.text.lower() == "to":
                pobj = next((c for c in sentence.children(prep.i) if c.dep == "pobj"), None)
                if pobj is not None:
                    return pobj.i
    return None
