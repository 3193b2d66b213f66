"""A thing that "should" happen, in someone's words, is a forecast, not a demand or an appeal.

"X said Y must <act>" is read as X demanding that Y act (see
:func:`~eventscribe.events.clause_frames.demand_of`); the demand is addressed to Y, the subject of what
must be done. When Y is a thing rather than a party ("The overseas production of Japanese firms should rise
26 pct, a ministry survey said", "Brazil's new economic plan should enable Brazil to renew negotiations,
the minister said", "Malaysia's recovery should receive a boost, economists said"), "should" tells what
the speaker expects, and the party named inside the thing (its owner, "Brazil's"; a party below it,
"of Japanese firms") is addressed by no one. Such an act keeps only the targets that are Y itself or a
name of it ("the Group of Seven industrial countries", "U.S. purchases must increase": the US), so a
forecast is left with none (and :mod:`~eventscribe.events.undirected` drops a demand made to no one).

Demands verbs that say what they are ("demanded that Syria's troops withdraw", "wants Tokyo to ease
restrictions", "urged that the ban be lifted") and statements with a party as Y ("said the government
should guarantee the debts") are untouched.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventscribe.events.arguments import Argument
from eventscribe.events.clause_frames import DEMAND_VERBS, WANTING_VERBS
from eventscribe.events.clauses import Clause
from eventscribe.events.said_it import sayer_conjuncts
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.model import Sentence

__all__ = ["addressed", "foretold_threat", "told_obligation"]

#: The frame verbs :func:`~eventscribe.events.clause_frames.demand_of` gives a reported obligation: a
#: demand ("must") or, advised ("should"), an appeal.
OBLIGATION_FRAME_VERBS = frozenset({"demand", "urge"})


def told_obligation(sentence: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` is a reporting verb whose content says that its subject must or should act
    ("said China must drop barriers"), not a verb of demanding or wanting."""
    if clause.frame.verb not in OBLIGATION_FRAME_VERBS or not clause.targets:
        return False
    lemma = sentence.tokens[clause.verb].lemma.lower()
    return lemma in REPORTING_VERBS and lemma not in DEMAND_VERBS and lemma not in WANTING_VERBS


def addressed(sentence: Sentence, clause: Clause, targets: list[Argument]) -> list[Argument]:
    """The targets of a reported obligation that are its obliged subject itself (see the module); other
    acts' targets unchanged."""
    if not told_obligation(sentence, clause):
        return targets
    obliged = set(clause.targets[0])
    return [t for t in targets if _names_the_subject(sentence, t.head, obliged)]


#: Links by which a word names the phrase it modifies ("U.S. purchases", "the Group of Seven countries"),
#: unlike an owner ("Brazil's plan") or a prepositional phrase ("production of Japanese firms").
NAMING_LINKS = frozenset({"amod", "appos", "compound", "nmod"})


def _names_the_subject(sentence: Sentence, head: int, obliged: set[int]) -> bool:
    """Whether the word at ``head`` is one of the obliged subject's heads or names one of them."""
    tokens = sentence.tokens
    seen: set[int] = set()
    while head not in obliged:
        token = tokens[head]
        if token.dep not in NAMING_LINKS or token.head == head or head in seen:
            return False
        seen.add(head)
        head = token.head
    return True


#: Root of threats: a hostile act still to come, which only its doer can threaten (CAMEO 13).
THREAT_ROOT = "13"


def foretold_threat(
    sentence: Sentence,
    clause: Clause,
    code: str,
    speaker: Argument | None,
    source: Argument,
    found: Mapping[int, Argument],
) -> bool:
    """Whether a hostile act still to come is foretold by a party of another country ("U.S. officials said
    Russia will invade Ukraine"): a forecast of the speaker's, no threat by the doer, who said nothing.
    Intentions to cooperate told by another ("the White House said Netanyahu will visit Washington")
    stay, as news coders code an announced visit, and so does a speaker named by its owner ("Russia
    would veto the resolution, its ambassador said": the doer's own)."""
    if not clause.future or not code.startswith(THREAT_ROOT) or speaker is None or speaker.recalled:
        return False
    if any(c.dep == "poss" and c.pos == "PRON" for c in sentence.children(speaker.head)):
        return False
    # "Russia and China said they would veto it": each speaker's own threat
    countries = {speaker.actor.country} | {
        found[h].actor.country for h in sayer_conjuncts(sentence, speaker.head) if h in found
    }
    return bool(source.actor.country) and source.actor.country not in countries
