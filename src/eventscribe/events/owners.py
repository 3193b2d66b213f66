"""Roles owned by a pronoun or by "the country": "his government", "its troops", "the country's army",
"his country's forces".

A role that names no country of its own but is owned by a possessive pronoun or by "the country" /
"the nation" belongs to the state that the owner refers to: "Poland's defence minister announced plans
to cut his country's forces in Iraq" are Polish forces (POLMIL), not the forces of the place where they
serve, and "Syria said its troops would leave" are Syrian troops. The owner is read like any reference:
"his"/"her" the latest person of the sentence before it (else of the article), "its"/"their" the latest
national actor, "the country's" the latest national actor of the sentence, else of the article.

In news at large the construction is common: in ``/work/shared/corpora`` "the country's" occurs about
490 times, "the nation's" 150, "his government" 62, "his party" 84, "its forces"/"its troops" 45.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.actors.codes import is_non_national
from eventscribe.events.context import ArticleContext, is_person_mention
from eventscribe.model import Actor, Sentence, Token

if TYPE_CHECKING:
    from eventscribe.events.resolved_mentions import Argument

__all__ = ["owned_country", "with_owner_country"]

#: Possessive pronouns that own a role; "his"/"her" refer to a person, "its"/"their" to a state or body.
PERSON_OWNERS = frozenset({"his", "her"})
OTHER_OWNERS = frozenset({"its", "their"})
#: Nouns that, owned by "the" or a pronoun, stand for a state named before ("the country's army").
STATE_NOUNS = frozenset({"country", "nation"})
#: Nouns for another party than their owner ("his counterpart", "its enemies", "their captors"): the
#: owner's country is not theirs.
OTHER_PARTY_NOUNS = frozenset(
    {"adversary", "ally", "attacker", "captor", "challenger", "counterpart", "critic", "enemy", "foe", "guest",
     "host", "kidnapper", "killer", "mediator", "neighbor", "neighbour", "opponent", "partner", "rival", "visitor"}
)  # fmt: skip


def with_owner_country(sentence: Sentence, found: dict[int, Argument], context: ArticleContext) -> None:
    """Give every sector-only role of ``found`` owned by a pronoun or by "the country" that owner's
    country, in place; roles with a country, and owners that refer to no national actor, are left."""
    for head, arg in list(found.items()):
        actor = arg.actor
        if actor.country or actor.code.startswith("-") or not actor.sectors:
            continue
        country = owned_country(sentence, head, found, context)
        if country:
            code = country + "".join(actor.sectors)
            found[head] = replace(arg, actor=replace(actor, code=code, country=country))


def owned_country(sentence: Sentence, head: int, found: dict[int, Argument], context: ArticleContext) -> str:
    """The country of whoever owns the role at ``head`` ("his government", "the country's army"), or ""
    when the role has no such owner or the owner refers to no national actor."""
    owner = _owner(sentence, head)
    if owner is None or sentence.tokens[head].lemma.lower() in OTHER_PARTY_NOUNS:
        return ""
    word = owner.text.lower()
    if owner.pos == "PRON":
        return _antecedent(sentence, owner, found, context, persons=word in PERSON_OWNERS)
    # "the country's army", "his country's forces": the country's owner, else the latest state named
    owned_by = next((c for c in sentence.children(owner.i) if c.dep == "poss"), None)
    if owned_by is not None and owned_by.text.lower() in PERSON_OWNERS | OTHER_OWNERS:
        return _antecedent(sentence, owned_by, found, context, persons=owned_by.text.lower() in PERSON_OWNERS)
    if any(c.dep == "det" and c.text.lower() == "the" for c in sentence.children(owner.i)):
        return _antecedent(sentence, owner, found, context, persons=False)
    return ""


def _owner(sentence: Sentence, head: int) -> Token | None:
    """The possessive pronoun or "country"/"nation" that owns the noun at ``head``, or None."""
    for child in sentence.children(head):
        if child.dep != "poss":
            continue
        word = child.text.lower()
        if child.pos == "PRON" and word in PERSON_OWNERS | OTHER_OWNERS:
            return child
        if child.pos == "NOUN" and child.lemma.lower() in STATE_NOUNS:
            return child
    return None


def _antecedent(
    sentence: Sentence, owner: Token, found: dict[int, Argument], context: ArticleContext, *, persons: bool
) -> str:
    """The country of the latest national actor before ``owner`` in the sentence (a person's, for
    "his"/"her"), else of the earlier sentences' (the article's main country for "the country")."""
    for i in sorted(found, reverse=True):
        if i >= owner.i:
            continue
        actor = found[i].actor
        if _national(actor) and (not persons or is_person_mention(sentence, i)):
            return actor.country
    if owner.pos == "PRON":
        recalled = context.recall(sentence, owner.i)
        return recalled.country if recalled is not None and _national(recalled) else ""
    return next((m.actor.country for m in reversed(context.mentions) if _national(m.actor)), "")


def _national(actor: Actor) -> bool:
    country = actor.country
    return len(country) == 3 and country.isalpha() and not is_non_national(country)
