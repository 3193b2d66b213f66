"""Displeasure at a party's act: "Germany was unhappy with the French proposal", "China is angry at
Japan's decision", "Japan said it was disappointed by the American ruling".

The CAMEO codebook's 110 is "express disapprovals, objections, and complaints"; a party that tells of its
anger or disappointment at what another did disapproves of it. The word of displeasure is a predicate
adjective ("is unhappy with") or a passive participle ("was angered by"); the party displeased is its
subject, or, for a pronoun in a statement ("Japan said it was disappointed"), the speaker; the party
disapproved of owns the object of "by", "at", "with", "over" or "about" ("Japan's decision"). Negated,
conditional and possible displeasure ("would be unhappy if") is none, and displeasure at a thing that
names no party ("disappointed with the results") is no event.

The predicate adjectives that ``clauses`` already reads as a stated attitude after "be" ("is
disappointed by", see grammar.yaml) are left to it: rules.yaml codes them 110 with such a preposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventscribe.events.appraisal_parties import Appraisal, negated, owners, speaker
from eventscribe.events.appraisal_words import Lexicon
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.model import Sentence, Token

__all__ = ["DISPLEASURE_CODE", "displeasures"]

DISPLEASURE_CODE = "110"
#: A little under a verb of criticism: the feeling is told, the disapproval read off it.
DISPLEASURE_CONFIDENCE = 0.6
#: Verbs that link a subject to a predicate adjective ("is", "felt", "grew angry").
LINKING_VERBS = frozenset({"be", "feel", "seem", "appear", "become", "grow", "remain"})
#: Prepositions of what the displeasure is at.
CAUSE_PREPS = frozenset({"by", "at", "with", "over", "about"})
#: Marks and modals of a displeasure told as what might be ("would be unhappy if").
HYPOTHETICAL = frozenset({"if", "unless", "whether", "would", "could", "might", "may"})
#: Pronouns that, as the subject of a reported feeling, stand for the speaker ("Japan said it was …").
SPEAKER_STAND_INS = frozenset({"it", "we", "i", "he", "she", "they"})
ATTITUDES = GRAMMAR.attitude_adjectives


def displeasures(sentence: Sentence, is_actor: set[int], lexicon: Lexicon) -> Iterator[Appraisal]:
    """The displeasures at an actor's act told in ``sentence``."""
    for word in sentence.tokens:
        if word.text.lower() not in lexicon.displeasure:
            continue
        anchor = _anchor(sentence, word)
        if anchor is None or _unreal(sentence, word, anchor, lexicon):
            continue
        verb, displeased = _felt_by(sentence, anchor)
        if displeased is None:
            continue
        targets = tuple(
            t for p in _causes(sentence, word) for t in owners(sentence, p.i, is_actor, lexicon) if t != displeased
        )
        if targets:
            yield Appraisal(
                verb.i, displeased, targets, Classification(DISPLEASURE_CODE, DISPLEASURE_CONFIDENCE, word.text)
            )


def _anchor(sentence: Sentence, word: Token) -> Token | None:
    """The verb that tells the feeling of its subject: the linking verb of a predicate adjective ("is
    unhappy with"), or the passive participle itself ("was angered by")."""
    kids = sentence.children(word.i)
    if word.pos in ("VERB", "ADJ") and any(c.dep == "auxpass" for c in kids):
        return word
    head = sentence.tokens[word.head]
    if word.dep != "acomp" or head.lemma.lower() not in LINKING_VERBS:
        return None
    if head.lemma.lower() == "be" and word.lemma.lower() in ATTITUDES:
        return None  # "is disappointed by": a stated attitude, coded by clauses and rules.yaml
    return head


def _unreal(sentence: Sentence, word: Token, anchor: Token, lexicon: Lexicon) -> bool:
    if negated(sentence, word, lexicon) or negated(sentence, anchor, lexicon):
        return True
    return any(c.dep in ("mark", "aux") and c.text.lower() in HYPOTHETICAL for c in sentence.children(anchor.i))


def _felt_by(sentence: Sentence, anchor: Token) -> tuple[Token, int | None]:
    """The verb a clause is built on and the party displeased: the feeling's subject, or the speaker of
    a statement whose content the feeling is ("Japan said it was disappointed")."""
    subject = next((c for c in sentence.children(anchor.i) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return anchor, None
    head = sentence.tokens[anchor.head]
    if (
        subject.pos == "PRON"
        and subject.text.lower() in SPEAKER_STAND_INS
        and anchor.dep == "ccomp"
        and head.lemma.lower() in REPORTING_VERBS
    ):
        judge = speaker(sentence, head)
        if judge is not None:
            return head, judge
    return anchor, subject.i


def _causes(sentence: Sentence, word: Token) -> list[Token]:
    """The objects of the feeling's prepositions ("at Japan's decision", "by the ruling")."""
    preps = [c for c in sentence.children(word.i) if c.dep in ("prep", "agent") and c.text.lower() in CAUSE_PREPS]
    return [p for prep in preps for p in sentence.children(prep.i) if p.dep == "pobj"]
