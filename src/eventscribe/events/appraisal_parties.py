"""Who judges whom in an appraisal: the speaker of a statement, the parties a judged noun names, and
the negation of a word; shared by ``appraisals`` and ``displeasure``.

A judged noun names its parties: itself when it is an actor, its owner ("Mr Campbell's return", "Labour
poster plans"), the party of an "of" or "by" phrase ("the ambition of Mr Blair", "neglect by its
allies"). The noun of an act done to a party is different: its "of" phrase names the party the act is
done to ("the detention of the activists", "the defeat of his party", "the boycott of parliament"), so
the doer, the party judged, is only its owner or its "by" phrase ("the arrest of the journalist by
police" blames the police).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventscribe.events.appraisal_words import Lexicon
from eventscribe.events.classify import classify_noun
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence, Token

__all__ = ["Appraisal", "done_to", "may_be_actor", "negated", "owners", "speaker"]

OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Pronoun speakers resolved by the coder to an earlier mention (a first person is the article's source).
SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
#: Roots of the event nouns that are acts done to a party: coerce, assault, fight, mass violence.
PATIENT_ROOTS = frozenset({"17", "18", "19", "20"})


@dataclass(frozen=True, slots=True)
class Appraisal:
    """A statement's judgement: who judges (``speaker``, a token index), the heads of the parties
    judged (``targets``), the act (``found``) and the clause verb it hangs on (``verb``)."""

    verb: int
    speaker: int
    targets: tuple[int, ...]
    found: Classification


def negated(sentence: Sentence, token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is negated ("was not a mistake", "no failure")."""
    return any(
        c.dep in ("neg", "det", "advmod") and c.lemma.lower() in lexicon.negators for c in sentence.children(token.i)
    )


def may_be_actor(sentence: Sentence, head: int, is_actor: set[int]) -> bool:
    """An actor, or a personal pronoun that the coder may resolve to one ("He said …")."""
    token = sentence.tokens[head]
    return head in is_actor or (token.pos == "PRON" and token.text.lower() in SPEAKER_PRONOUNS)


def speaker(sentence: Sentence, verb: Token) -> int | None:
    """The subject of ``verb``, or of the verb it is coordinated with ("stopped short … but did say")."""
    seen: set[int] = set()
    while verb.i not in seen:
        seen.add(verb.i)
        subject = next((c.i for c in sentence.children(verb.i) if c.dep == "nsubj"), None)
        if subject is not None or verb.dep != "conj" or verb.head == verb.i:
            return subject
        verb = sentence.tokens[verb.head]
    return None


def done_to(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is the noun of an act whose "of" phrase is the party it is done to."""
    if token.pos != "NOUN":
        return False
    lemma = token.lemma.lower()
    if lemma in lexicon.patient_nouns:
        return True
    found = classify_noun(lemma)
    return found is not None and found.code[:2] in PATIENT_ROOTS


def owners(sentence: Sentence, head: int, is_actor: set[int], lexicon: Lexicon) -> list[int]:
    """``head`` when it is an actor, else the actors that own it, over conjuncts and compounds."""
    found: list[int] = []
    stack, seen = [head], set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        if i in is_actor:
            found.append(i)
            stack.extend(c.i for c in sentence.children(i) if c.dep == "conj")  # "Mr Blair and Mr Brown"
            continue
        for child in sentence.children(i):
            if child.dep in OWNER_DEPS or child.dep == "conj" or _leading_party(sentence, i, child):
                stack.append(child.i)
            elif child.dep in ("prep", "agent") and _doer_prep(sentence.tokens[i], child, lexicon):
                stack.extend(c.i for c in sentence.children(child.i) if c.dep == "pobj")
    return sorted(found)


def _doer_prep(noun: Token, prep: Token, lexicon: Lexicon) -> bool:
    """ "by" names a doer; "of" does, unless ``noun`` is an act done to the party it names."""
    word = prep.text.lower()
    return word == "by" or (word == "of" and not done_to(noun, lexicon))


def _leading_party(sentence: Sentence, head: int, child: Token) -> bool:
    """ "the US-led war", "Syrian-backed militias": the party before a participle that modifies a noun
    leads or backs what the noun names (parsed as a noun-phrase adverbial of the participle)."""
    participle = sentence.tokens[head]
    return child.dep == "npadvmod" and participle.dep == "amod" and participle.tag == "VBN"
