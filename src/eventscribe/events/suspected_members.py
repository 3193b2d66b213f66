"""People described as members of an armed group or party are that group's: "20 people suspected of
being members of the Basque separatist group Eta" (ESPREB, not French people), "five men believed to
belong to al-Qaeda", "three men accused of links to the Taliban". A mention headed by a word for people
takes the group named in the clause that describes it, when that group is an armed group, a radical or
opposition body, or an international militant network, never a country or a state body."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.model import Sentence

if TYPE_CHECKING:
    from eventscribe.events.resolved_mentions import Argument

__all__ = ["as_suspected_members"]

#: Words for people that say nothing of who they are.
PEOPLE_HEADS = frozenset(
    {"people", "man", "men", "woman", "women", "person", "persons", "youth", "suspect", "national"}
)
#: Participles that describe such people by a suspicion or a claim about them.
DESCRIBING_VERBS = frozenset({"suspect", "accuse", "believe", "allege", "say", "think", "charge", "link", "tie"})
#: Sectors of groups that people may be described as members of.
GROUP_SECTORS = frozenset({"REB", "UAF", "RAD", "INS", "OPP", "SEP", "CRM"})
#: Sectors of people that say no more than that they are people.
PLAIN_SECTORS = frozenset({"CVL", "PPL"})


def as_suspected_members(sentence: Sentence, found: dict[int, Argument]) -> None:
    """Give each such people mention, in ``found``, the group its describing clause names."""
    for head, arg in list(found.items()):
        token = sentence.tokens[head]
        if token.lemma.lower() not in PEOPLE_HEADS or not set(arg.actor.sectors) <= PLAIN_SECTORS or arg.recalled:
            continue
        group = _described_group(sentence, head, found)
        if group is not None:
            found[head] = replace(arg, actor=replace(group.actor, text=arg.actor.text))


def _described_group(sentence: Sentence, head: int, found: dict[int, Argument]) -> Argument | None:
    for clause in sentence.children(head):
        if clause.dep not in ("acl", "relcl") or clause.lemma.lower() not in DESCRIBING_VERBS:
            continue
        for t in sentence.subtree(clause.i):
            arg = found.get(t.i)
            if t.i == head or arg is None or arg.recalled:
                continue
            if set(arg.actor.sectors) & GROUP_SECTORS or arg.actor.code.startswith("IMG"):
                return arg
    return None
