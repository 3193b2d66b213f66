"""Roles owned by a pronoun or by "the country": "his government", "its troops", "the country's army",
"his country's forces".

A role that names no country of its own but is owned by a possessive pronoun or by "the country" /
"the nation" belongs to the state that the owner refers to: "Poland's defence minister announced plans
to cut his country's forces in Iraq" are Polish forces (POLMIL), not the forces of the place where they
serve, and "Syria said its troops would leave" are Syrian troops. The owner is read like any reference:
"his"/"her" a person, "its" a singular non-person and "their" a plural or collective national actor:
the subject of the reporting verb whose reported clause holds the owner, else the latest such actor
before it in the sentence, else of the article; "the country's" the latest national actor of the
sentence, else the latest national mention of the article.

In news at large the construction is common: in ``/work/shared/corpora`` "the country's" occurs about
490 times, "the nation's" 150, "his government" 62, "his party" 84, "its forces"/"its troops" 45.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.actors.codes import is_national
from eventscribe.events.context import ArticleContext, is_person_mention
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.model import Actor, Sentence, Token

if TYPE_CHECKING:
    from eventscribe.events.resolved_mentions import Argument

__all__ = ["owned_country", "with_owner_country"]

#: Possessive pronouns that own a role; "his"/"her" refer to a person, "its"/"their" to a state or body.
PERSON_OWNERS = frozenset({"his", "her"})
OTHER_OWNERS = frozenset({"its", "their"})
#: Nouns that, owned by "the" or a pronoun, stand for a state named before ("the country's army").
STATE_NOUNS = frozenset({"country", "nation"})
#: Singular nouns for a body of people that "their" may refer to ("the government ... their troops").
COLLECTIVE_NOUNS = frozenset(
    {"administration", "alliance", "army", "cabinet", "coalition", "command", "government", "group",
     "junta", "leadership", "military", "militia", "movement", "party", "police", "regime", "team"}
)  # fmt: skip
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
    if any(c.dep == "prep" and c.text.lower() == "to" for c in sentence.children(head)):
        return ""  # "recalled its ambassador to Israel": the role is told by the party it is sent to
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
    """The country of the national actor ``owner`` refers to: the subject of the reporting verb whose
    reported clause holds the owner ("Hamas said Israeli soldiers had arrested its spokesman"), else the
    latest one before it in the sentence, each of a number the owner fits ("his"/"her" a person, "its" a
    singular non-person, "their" a plural or collective); else of the earlier sentences (the latest
    national mention of the article for "the country")."""
    fits = [i for i in found if i < owner.i and _national(found[i].actor) and _fits(sentence, owner, i, persons)]
    reporter = _reporting_subject(sentence, owner.i)
    if reporter in fits:
        return found[reporter].actor.country
    if fits:
        return found[max(fits)].actor.country
    if owner.pos == "PRON":
        recalled = context.recall(sentence, owner.i)
        return recalled.country if recalled is not None and _national(recalled) else ""
    return next((m.actor.country for m in reversed(context.mentions) if _national(m.actor)), "")


def _fits(sentence: Sentence, owner: Token, i: int, persons: bool) -> bool:
    """Whether the mention headed at ``i`` can be what ``owner`` refers to, by person and number."""
    if persons:
        return is_person_mention(sentence, i)
    word = owner.text.lower()
    if word not in OTHER_OWNERS:  # "the country's": any national actor
        return True
    token = sentence.tokens[i]
    plural = token.tag in ("NNS", "NNPS") or any(c.dep == "conj" for c in sentence.children(i))
    if word == "its":
        return not plural and not is_person_mention(sentence, i)
    return plural or token.lemma.lower() in COLLECTIVE_NOUNS


def _reporting_subject(sentence: Sentence, i: int) -> int | None:
    """The subject of the reporting verb ("said", "announced") whose reported clause holds token ``i``."""
    token = sentence.tokens[i]
    for _ in range(len(sentence.tokens)):
        if token.head == token.i:
            return None
        head = sentence.tokens[token.head]
        if token.dep == "ccomp" and head.lemma.lower() in REPORTING_VERBS:
            return next((c.i for c in sentence.children(head.i) if c.dep in ("nsubj", "nsubjpass")), None)
        token = head
    return None


def _national(actor: Actor) -> bool:
    return is_national(actor.country)
