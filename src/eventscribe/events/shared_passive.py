"""A verb coordinated with a passive one and sharing its subject is passive too: "was arrested and
charged with murder", "were tried and sentenced", "was kidnapped and killed", "were found guilty and were
sentenced to prison". The subject of the first verb is the one the second is done to (its target), never
its doer; the parser hangs the shared subject on the first verb only, so the second, read alone, would make
the one arrested the one who charges (and the one kidnapped the killer)."""

from __future__ import annotations

from eventscribe.events.phrases import expand, first_child
from eventscribe.model import Sentence, Token

__all__ = ["shared_patient"]

#: Children that give a coordinated verb a voice or a party of its own ("… and will resign", "… and
#: killed a guard", "… and he was released"): it shares nothing then.
OWN_PARTS = frozenset({"aux", "nsubj", "nsubjpass", "dobj", "csubj", "expl"})


def shared_patient(sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool) -> list[int]:
    """The heads of the patient a coordinated passive verb shares with the passive verb it hangs on
    (empty when it has a subject, an object or an auxiliary of its own, or its head is active)."""
    if verb.dep != "conj" or verb.head == verb.i:
        return []
    own = {c.dep for c in kids[verb.i]}
    head = sentence.tokens[verb.head]
    if own & OWN_PARTS or not any(c.dep == "auxpass" for c in kids[head.i]):
        return []
    if not passive and verb.tag != "VBN":  # "was arrested and confessed": an act of its own
        return []
    if passive and "auxpass" not in own:
        return []
    patient = first_child(kids[head.i], "nsubjpass")
    return expand(patient, kids) if patient is not None else []
