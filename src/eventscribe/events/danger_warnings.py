"""A warning of a danger that no party brings about is no threat.

CAMEO 13 (threaten) covers "coercive or forceful warnings with serious potential repercussions": the
one who warns, or its side, would bring the harm about ("warned that Iran would face consequences",
"warned the move could lead to war"). A body that warns of a danger with no doer ("climate change could
be out of control within decades, the agency warned") makes a forecast, not a threat: it coerces no one.
Such a clause is the plain threat code (130) of the verb "warn" with a content clause that names no
actor anywhere and no hostile act (a threat, a sanction, force: roots 13 to 20).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from eventscribe.events.clause_parts import conditioned
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.reality import children_index
from eventscribe.model import Sentence

__all__ = ["threatens_risk", "warns_of_danger"]

#: The verbs of warning and the code they give alone (the plain threat).
WARNING_VERBS = frozenset({"warn", "caution"})
PLAIN_THREAT = "130"


def warns_of_danger(
    sentence: Sentence,
    clause: Clause,
    found: Classification,
    actor_heads: Collection[int],
    is_hostile_noun: Callable[[str], bool],
) -> bool:
    """Whether ``clause`` warns of a danger that no party brings about (see the module).

    ``actor_heads`` are the sentence's tokens that name an actor; ``is_hostile_noun`` tells a noun of a
    hostile act ("war", "sanctions", "attack")."""
    verb = sentence.tokens[clause.verb]
    if found.code != PLAIN_THREAT or verb.lemma.lower() not in WARNING_VERBS:
        return False
    contents = [c for c in sentence.children(verb.i) if c.dep == "ccomp"]
    if not contents:
        return False  # "warned Iran", "warned of retaliation": a threat as the verb alone tells it
    for content in contents:
        words = sentence.subtree(content.i)
        if any(t.i in actor_heads or t.pos == "PRON" for t in words):
            return False  # "warned that Iran would face consequences", "warned they would act"
        if any(t.pos == "NOUN" and is_hostile_noun(t.lemma) for t in words):
            return False  # "warned the move could lead to war"
    return True


#: "threaten to" with a verb of harm to a process or a situation: a risk ("the row threatened to
#: overshadow the summit", "fighting that threatens to wreck the truce"), not a coercive warning.
RISK_VERBS = frozenset(
    {
        "cloud",
        "complicate",
        "dampen",
        "eclipse",
        "engulf",
        "jeopardise",
        "jeopardize",
        "mar",
        "overshadow",
        "overwhelm",
        "plunge",
        "reignite",
        "sour",
        "spill",
        "spiral",
        "swamp",
        "unravel",
    }
)
#: Verbs that are a risk only to a process or a state ("threatened to wreck the truce"); to a place or a
#: party they stay a threat ("threatened to wreck Israeli towns").
PROCESS_HARM_VERBS = frozenset({"destabilise", "destabilize", "wreck"})
PROCESS_NOUNS = frozenset(
    {
        "accord",
        "agreement",
        "ceasefire",
        "cease-fire",
        "coalition",
        "deal",
        "economy",
        "election",
        "fire",
        "negotiation",
        "peace",
        "plan",
        "process",
        "recovery",
        "relation",
        "summit",
        "talk",
        "tie",
        "truce",
    }
)


#: Pronouns that stand for a party ("they threatened to wreck the talks").
PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _party_threatens(sentence: Sentence, clause: Clause, actor_heads: Collection[int]) -> bool:
    """Whether the one who threatens is a party: a resolved actor or a personal pronoun as the subject
    of its own. A subject taken over from the clause a participle hangs on ("battled …, threatening to
    wreck a truce") is the event told there, not its doers."""
    if clause.inherited_subject:
        return False
    return any(s in actor_heads or sentence.tokens[s].text.lower() in PARTY_PRONOUNS for s in clause.sources)


def _conditioned(sentence: Sentence, clause: Clause) -> bool:
    """Whether the threat has a condition, on "threaten" ("… unless their leader was freed") or on what is
    threatened ("to reignite the war if Israel did not lift the blockade"): a price, the mark of a
    coercive threat."""
    if clause.conditioned:
        return True
    kids = children_index(sentence)
    return any(conditioned(x, kids) for x in kids[clause.verb] if x.dep == "xcomp")


def threatens_risk(
    sentence: Sentence, clause: Clause, found: Classification, actor_heads: Collection[int] = ()
) -> bool:
    """Whether ``clause`` is "threaten to" a harm to a process or a situation: a risk, not a threat (13).
    In the corpora "threaten(s/ed/ing) to" with these verbs occurs 8 times. A party that threatens
    ("Hamas threatened to reignite the war") or a threat with a condition stays a threat."""
    frame = clause.frame
    if not found.code.startswith("13") or frame.verb != "threaten" or not frame.xcomp:
        return False
    if _party_threatens(sentence, clause, actor_heads) or _conditioned(sentence, clause):
        return False
    if frame.xcomp in RISK_VERBS:
        return True
    return frame.xcomp in PROCESS_HARM_VERBS and any(o in PROCESS_NOUNS for o in frame.xcomp_objects)
