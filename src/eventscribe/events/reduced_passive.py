"""Headline passives: "Two soldiers killed in Baghdad blast", "Three aid workers kidnapped in Darfur".

News headlines and many ledes drop the auxiliary of a passive ("[were] killed"), and the parser then
reads the participle as an active past tense whose subject is the doer: "Two people killed and ten
injured as a bomb went off" came out as the people killing someone. A verb that must take an object
in the active (one cannot simply "kill" or "kidnap") and has a subject, but no object, no auxiliary and
no clause of its own, is such a reduced passive: its subject is what underwent the act, and its doer, if
named, is the object of its "by" phrase ("Five policemen wounded by roadside bomb").

:func:`reduced_passive` tells such a verb; :func:`reduced_agents` gives the heads of its "by" phrase. The
clause reader (``clauses._clause``) then reads the clause as a passive, so that an unnamed doer is found
as for "were killed" (``events/unnamed.py``).
"""

from __future__ import annotations

from eventscribe.events.phrases import expand, first_child
from eventscribe.model import Sentence, Token

__all__ = ["OBJECT_VERBS", "passive_complement", "reduced_agents", "reduced_passive"]

#: Verbs of harm and coercion whose active use needs an object: bare, with a subject, they are passives.
OBJECT_VERBS = frozenset(
    {
        "abduct", "arrest", "assassinate", "behead", "capture", "convict", "deport", "detain", "execute",
        "expel", "extradite", "free", "hurt", "imprison", "indict", "injure", "jail", "kidnap", "kill",
        "maim", "massacre", "murder", "oust", "rescue", "sentence", "slay", "wound",
    }
)  # fmt: skip
#: Verbs that need an object unless their complement says what was done: "shot dead", "gunned down",
#: "taken hostage", "held captive". The complement (which the parser may take for an object or particle)
#: makes such a bare verb a reduced passive too.
PHRASAL_VERBS = {
    "beat": (),
    "gun": ("down",),
    "hold": ("captive", "hostage"),
    "shoot": ("dead",),
    "take": ("captive", "hostage", "prisoner"),
}
#: Tags of a participle the parser may take for a past tense.
PAST_TAGS = frozenset({"VBD", "VBN"})
#: Dependents that show the verb active and complete: an auxiliary, an object, a clause, a particle.
ACTIVE_DEPS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt", "attr", "acomp", "expl"})
#: Subjects that, bare before such a verb, still are the doer ("who killed", "which freed").
PRONOUN_TAGS = frozenset({"WP", "WDT", "PRP"})


def reduced_passive(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` is a participle with its auxiliary dropped ("Two soldiers killed in blast")."""
    lemma = verb.lemma.lower()
    if verb.pos != "VERB" or verb.tag not in PAST_TAGS or verb.dep not in ("ROOT", "conj", "ccomp", "parataxis"):
        return False
    children = kids[verb.i]
    if lemma in PHRASAL_VERBS:  # "shot dead", "taken hostage": the complement is no object
        complements = [c for c in children if c.text.lower() in PHRASAL_VERBS[lemma] or _to_death(c, kids)]
        if not complements:
            return False
        children = [c for c in children if c not in complements]
    elif lemma not in OBJECT_VERBS:
        return False
    if any(c.dep in ACTIVE_DEPS for c in children) or _shares_an_object(children, kids):
        return False
    subject = first_child(children, "nsubj")
    if subject is None:  # "Two people killed and ten injured": the second shares the first's voice
        head = sentence.tokens[verb.head]
        return verb.dep == "conj" and head.i != verb.i and reduced_passive(sentence, head, kids)
    return subject.tag not in PRONOUN_TAGS and subject.pos in ("NOUN", "PROPN", "NUM")


def _shares_an_object(children: list[Token], kids: list[list[Token]]) -> bool:
    """ "Police arrested and charged five men": the object hangs on the second verb only, and both are active."""
    return any(c.dep == "conj" and c.pos == "VERB" and first_child(kids[c.i], "dobj") is not None for c in children)


def _to_death(child: Token, kids: list[list[Token]]) -> bool:
    """ "beaten to death": the "to" phrase that completes "beat"."""
    return (
        child.dep == "prep"
        and child.text.lower() == "to"
        and any(c.dep == "pobj" and c.lemma.lower() == "death" for c in kids[child.i])
    )


def reduced_agents(verb: Token, kids: list[list[Token]]) -> list[int]:
    """The heads of a reduced passive's "by" phrase ("wounded by Taliban fighters"), or none."""
    for child in kids[verb.i]:
        if child.dep in ("prep", "agent") and child.text.lower() == "by":
            agent = first_child(kids[child.i], "pobj")
            if agent is not None:
                return expand(agent, kids)
    return []


#: Dependencies the parser gives the complement of a passive "taken hostage", "held captive".
COMPLEMENT_DEPS = frozenset({"oprd", "attr", "xcomp", "dobj", "acomp", "advmod", "npadvmod", "ccomp"})


def passive_complement(verb: Token, kids: list[list[Token]]) -> list[str]:
    """The complement that says what a passive of :data:`PHRASAL_VERBS` did ("were taken hostage",
    "was held captive": ["hostage"]), as the object its active reads with ("took them hostage": 181);
    empty for any other verb or complement ("were taken to hospital")."""
    wanted = PHRASAL_VERBS.get(verb.lemma.lower(), ())
    return [c.lemma.lower() for c in kids[verb.i] if c.dep in COMPLEMENT_DEPS and c.text.lower() in wanted][:1]
