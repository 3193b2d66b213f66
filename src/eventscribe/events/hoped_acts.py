"""A hope to act is an intention to act, not an optimistic comment.

CAMEO 013 (make optimistic comment) codes a statement about how a situation will turn out ("Egypt hopes
the talks will succeed", "is hopeful about the peace process"). A subject that "hopes to" do something
("Iran hopes to resume talks with the EU", "the firm hopes to raise sales by 10%", "she hopes to win her
first medal") tells what it means to do: like "intends to" or "plans to", that is the intention of the
act its infinitive names (036 for talks, 0311 for a trade agreement), and no event at all when the
act has no political meaning (raising sales, winning a medal). In the corpora "hope(s/d/ing) to" occurs
328 times, its infinitives mostly "get", "make", "have", "raise", "increase", "sell".

The infinitive's object stands for the act only after a light or renewing verb ("hopes to hold
talks", "to reopen talks"): after any other verb the noun is what the act is about, not the act
("hopes to avoid a war" is no intention of war). A hope to see, witness or find something, or one
whose infinitive has a clause of its own ("hopes to see the talks succeed"), and a hope to avoid,
prevent, end or stop something, are hopes about how things turn out: 013.

The plain attitude rule of ``rules.yaml`` ("hope": 013) reads the clause first; this module re-reads
such a clause when it has an open complement.
"""

from __future__ import annotations

from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.events.intent import intended
from eventscribe.model import Sentence

__all__ = ["hoped_act"]

#: Verbs of hoping whose plain reading is an optimistic comment ("hop": the lemmatiser's reading of
#: "hopes", "hoped", which the classifier reads with its final e restored).
HOPE_VERBS = frozenset({"hope", "hop"})
OPTIMISTIC = "013"
#: The share of the complement's confidence an intention keeps (as clause_codes does for intent verbs).
INTENT_DISCOUNT = 0.9
#: Verbs whose object names the act they do ("hold talks", "reopen talks"); the classifier's own light
#: verbs ("launch", "conduct") it reads itself.
NOUN_ACT_VERBS = frozenset({"have", "hold", "conduct", "resume", "reopen", "renew", "restart", "revive", "open"})
#: Infinitives of a hope about an outcome ("hopes to see a Palestinian state"): 013 stays.
OUTCOME_VERBS = frozenset({"see", "witness", "find"})
#: Infinitives that negate their object ("hopes to avoid a war"): no intention of that object; 013 stays.
NEGATING_VERBS = frozenset({"avoid", "prevent", "end", "stop", "avert", "halt", "forestall"})
#: Dependencies of a clause of the infinitive's own ("to see the talks succeed").
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def _has_own_clause(sentence: Sentence | None, clause: Clause) -> bool:
    """Whether the infinitive of ``clause`` governs a clause ("to see [the talks succeed]")."""
    if sentence is None:
        return False
    for xcomp in (c for c in sentence.children(clause.verb) if c.dep == "xcomp"):
        if any(c.dep in CLAUSE_DEPS for c in sentence.children(xcomp.i)):
            return True
    return False


def hoped_act(
    clause: Clause, found: Classification | None, classifier: VerbClassifier, sentence: Sentence | None = None
) -> Classification | None:
    """``found`` unless ``clause`` hopes to do something: then the intention of that act, or None."""
    frame = clause.frame
    if found is None or found.code != OPTIMISTIC or frame.verb not in HOPE_VERBS or not frame.xcomp:
        return found
    if frame.xcomp in OUTCOME_VERBS or frame.xcomp in NEGATING_VERBS or _has_own_clause(sentence, clause):
        return found  # "hopes to see the talks succeed", "hopes to avoid a war": an optimistic comment
    act = classifier.classify(VerbFrame(verb=frame.xcomp, objects=frame.xcomp_objects))
    if act is None and frame.xcomp_objects and frame.xcomp in NOUN_ACT_VERBS:
        act = classifier.classify_noun(frame.xcomp_objects[0])  # "hopes to hold talks"
    if act is None:
        return None
    code = intended(act.code)
    if code is None:
        return None
    return Classification(code, act.confidence * INTENT_DISCOUNT, f"hope to {act.trigger}")
