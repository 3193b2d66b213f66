"""Violence whose doer is not named: "two journalists were shot dead in Mogadishu", "a roadside bomb
killed two policemen in Mosul".

CAMEO codes such an act with an unidentified armed force of the country where it happened as its source
(UAF: "a roadside bombing near Samarra killed a U.S. soldier" is IRQUAF 18 USAMIL). A clause qualifies
when it is an assault or killing (roots 18-19), its doer is unnamed (a passive with no agent that names
an actor, or a weapon or attack noun as subject with no user named), and the act is violence by its
verb ("shot", "kidnapped") or by its cause ("killed in a bombing", "wounded by gunfire"), not an accident
("killed in a car crash") or a disaster. With no place named, nothing is coded: the doer's country is
the place's, not the victims'.
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence

__all__ = ["UNNAMED_ROOTS", "UNNAMED_SECTOR", "unnamed_attack"]

#: Roots of assaults and killings whose unnamed doer is coded (not fighting, which has two sides).
UNNAMED_ROOTS = frozenset({"18", "19"})
#: The sector code of an unidentified armed force.
UNNAMED_SECTOR = "UAF"
VIOLENT_VERBS = GRAMMAR.violent_verbs
#: Weapons and attacks that may be the subject of their harm ("a roadside bomb killed", not "a strike hit").
WEAPONS = GRAMMAR.weapon_nouns | GRAMMAR.attack_nouns
#: Verbs of harm that are violence only by their cause ("killed in a bombing", not "in a car crash").
HARM_VERBS = frozenset({"die", "hurt", "injure", "kill", "maim", "wound"})
#: What makes a killing violence: its cause is an attack, a weapon or gunfire.
CAUSES = GRAMMAR.violence_causes | GRAMMAR.attack_nouns | GRAMMAR.weapon_nouns


def unnamed_attack(sentence: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` tells violence by a doer it does not name (see the module)."""
    if clause.occurred:
        return False
    tokens = sentence.tokens
    verb = tokens[clause.verb]
    weapon_subject = any(tokens[i].dep == "nsubj" and tokens[i].lemma.lower() in WEAPONS for i in clause.sources)
    if not (clause.frame.passive or weapon_subject):
        return False
    if weapon_subject or verb.lemma.lower() in VIOLENT_VERBS:
        return True
    if verb.lemma.lower() not in HARM_VERBS:
        return False  # "a guard involved in a shooting" tells no attack of its own
    # "killed in a roadside bombing", "wounded by a car bomb", "died in an explosion"
    for prep in sentence.children(verb.i):
        if prep.dep in ("prep", "agent") and prep.text.lower() in ("in", "by", "during", "after"):
            if any(p.dep == "pobj" and _is_cause(p.lemma) for p in sentence.children(prep.i)):
                return True
    return False


def _is_cause(lemma: str) -> bool:
    word = lemma.lower()
    return word in CAUSES or word.endswith("bombing")
