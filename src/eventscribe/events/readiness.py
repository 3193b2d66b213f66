"""Stated readiness: "North Korea expressed willingness to resume talks with the South".

CAMEO codes an indicated willingness to act as the intention to do that act (03: "offer, promise,
agree to, or otherwise indicate willingness or commitment to …"): willingness to meet or negotiate
is 036, to mediate 039, to send aid 033. The verb patterns code "expressed willingness" as the plain
intent to cooperate (030); this module reads the act the noun's infinitive names ("willingness to
resume talks"), codes it as the verbs of the coder would, and turns it into its intention (or, for a
hostile act, its threat) with ``intent.intended``. The source is the subject of the expressing verb;
the targets are those of the act ("talks with the South"). Negated and conditional statements, and
those under such a head, give nothing (``find_clauses`` does not yield them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.intent import intended
from eventscribe.events.reality import children_index
from eventscribe.model import Sentence, Token

__all__ = ["EXPRESSING_VERBS", "READINESS_CONFIDENCE", "READINESS_NOUNS", "stated_readiness"]

#: Verbs by which a party makes its readiness known ("signalled its readiness to …").
EXPRESSING_VERBS = frozenset(
    {
        "announce",
        "confirm",
        "declare",
        "express",
        "indicate",
        "reaffirm",
        "reiterate",
        "show",
        "signal",
        "state",
        "voice",
    }
)
#: Nouns of readiness whose infinitive is the act offered.
READINESS_NOUNS = frozenset({"desire", "eagerness", "intention", "readiness", "willingness", "wish"})
#: Above a curated verb pattern's 0.9: the act named is a more specific reading of the same statement
#: than the pattern's plain intent to cooperate, and replaces it in the coder's one-event-per-dyad choice
#: (the coder asks for these first, so that they also win where both scores reach the 0.99 cap).
READINESS_CONFIDENCE = 0.95
#: Mediating (045) offered is the intent to mediate (039: "offer, promise, agree to, or otherwise
#: indicate willingness or commitment to mediate"), not the intent to meet that other 04 acts give.
MEDIATION, MEDIATION_INTENT = "045", "039"


def stated_readiness(
    sentence: Sentence, classify: Callable[[Clause], Classification | None]
) -> Iterator[tuple[Clause, Classification]]:
    """Each stated readiness of ``sentence``: a clause on the act offered, with the expressing verb's
    subjects as sources, and the intention to do the act. ``classify`` codes a verb clause."""
    kids = children_index(sentence)
    for said in find_clauses(sentence):
        verb = sentence.tokens[said.verb]
        if verb.lemma.lower() not in EXPRESSING_VERBS or not said.sources:
            continue
        for noun in (c for c in kids[verb.i] if c.dep == "dobj" and c.lemma.lower() in READINESS_NOUNS):
            act = next((c for c in kids[noun.i] if c.dep == "acl" and c.pos == "VERB" and has_to_aux(kids[c.i])), None)
            if act is None:
                continue
            clause = _act_clause(act, kids, said.sources, (verb.i, noun.i, act.i))
            found = classify(clause)
            code = None if found is None else _intention(found.code)
            if found is not None and code is not None:
                yield clause, Classification(code, READINESS_CONFIDENCE, f"{noun.lemma.lower()} to {found.trigger}")


def _intention(code: str) -> str | None:
    return MEDIATION_INTENT if code.startswith(MEDIATION) else intended(code)


def _act_clause(act: Token, kids: list[list[Token]], sources: tuple[int, ...], trigger: tuple[int, ...]) -> Clause:
    """The clause of the act offered: its verb, its objects and prepositions as a frame; its targets the
    object, then each prepositional object (of the verb, then of the object: "talks with the South")."""
    objects = [c for c in kids[act.i] if c.dep == "dobj"]
    own = _objects_of([c for c in kids[act.i] if c.dep == "prep"], kids)
    frame = VerbFrame(
        verb=act.lemma.lower(),
        objects=tuple(o.lemma.lower() for o in objects),
        preps=tuple((p.text.lower(), o.lemma.lower()) for p, o in own),
    )
    of_objects = _objects_of([p for o in objects for p in kids[o.i] if p.dep == "prep"], kids)
    groups = [tuple(o.i for o in objects)] + [(o.i,) for _, o in own + of_objects]
    return Clause(verb=act.i, frame=frame, sources=sources, targets=tuple(g for g in groups if g), trigger=trigger)


def _objects_of(preps: list[Token], kids: list[list[Token]]) -> list[tuple[Token, Token]]:
    """(preposition, its object) for each preposition that has one."""
    pairs = [(p, next((c for c in kids[p.i] if c.dep == "pobj"), None)) for p in preps]
    return [(p, o) for p, o in pairs if o is not None]
