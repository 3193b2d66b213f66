"""Who a pronoun refers to inside one sentence, read from the grammar alone."""

from __future__ import annotations

from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.model import Sentence

__all__ = ["sayer_head"]

#: Pronouns that, as the subject of what someone says, refer to the one who says it.
SAYER_PRONOUNS = frozenset({"he", "she", "i", "we"})


def sayer_head(sentence: Sentence, pronoun: int, *, pronouns: frozenset[str] = SAYER_PRONOUNS) -> int | None:
    """The subject head of the reporting verb whose content clause ``pronoun`` is the subject of:
    "Katsav refused to meet King Abdullah, saying he would only welcome him in Jerusalem" (Katsav, the
    subject that "saying" takes from "refused"), not the person named last. None when the saying has an
    addressee ("told Obama he should …": "he" may be Obama), or the sayer is itself a pronoun ("she said
    he …")."""
    tokens = sentence.tokens
    token = tokens[pronoun]
    if token.text.lower() not in pronouns or token.dep != "nsubj":
        return None
    said = tokens[token.head]
    verb = tokens[said.head]
    if said.dep != "ccomp" or verb.i == said.i or verb.lemma.lower() not in REPORTING_VERBS:
        return None
    children = sentence.children(verb.i)
    if any(c.dep in ("dobj", "dative") for c in children):
        return None
    subjects = [c.i for c in children if c.dep == "nsubj"] or _inherited_subjects(sentence, verb.i)
    if len(subjects) != 1 or tokens[subjects[0]].pos == "PRON":
        return None
    return subjects[0]


def _inherited_subjects(sentence: Sentence, verb: int) -> list[int]:
    """The subject a subject-less participle takes from the clause it hangs on ("…, saying")."""
    token = sentence.tokens[verb]
    if token.dep not in ("advcl", "conj", "xcomp") or token.head == token.i:
        return []
    return [c.i for c in sentence.children(token.head) if c.dep == "nsubj"]
