"""Whom an investigation is into, when what it looks into is a deed: "police are investigating an alleged
fraud by the trading house", "regulators opened an inquiry into the bank's lending".

CAMEO 09 ("investigate": 091 crime and corruption, 092 human rights abuses, 093 military action, 094 war
crimes) is coded on the one investigated. News often names the deed looked into rather than its doer;
the doer is then the owner of that deed, its possessor or its "by" agent, as for a grievance (see
:meth:`~eventscribe.events.arguments.SentenceActors.owners`). An investigation whose object is itself an
actor ("investigating the minister") keeps it, and an owner that is the investigator is none. The
codebook says so for 092-094: "alleged or potential perpetrators should be coded as targets" (its
example for 094: "Croatia is investigating alleged war crimes by Croatian extremists").
"""

from __future__ import annotations

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence, Token

__all__ = ["INVESTIGATION_ROOT", "VICTIM_DEEDS", "investigated", "investigation_targets"]

#: The CAMEO root of investigations.
INVESTIGATION_ROOT = "09"


def investigated(clause: Clause, found: Classification, actors: SentenceActors, source: Argument) -> list[Argument]:
    """The owner of the deed an investigation looks into (empty for other acts, or when none is named)."""
    if found.code[:2] != INVESTIGATION_ROOT:
        return []
    heads = tuple(head for group in clause.targets for head in group)
    return actors.owners(heads, source)


#: Nouns of a harm done to someone, whose "of" phrase and possessor name the victim, not the doer ("the
#: murder of a journalist", "the journalist's murder", "the disappearance of 43 students").
VICTIM_DEEDS = frozenset(
    {"abduction", "assassination", "beating", "death", "disappearance", "execution", "kidnapping", "killing",
     "lynching", "massacre", "murder", "poisoning", "rape", "shooting", "slaying", "stabbing", "torture"}
)  # fmt: skip
#: Prepositions of a harm noun that name whom or what was harmed ("the bombing of the embassy", "the
#: attack on the convoy", "abuses against civilians").
VICTIM_PREPS = frozenset({"against", "of", "on"})


def investigation_targets(
    sentence: Sentence, clause: Clause, found: Classification, actors: SentenceActors, source: Argument,
    targets: list[Argument],
) -> list[Argument]:  # fmt: skip
    """The targets of an investigation: the doer of the harm it looks into, never its victim.

    "Police are investigating the murder of a Mexican journalist" names the victim only: the codebook
    codes 09 on the (alleged) perpetrator, so no target; "… the killing of two protesters by soldiers"
    has the soldiers. An act that is no investigation, or whose object is no harm noun, keeps ``targets``
    (or, with none, the owner of the deed looked into, :func:`investigated`)."""
    if found.code[:2] != INVESTIGATION_ROOT:
        return targets
    deeds = [h for group in clause.targets for h in group if _harm_noun(sentence.tokens[h])]
    if not deeds:  # (a harm noun names no actor: one found at its head is its victim's, "the murder of …")
        heads = {h for group in clause.targets for h in group}
        heads |= {  # "an inquiry into the company's accounts", "an investigation against Iran"
            p.i for h in list(heads) for prep in sentence.children(h)
            if prep.dep == "prep" and prep.text.lower() not in SHARED_PREPS
            for p in sentence.children(prep.i) if p.dep == "pobj"
        }  # fmt: skip
        heads |= {c.i for h in list(heads) for c in sentence.children(h) if c.dep == "conj"}
        named = [t for t in targets if _named_as_object(sentence, t.head, heads)]
        return named or investigated(clause, found, actors, source)
    victims = {i for h in deeds for i in _victim_span(sentence, h)}
    kept = [t for t in targets if t.head not in victims and t.head not in deeds]
    return kept or _perpetrators(sentence, deeds, actors, source)


#: Prepositions of a relation between parties, none of them what is investigated ("links between the
#: guerrillas and the cocaine trade").
SHARED_PREPS = frozenset({"between", "among"})


def _named_as_object(sentence: Sentence, i: int, heads: set[int]) -> bool:
    """Whether the actor at ``i`` is what is investigated, or names whose it is ("the minister", "the
    bank's lending"), not a party mentioned deeper inside it ("the derailment of a FirstGroup train",
    "a report that an Australian engineer had been abducted", "links between the guerrillas and …")."""
    token = sentence.tokens[i]
    return i in heads or (token.head in heads and token.dep in ("poss", "compound", "amod", "nmod"))


def _harm_noun(token: Token) -> bool:
    lemma = token.lemma.lower()
    return token.pos == "NOUN" and (lemma in VICTIM_DEEDS or lemma in GRAMMAR.attack_nouns)


def _victim_span(sentence: Sentence, deed: int) -> set[int]:
    """The tokens naming a harm's victim: its "of/on/against" phrase, and for a harm told by a victim noun
    with no "of" phrase its possessor ("the journalist's murder"; "Russia's attack" is Russia's own, and so
    is "the army's killing of three civilians": the "of" phrase names the victim, the possessor the doer)."""
    token = sentence.tokens[deed]
    children = sentence.children(deed)
    has_of = any(c.dep == "prep" and c.text.lower() == "of" for c in children)
    span: set[int] = set()
    for child in children:
        victim_poss = child.dep == "poss" and token.lemma.lower() in VICTIM_DEEDS and not has_of
        if victim_poss or (child.dep == "prep" and child.text.lower() in VICTIM_PREPS):
            span |= _subtree(sentence, child.i)
    return span


def _perpetrators(sentence: Sentence, deeds: list[int], actors: SentenceActors, source: Argument) -> list[Argument]:
    """The doer named for a harm: its "by" agent, or the possessor of an attack ("the army's raid")."""
    victims = {i for h in deeds for i in _victim_span(sentence, h)}
    owners = actors.owners(tuple(deeds), source)
    return [o for o in owners if o.head not in victims]


def _subtree(sentence: Sentence, head: int) -> set[int]:
    found = {head}
    for child in sentence.children(head):
        found |= _subtree(sentence, child.i)
    return found
