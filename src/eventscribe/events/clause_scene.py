"""Where a mention's clauses happen and which actors share them: the scene country and the clause mates
that :meth:`~eventscribe.events.arguments.SentenceActors.with_country` gives a sector-only actor its
country from."""

from __future__ import annotations

from collections.abc import Mapping

from eventscribe.actors.phrase import names_victims
from eventscribe.events.compass import bearing_preps
from eventscribe.events.resolved_mentions import Argument
from eventscribe.events.role_words import is_country_place, names_a_border
from eventscribe.model import Sentence

__all__ = ["MEMBER_PREPS", "SCENE_PREPS", "clause_mates", "scene_country"]

#: Prepositions before where an act happens.
SCENE_PREPS = frozenset({"in", "near", "at"})
#: Prepositions that name some members of a group: their nationality is not the group's.
MEMBER_PREPS = frozenset({"including", "among", "besides", "except", "excluding"})


def scene_country(sentence: Sentence, found: Mapping[int, Argument], head: int) -> str:
    """The country where the clauses of ``head`` happen, by a place named after "in", "near" or "at"
    under their verbs ("died in a major battle in northern El Salvador": SLV) or under the phrases
    above ``head`` ("militia positions in the Iraqi city of Najaf": IRQ), or by a bearing from a place
    ("a target southwest of Baghdad": IRQ); "" when none."""
    tokens = sentence.tokens
    i, seen = head, set()
    while tokens[i].head != i and i not in seen:
        seen.add(i)
        i = tokens[i].head
        preps = [c for c in sentence.children(i) if c.dep == "prep" and c.text.lower() in SCENE_PREPS]
        for prep in [*preps, *bearing_preps(sentence, i)]:
            for token in sentence.subtree(prep.i):
                place = found.get(token.i)
                if place is not None and is_country_place(place.actor) and not names_a_border(tokens, token.i):
                    return place.actor.country
    return ""


def clause_mates(sentence: Sentence, found: Mapping[int, Argument], head: int) -> list[int]:
    """Resolved tokens that depend (directly or through a preposition) on ``head`` itself ("ambassador
    to Israel") or on the verbs above it."""
    tokens = sentence.tokens
    ancestors: list[int] = [head]
    i, seen = head, set()
    while tokens[i].head != i and i not in seen:
        seen.add(i)
        i = tokens[i].head
        if tokens[i].pos in ("VERB", "AUX"):
            ancestors.append(i)
    mates: list[int] = []
    for verb in ancestors:
        for child in sentence.children(verb):
            heads = [child.i]
            if child.text.lower() in MEMBER_PREPS:  # "soldiers including a U.S. adviser" are not his
                continue
            if verb == head and child.dep == "prep" and names_victims(sentence, head, child):
                continue  # "the kidnappers of a Japanese tourist" are not Japanese
            if child.dep in ("prep", "agent"):
                heads = [c.i for c in sentence.children(child.i) if c.dep == "pobj"]
            mates.extend(h for h in heads if h in found and h != head and not names_a_border(tokens, h))
    return mates
