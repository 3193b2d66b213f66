"""Violence done by a suicide or car bomber is a non-military bombing (CAMEO 183): "a suicide car
bomber struck an entrance to the Green Zone", "a suicide bomber killed 10 people". The codebook's 183
is the use of improvised explosives or makeshift bombs; 1831 a suicide bombing, 1832 a car bombing. A
bomber that is a plane ("US bombers struck Taliban positions") is no such doer: only a bomber named
"suicide" or "car" is."""

from __future__ import annotations

from eventscribe.events.arguments import Argument
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence

__all__ = ["bomber_attack"]

#: Heads of the doers of such a bombing.
BOMBER_NOUNS = frozenset({"bomber", "attacker"})
#: Modifiers that make the doer a suicide bomber (1831) or a car bomber (1832).
SUICIDE_WORDS = frozenset({"suicide"})
VEHICLE_WORDS = frozenset({"car", "truck", "lorry", "vehicle"})
SUICIDE_BOMBING, CAR_BOMBING = "1831", "1832"
#: Violent acts a bomber may be told doing: attacks, killings, wounding, destruction (not air strikes,
#: which a bomber named as a person does not do).
VIOLENT_PREFIXES = ("18", "190", "193", "1712")


def bomber_attack(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """The bombing code of a violent act whose doer is named as a suicide or car bomber, else None."""
    if not found.code.startswith(VIOLENT_PREFIXES) or found.code.startswith("183"):
        return None
    head = sentence.tokens[source.head]
    if head.lemma.lower() not in BOMBER_NOUNS:
        return None
    modifiers = {c.lemma.lower() for c in sentence.children(head.i) if c.dep in ("amod", "compound", "nmod")}
    if modifiers & SUICIDE_WORDS:
        code = SUICIDE_BOMBING
    elif modifiers & VEHICLE_WORDS and head.lemma.lower() == "bomber":
        code = CAR_BOMBING
    else:
        return None
    return Classification(code, found.confidence, found.trigger)
