"""The order in which the coder reads a sentence's verb clauses: each verb before the participles and
infinitives told ahead of it.

A participle or infinitive with no subject of its own, hung on another verb, tells more of that verb's
act: its result ("..., killing 20 people"), its aim ("..., demanding the president's resignation") or its
purpose ("... to press their demands"); the coder folds it into the act once that act is coded. News
also puts such a clause first ("Demanding the president's resignation, thousands marched in Cairo",
"Killing 20 people, rebels shelled the town"), so the coder reads the clauses in sentence order except
that one told before the verb it hangs on waits until that verb has been read.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventscribe.events.clauses import Clause
from eventscribe.model import Sentence, Token

__all__ = ["heads_first"]

#: Dependencies by which a participle or infinitive hangs on a verb, directly or through a preposition
#: ("In demanding reforms, protesters marched").
HANGING_DEPS = frozenset({"advcl", "pcomp", "prep", "xcomp"})
#: Tags of the participle and the bare infinitive.
NONFINITE_TAGS = frozenset({"VBG", "VB"})
#: How far up from the clause's verb its governing verb may be.
MAX_STEPS = 3


def heads_first(sentence: Sentence, clauses: Iterable[Clause]) -> list[Clause]:
    """``clauses`` in sentence order, with each one told before the verb it hangs on moved after the
    others (the order among the moved ones kept)."""
    return sorted(clauses, key=lambda clause: _told_before_its_verb(sentence, sentence.tokens[clause.verb]))


def _told_before_its_verb(sentence: Sentence, verb: Token) -> bool:
    if verb.tag not in NONFINITE_TAGS:
        return False
    governor = _governing_verb(sentence, verb)
    return governor is not None and verb.i < governor.i


def _governing_verb(sentence: Sentence, verb: Token) -> Token | None:
    token = verb
    for _ in range(MAX_STEPS):
        if token.dep not in HANGING_DEPS or token.head == token.i:
            return None
        token = sentence.tokens[token.head]
        if token.pos in ("VERB", "AUX"):
            return token
    return None
