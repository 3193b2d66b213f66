"""Acts told from their receiving end: "Israel drew condemnation from Turkey", "the minister won praise
from Pakistan", "Iran received a warning from the United States", "Germany came under fire from Greece".

The subject of a verb of receiving is the *target* of the act that its object noun names; the doer is the
party the act comes "from" (or the noun's "of" party: "won the backing of France"). Read the usual way,
subject as source, such a clause codes the act backwards ("Israel condemned Turkey").

- ``receiving_verbs`` (grammar.yaml: attract, draw, face, incur): their subject never does the act, so with
  no party named ("the plan drew criticism") the doer is unknown and the clause keeps no source;
- ``gaining_verbs`` (earn, gain, garner, get, receive, win): their object is not always an act done to the
  subject ("received the delegation" is a host's act, "won the election" none), so they are read this way
  only when a "from" (or "of") party is named and their object is one of the event nouns of rules.yaml
  ("received a warning from", not "received ministers from the government");
- "come under" ("came under attack from rebels"): the same, the act being the object of the preposition;
  the verb's own frame is kept ("come under fire" is criticism in rules.yaml).

The act is framed as its event noun with the light verb of event nouns (``LIGHT_FRAME_VERB``), so that the
nouns of rules.yaml code it ("launch" + "condemnation" gives 111, + "warning" 130, + "visit" 042).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventscribe.events.classify import classify_noun
from eventscribe.events.frame import LIGHT_FRAME_VERB, VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import expand, first_child, noun_lemmas
from eventscribe.model import Token

__all__ = ["Received", "received_act", "receiving_parties"]

RECEIVING_VERBS = GRAMMAR.receiving_verbs
GAINING_VERBS = GRAMMAR.gaining_verbs
#: Verbs whose preposition's object is the act received ("came under attack"); not "meet with", whose
#: object is as often a party met ("met with the Israeli president").
RECEIVING_PREPS = {"come": "under"}


@dataclass(frozen=True, slots=True)
class Received:
    """An act told from its receiving end: its frame, its doers' heads (possibly none) and its noun."""

    frame: VerbFrame
    givers: tuple[int, ...]
    noun: int


def received_act(verb: Token, kids: list[list[Token]], frame: VerbFrame) -> Received | None:
    """The act that the subject of ``verb`` receives, or None when ``verb`` is no verb of receiving.
    ``frame`` is the verb's own frame, kept for "come under"."""
    lemma = verb.lemma.lower()
    if frame.passive or frame.particle:  # "drew up a plan", "got out of the deal": no act received
        return None
    if lemma in RECEIVING_VERBS or lemma in GAINING_VERBS:
        noun = first_child(kids[verb.i], "dobj")
    elif lemma in RECEIVING_PREPS:
        prep = next((c for c in kids[verb.i] if c.dep == "prep" and c.text.lower() == RECEIVING_PREPS[lemma]), None)
        noun = first_child(kids[prep.i], "pobj") if prep is not None else None
    else:
        return None
    if noun is None or noun.pos != "NOUN":
        return None
    giver = _giver(verb, noun, kids)
    if lemma in GAINING_VERBS and (giver is None or classify_noun(noun.lemma) is None):
        return None  # "received ministers from the government" is a host's act, not one of the government
    if lemma not in RECEIVING_PREPS:
        preps = tuple(p for p in frame.preps if p[0] != "from")
        frame = VerbFrame(verb=LIGHT_FRAME_VERB, objects=tuple(noun_lemmas(noun, kids)), preps=preps)
    return Received(frame=frame, givers=tuple(expand(giver, kids)), noun=noun.i)


def _giver(verb: Token, noun: Token, kids: list[list[Token]]) -> Token | None:
    """The party an act comes from: a "from" phrase of the verb or of the noun ("drew condemnation from
    Turkey"), or the noun's "of" phrase ("won the backing of France")."""
    for head, word in ((verb, "from"), (noun, "from"), (noun, "of")):
        prep = next((c for c in kids[head.i] if c.dep == "prep" and c.text.lower() == word), None)
        pobj = first_child(kids[prep.i], "pobj") if prep is not None else None
        if pobj is not None and (word == "from" or pobj.pos == "PROPN" or pobj.ent_type in ("GPE", "NORP", "ORG")):
            return pobj
    return None


def receiving_parties(verb: Token, subjects: tuple[int, ...], kids: list[list[Token]]) -> tuple[int, ...]:
    """The heads of who receives the act: the subject's, even where the parse gave it the giver ("Israel's
    raid on Gaza drew condemnation from the UN": the raid, whose owner the coder takes for the target)."""
    subject = first_child(kids[verb.i], "nsubj")
    return (*subjects, subject.i) if subject is not None and subject.i not in subjects else subjects
