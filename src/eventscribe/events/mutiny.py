"""Mutineers and the state they rise against are of one country.

A mutiny is a revolt of a state's own soldiers against their commanders or government: "mutinous
soldiers killed the commander of Guinea-Bissau's armed forces" are Guinea-Bissau's soldiers, and "the
army chief" whom mutinous soldiers in Mali killed is Mali's. So, like the opposition and its own
government (see :data:`~eventscribe.events.domestic_pairs.DOMESTIC_PAIRS`), soldiers named as mutinous and the
forces, police or government they act on lend each other their country, where plain "soldiers" that
kill a commander may be anyone's (a foreign army's) and take no country from him.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_non_national
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Actor, Sentence

__all__ = ["against_mutineers", "from_mutiny", "is_mutinous"]

#: Words that describe soldiers in revolt against their own command.
MUTINY_WORDS = frozenset({"mutinous", "mutineering", "mutinying", "renegade", "rebellious"})
#: The lemma of the verb and nouns of a mutiny ("soldiers who mutinied", "mutineers").
MUTINY_LEMMAS = frozenset({"mutiny", "mutineer"})
#: Roles of the state side that mutineers rise against, and roles mutineers are coded with.
STATE_ROLES = frozenset({"MIL", "GOV", "COP", "SPY"})
MUTINEER_ROLES = frozenset({"MIL", "OPP", "REB"})


def is_mutinous(sentence: Sentence, head: int) -> bool:
    """Whether the noun at ``head`` names mutineers: "mutineers", "mutinous soldiers", "renegade
    troops", "soldiers who mutinied"."""
    token = sentence.tokens[head]
    if token.lemma.lower() in MUTINY_LEMMAS:
        return True
    for child in sentence.children(head):
        if child.dep in ("amod", "compound") and child.text.lower() in MUTINY_WORDS:
            return True
        if child.dep in ("relcl", "acl") and child.lemma.lower() in MUTINY_LEMMAS:
            return True
    return False


def from_mutiny(sentence: Sentence, argument: Argument, partners: list[Argument]) -> Argument | None:
    """``argument`` (a role with no country) with the country of its partner across a mutiny: the state's
    forces or government for mutineers, the mutineers for the state's forces or government they act on.
    None when neither is the case."""
    actor = argument.actor
    if actor.country or not actor.sectors:
        return None
    role = actor.sectors[0]
    mutineers = is_mutinous(sentence, argument.head)
    for partner in partners:
        other = partner.actor
        if not _national(other):
            continue
        if mutineers and role in MUTINEER_ROLES and (not other.sectors or other.sectors[0] in STATE_ROLES):
            return _with_country(argument, other.country)
        if not mutineers and role in STATE_ROLES and is_mutinous(sentence, partner.head):
            return _with_country(argument, other.country)
    return None


def against_mutineers(sentence: Sentence, target: Argument, source: Argument) -> Argument:
    """A target of mutineers on the state side (their commander, their government) is a party of its
    own even where it has the mutineers' own code ("mutinous soldiers killed the army chief": GNBMIL
    on GNBMIL), like a colleague named as such."""
    roles = target.actor.sectors
    if (not roles or roles[0] in STATE_ROLES) and is_mutinous(sentence, source.head):
        return replace(target, peer=True)
    return target


def _national(actor: Actor) -> bool:
    country = actor.country
    return len(country) == 3 and country.isalpha() and len(actor.code) <= 6 and not is_non_national(country)


def _with_country(argument: Argument, country: str) -> Argument:
    actor = argument.actor
    return replace(argument, actor=replace(actor, code=country + actor.code, country=country))
