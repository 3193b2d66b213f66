"""Killing and shooting done by irregulars on people who do not fight is unconventional violence (CAMEO
18), not a military engagement (19). The codebook's 19 is "conventional" force, acts of war between
organised armed forces; its 18 is violence "which does not require high military or technological
capability". "Gunmen shot dead a journalist in Manila", "suspected Islamic militants killed 16 people":
180. Rebels fighting soldiers, or soldiers killing anyone, stay 19; so do air strikes and shelling
(194, 195), which only forces with arms of war do."""

from __future__ import annotations

from eventscribe.events.arguments import Argument
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence, Token

__all__ = ["unconventional_violence"]

#: Codes of plain killing and shooting that the verb gives ("kill", "shoot").
PLAIN_FORCE = frozenset({"190", "193"})
#: Sectors of irregular doers: unidentified gunmen, rebels, militias, criminals, radicals, civilians.
IRREGULAR_SECTORS = frozenset({"UAF", "REB", "CRM", "RAD", "CVL", "PPL", "SEP", "INS"})
#: Sectors of a state's forces, whose killing is never irregular; with armed groups, those who fight back.
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
ARMED_SECTORS = STATE_FORCES | {"UAF", "REB", "INS", "SEP"}
UNCONVENTIONAL = "180"
#: Words of a bombing, whose own code (183) the clause's other parts give ("were killed and four wounded
#: in a bomb attack"): the killing is not recoded then.
BOMBING_WORDS = frozenset({"bomb", "bombing", "blast", "explosion", "explosive", "grenade", "bomber", "landmine"})
#: The generic 180 is a little less sure than the verb's own reading, so that a more specific act of the
#: same root told beside it ("killed in a bomb attack": 183) is the one kept.
GENERIC_FACTOR = 0.9


def unconventional_violence(
    sentence: Sentence, verb: int, act: Classification, source: Argument, target: Argument | None
) -> Classification:
    """``act`` (of the clause of ``verb``) as 180 when it is plain killing or shooting by irregulars of
    people who are no armed force (a lone gunman's act with no victim named too), else ``act`` unchanged."""
    if act.code not in PLAIN_FORCE or any(t.lemma.lower() in BOMBING_WORDS for t in _own_words(sentence, verb)):
        return act
    doer = set(source.actor.sectors)
    if not doer & IRREGULAR_SECTORS or doer & STATE_FORCES:
        return act
    if target is None:
        if "UAF" not in doer:  # "rebels attacked" with no one named may be fighting
            return act
    elif set(target.actor.sectors) & ARMED_SECTORS or not (target.actor.sectors or _people(sentence, target)):
        return act  # a state ("rebels attacked Chad") or its forces: fighting
    return Classification(UNCONVENTIONAL, act.confidence * GENERIC_FACTOR, act.trigger)


def _people(sentence: Sentence, target: Argument) -> bool:
    """Whether a target of no sector is people of a country ("gunned down a Briton", "killed two
    Italians"), not the country itself."""
    token = sentence.tokens[target.head]
    counted = any(
        c.dep == "nummod" or (c.dep == "det" and c.text.lower() in ("a", "an")) for c in sentence.children(token.i)
    )  # "a Briton", "two Americans": no country is counted so
    return token.ent_type == "NORP" or counted


def _own_words(sentence: Sentence, verb: int) -> list[Token]:
    """The words of the clause of ``verb``: its subtree, less the coordinated clauses with a doer of
    their own ("gunmen killed the governor and a suicide bomber killed 10 people": not the bomber; but
    "nine were killed and four wounded in a bomb attack" shares its bombing)."""
    words, todo = [], [verb]
    while todo:
        i = todo.pop()
        words.append(sentence.tokens[i])
        for child in sentence.children(i):
            if child.dep == "conj" and any(_a_doer(g) for g in sentence.children(child.i)):
                continue
            todo.append(child.i)
    return words


def _a_doer(token: Token) -> bool:
    """A subject that names someone (not a number of victims: "four wounded")."""
    return token.dep in ("nsubj", "nsubjpass") and token.pos in ("NOUN", "PROPN", "PRON")
