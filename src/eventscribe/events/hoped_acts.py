"""A hope to act is an intention to act, not an optimistic comment.

CAMEO 013 (make optimistic comment) codes a statement about how a situation will turn out ("Egypt hopes
the talks will succeed", "is hopeful about the peace process"). A subject that "hopes to" do something
("Iran hopes to resume talks with the EU", "the firm hopes to raise sales by 10%", "she hopes to win her
first medal") tells what it means to do: like "intends to" or "plans to", that is the intention of the
act its infinitive names (036 for talks, 0311 for a trade agreement), and no event at all when the
act has no political meaning (raising sales, winning a medal). In the corpora "hope(s/d/ing) to" occurs
328 times, its infinitives mostly "get", "make", "have", "raise", "increase", "sell".

The plain attitude rule of ``rules.yaml`` ("hope": 013) reads the clause first; this module re-reads
such a clause when it has an open complement.
"""

from __future__ import annotations

from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.events.intent import intended

__all__ = ["hoped_act"]

#: Verbs of hoping whose plain reading is an optimistic comment ("hop": the lemmatiser's reading of
#: "hopes", "hoped", which the classifier reads with its final e restored).
HOPE_VERBS = frozenset({"hope", "hop"})
OPTIMISTIC = "013"
#: The share of the complement's confidence an intention keeps (as clause_codes does for intent verbs).
INTENT_DISCOUNT = 0.9


def hoped_act(clause: Clause, found: Classification | None, classifier: VerbClassifier) -> Classification | None:
    """``found`` unless ``clause`` hopes to do something: then the intention of that act, or None."""
    frame = clause.frame
    if found is None or found.code != OPTIMISTIC or frame.verb not in HOPE_VERBS or not frame.xcomp:
        return found
    act = classifier.classify(VerbFrame(verb=frame.xcomp, objects=frame.xcomp_objects))
    if act is None and frame.xcomp_objects:
        act = classifier.classify_noun(frame.xcomp_objects[0])  # "hopes to hold talks"
    if act is None:
        return None
    code = intended(act.code)
    if code is None:
        return None
    return Classification(code, act.confidence * INTENT_DISCOUNT, f"hope to {act.trigger}")
