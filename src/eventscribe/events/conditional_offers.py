"""Conditional offers and threats: "Iran is willing to resume talks if Washington lifts sanctions".

CAMEO codes an offer made on a condition as the intention it states (the codebook's example for 038:
"Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez if he gave them a
veto over any settlement"), and a threat made on a condition as the threat ("threatened to cut ties
if jailed activists are pardoned", 1313). When the act names no other party, the party whose act is
the condition ("if Washington lifts sanctions") is the one the offer or threat is made to: it is the
target. The condition itself is no event (``reality.is_eventive`` drops clauses marked "if" or
"unless"), and neither is a hypothetical that is no offer ("if the talks fail, war could follow":
the clause under "could" is not eventive, so nothing reaches this module).
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.arguments import SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import expand
from eventscribe.events.reality import children_index
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Sentence, Token

__all__ = ["CONDITION_MARKS", "OFFER_ROOTS", "condition_party", "offer_targets"]

#: Subordinators that make a clause the condition of an offer or threat (not "whether", a question).
CONDITION_MARKS = frozenset(GRAMMAR.conditional_marks) - {"whether"}
#: Roots of what is offered or threatened on a condition: intentions (03) and threats (13).
OFFER_ROOTS = ("03", "13")
#: Links from an act up to the words of intending it hangs on ("is willing to resume", "said it would").
_UPWARD = frozenset({"xcomp", "acomp"})


def condition_party(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> tuple[int, ...]:
    """The heads of the subject of the condition that ``verb`` (or a word of intending it depends on,
    or the act it intends) is made to hang on ("… to resume talks if Washington lifts sanctions":
    Washington; "threatened to cut ties if Panama pardons them": Panama); () if none."""
    act = next((c for c in kids[verb.i] if c.dep == "xcomp" and c.pos == "VERB"), None)
    if act is not None:  # "threatened to cut ties if …": the condition hangs on the act threatened
        found = condition_party(sentence, act, kids)
        if found:
            return found
    token, seen = verb, set()
    while token.i not in seen:
        seen.add(token.i)
        for clause in kids[token.i]:
            if clause.dep != "advcl" or not _marked(clause, kids) or clause.lemma.lower() == verb.lemma.lower():
                continue  # "will attend if the opposition attends": a fellow participant, no party offered to
            subject = next((c for c in kids[clause.i] if c.dep in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos in ("PROPN", "NOUN"):
                return tuple(expand(subject, kids))
        if token.dep not in _UPWARD or token.head == token.i:
            break
        token = sentence.tokens[token.head]
    return ()


def offer_targets(
    sentence: Sentence,
    clause: Clause,
    found: Classification,
    actors: SentenceActors,
    source: Argument,
    sources: list[Argument],
) -> list[Argument]:
    """The party an offer or threat made on a condition is made to, when the act names none: the
    condition's subject, if it is an actor other than the source; [] otherwise."""
    if not found.code.startswith(OFFER_ROOTS):
        return []
    kids = children_index(sentence)
    party = condition_party(sentence, sentence.tokens[clause.verb], kids)
    if not party:
        return []
    found_targets = actors.targets(replace(clause, targets=(party,)), source, places=False, sources=sources)
    # an offer made on the offerer's own act is made to no one ("it will talk if Washington agrees",
    # with "it" taken for the United States, is no offer of the United States to itself)
    return [t for t in found_targets if not _same_state(source, t)]


#: Roles of an actor that stand for its state: the country itself and its government.
_STATE_ROLES = frozenset({"", "GOV"})


def _same_state(one: Argument, other: Argument) -> bool:
    """Whether two actors both stand for the same state (a country and its government)."""
    a, b = one.actor, other.actor
    if not a.country or a.country != b.country:
        return False
    return a.code[len(a.country) :] in _STATE_ROLES and b.code[len(b.country) :] in _STATE_ROLES


def _marked(clause: Token, kids: list[list[Token]]) -> bool:
    return any(m.dep == "mark" and m.lemma.lower() in CONDITION_MARKS for m in kids[clause.i])
