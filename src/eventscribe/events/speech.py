"""Reported speech: who says that an event happened.

"The US claimed that ISIL had attacked Iraq" is coded, as PETRARCH does, as what the statement does:
the US accuses ISIL (112). This holds for violence (roots 18-20) told by a state or armed actor about
another side. The embedded event is kept when the speaker reports on its own side ("the U.S. Central
Command said" of a US strike), when the speaker is a monitor (an international or non-governmental
organisation, the media: "Human Rights Watch said"), the police ("police said"), or not a political actor at all ("his lawyer said").
"""

from __future__ import annotations

from eventscribe.actors.codes import is_international_body
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence

__all__ = [
    "ACCUSATION_CODE",
    "CLAIM_CODE",
    "CLAIMING_VERBS",
    "ACCUSED_ROOTS",
    "ANNOUNCING_VERBS",
    "REPORTING_VERBS",
    "is_monitor",
    "reporting_verb",
    "speaker_heads",
]

REPORTING_VERBS = GRAMMAR.reporting_verbs
#: Verbs after which "would" is the future seen from the past ("Israel announced it would free
#: prisoners"), not a hypothetical. Verbs of belief ("estimates it would") are not among them.
ANNOUNCING_VERBS = GRAMMAR.announcing_verbs
#: Embedded events of these roots, told by another side, are accusations by the speaker.
ACCUSED_ROOTS = frozenset({"18", "19", "20"})
#: Speakers who report rather than accuse: international and non-governmental organisations, media,
#: and the police, whom news cites for what happened ("after five days of fighting, Thai police said").
MONITOR_SECTORS = frozenset({"MED", "NGO", "HRI", "IGO", "COP"})
ACCUSATION_CODE = "112"
#: Verbs by which a speaker owns up to an act: "the US claimed that they had attacked Iraq" claims
#: responsibility for the attack (CAMEO 015), as PETRARCH codes it.
CLAIMING_VERBS = frozenset({"acknowledge", "admit", "claim", "confess"})
CLAIM_CODE = "015"


def _reporting_head(sentence: Sentence, verb: int) -> int | None:
    """The token of the reporting verb that ``verb``'s clause is the content of, or None."""
    tokens = sentence.tokens
    token = tokens[verb]
    seen: set[int] = set()
    while token.dep in ("ccomp", "conj", "xcomp", "acomp") and token.head != token.i and token.i not in seen:
        seen.add(token.i)
        head = tokens[token.head]
        if token.dep == "ccomp" and head.lemma.lower() in REPORTING_VERBS | CLAIMING_VERBS:
            return head.i
        token = head
    return None


def speaker_heads(sentence: Sentence, verb: int) -> tuple[int, ...]:
    """The subject heads of the reporting verb that ``verb``'s clause is the content of, or ()."""
    head = _reporting_head(sentence, verb)
    if head is None:
        return ()
    return tuple(c.i for c in sentence.children(head) if c.dep in ("nsubj", "nsubjpass"))


def reporting_verb(sentence: Sentence, verb: int) -> str:
    """The lemma of the reporting verb that ``verb``'s clause is the content of, or ""."""
    head = _reporting_head(sentence, verb)
    return "" if head is None else sentence.tokens[head].lemma.lower()


def is_monitor(code: str, sectors: tuple[str, ...]) -> bool:
    """Whether a speaker reports events rather than takes sides (IGOs, NGOs, the media)."""
    return is_international_body(code) or bool(MONITOR_SECTORS & set(sectors))
