"""Comment withheld: "the ministry would not comment on the report" (CAMEO 011).

The codebook's 011 is to "explicitly decline or refuse to comment on a situation"; the verb patterns
code "declined to comment" and "refused to comment". News also tells the refusal with a negated
"would" ("would not comment", "would not say whether …", "will not elaborate"): a choice not to
speak, unlike "did not comment" (which may be no more than silence) and unlike a comment denied
under a condition ("would not comment if …"). The speaker is the source; the target is an actor the
comment would have been about ("on the Ukrainian offer"), or none.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventscribe.events.clause_parts import conditioned
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.reality import children_index
from eventscribe.model import Sentence, Token

__all__ = ["DECLINED_COMMENT", "WITHHELD_VERBS", "withheld_comments"]

DECLINED_COMMENT = "011"
#: Verbs of speaking whose negated "would" withholds a comment.
WITHHELD_VERBS = frozenset(
    {"comment", "confirm", "disclose", "elaborate", "say", "speculate"}
)  # not "discuss": a refusal to negotiate
#: Auxiliaries of a refusal ("would not", "will not"), as opposed to a plain past ("did not").
REFUSING_AUX = frozenset({"will", "would"})
#: Prepositions naming what the comment would be about.
ABOUT_PREPS = frozenset({"about", "on", "over", "regarding"})
#: Subordinators of a content that says what is withheld ("would not say whether …").
OPEN_MARKS = frozenset({"whether", "if"})
#: The dependencies of a clause told in its own right (not a condition, a purpose or a relative clause).
TOLD_DEPS = frozenset({"ROOT", "ccomp", "conj"})
CONFIDENCE = 0.6


def withheld_comments(
    sentence: Sentence, is_actor: set[int]
) -> Iterator[tuple[int, int, tuple[int, ...], Classification]]:
    """(verb, speaker head, heads of the actors the comment is about, 011) for each withheld comment."""
    if sentence.is_question():
        return
    kids = children_index(sentence)
    for verb in sentence.tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in WITHHELD_VERBS or not _refused(verb, kids):
            continue
        speaker = next((c.i for c in kids[verb.i] if c.dep == "nsubj"), None)
        if speaker is None or (verb.lemma.lower() == "say" and not _open_question(verb, kids)):
            continue
        about = [o for p in kids[verb.i] if p.dep == "prep" and p.text.lower() in ABOUT_PREPS for o in kids[p.i]]
        targets = tuple(t.i for o in about for t in sentence.subtree(o.i) if t.i in is_actor and t.i != speaker)
        yield verb.i, speaker, targets, Classification(DECLINED_COMMENT, CONFIDENCE, verb.lemma.lower())


def _refused(verb: Token, kids: list[list[Token]]) -> bool:
    """ "would not comment": negated, with an auxiliary of refusal, told in its own right."""
    children = kids[verb.i]
    return (
        verb.dep in TOLD_DEPS
        and any(c.dep == "neg" for c in children)
        and any(c.dep == "aux" and c.lemma.lower() in REFUSING_AUX for c in children)
        and not any(c.dep == "mark" and c.lemma.lower() in GRAMMAR.conditional_marks for c in children)
        and not conditioned(verb, kids)
    )


def _open_question(verb: Token, kids: list[list[Token]]) -> bool:
    """ "would not say whether …", "would not say who …", or "would not say" alone: what is withheld.
    "would not say that …" tells something and is no refusal."""
    contents = [c for c in kids[verb.i] if c.dep == "ccomp"]
    if not contents:
        return not any(c.dep == "dobj" for c in kids[verb.i])
    return any(
        any(g.dep == "mark" and g.lemma.lower() in OPEN_MARKS for g in kids[c.i])
        or any(g.tag in ("WDT", "WP", "WRB") for g in kids[c.i])
        for c in contents
    )
