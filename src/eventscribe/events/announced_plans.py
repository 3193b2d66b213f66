"""Plans made public: "Japan announced plans to send a trade mission to Beijing".

An announcement of a plan to act says what its maker means to do, as "Japan plans to send a trade
mission" does: CAMEO's 03 ("express intent to …": "announcements of plans"). The parse hangs the act
on the plan noun (``announced`` -> ``plans`` -> ``to send``), not on the verb, so the verb would be
read as a bare statement (no event) and the act's parties ("to Beijing") would be lost.
:func:`planned_act` finds the act so that the clause is coded as the plan: the complement of the
verb, its objects and its parties are the act's.

Only the announcing verbs and the nouns of a plan count: "criticised plans to send troops" is a
criticism of someone's plan, and "announced a deal to sell jets" is the deal (the object's own noun).
"""

from __future__ import annotations

from eventscribe.events.infinitive import has_to_aux
from eventscribe.model import Token

__all__ = ["PLAN_ANNOUNCING_VERBS", "PLAN_NOUNS", "is_announced_plan", "planned_act"]

#: Verbs that make a plan public.
PLAN_ANNOUNCING_VERBS = frozenset({"announce", "disclose", "outline", "reveal", "unveil"})
#: Nouns of a plan whose infinitive is the act planned ("plans to send", "its intention to run", "its
#: decision to withdraw").
PLAN_NOUNS = frozenset({"decision", "intention", "plan"})


def planned_act(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The act of a plan that ``verb`` announces ("announced plans [to send] …"), or None."""
    if verb.lemma.lower() not in PLAN_ANNOUNCING_VERBS:
        return None
    for obj in kids[verb.i]:
        if obj.dep != "dobj" or obj.lemma.lower() not in PLAN_NOUNS:
            continue
        for act in kids[obj.i]:
            if act.dep in ("acl", "relcl") and act.pos == "VERB" and has_to_aux(kids[act.i]):
                return act
    return None


def is_announced_plan(verb: str, objects: tuple[str, ...]) -> bool:
    """Whether a frame with lemma ``verb`` and ``objects`` announces a plan (see :func:`planned_act`)."""
    return verb in PLAN_ANNOUNCING_VERBS and bool(objects) and objects[0] in PLAN_NOUNS
