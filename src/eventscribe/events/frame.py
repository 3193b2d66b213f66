"""The verb frame: what the event extractor hands the CAMEO classifier.

The extractor reads a clause off the dependency parse and reduces it to lemmas, so that the classifier
never sees the parse itself. Example: "Mashaal sent a letter to Rouhani, calling on him to join the
struggle" gives two frames::

    VerbFrame(verb="send", objects=("letter",), preps=(("to", "rouhani"),))
    VerbFrame(verb="call", particle="", preps=(("on", "he"),), xcomp="join", xcomp_objects=("struggle",))
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LIGHT_FRAME_VERB", "Classification", "VerbFrame"]

#: The light verb that frames an event noun for the classifier ("launch" + "air strike" -> 195).
LIGHT_FRAME_VERB = "launch"


@dataclass(frozen=True, slots=True)
class VerbFrame:
    """A clause reduced to lower-case lemmas.

    - ``verb``: the lemma of the clause's main verb ("attack"); for a light verb with a noun ("launch an
      attack"), still the verb ("launch"), with the noun in ``objects``.
    - ``particle``: a phrasal-verb particle ("down" in "crack down"), or "".
    - ``objects``: the direct object's head lemma first, then its modifiers (compounds and adjectives).
    - ``preps``: (preposition, head lemma of its object) pairs attached to the verb, in order.
    - ``xcomp``: the lemma of an open clausal complement ("join" in "calling on him to join"), or "".
    - ``xcomp_objects``: the direct-object lemmas of that complement.
    - ``passive``: the clause is in the passive voice.
    """

    verb: str
    particle: str = ""
    objects: tuple[str, ...] = ()
    preps: tuple[tuple[str, str], ...] = ()
    xcomp: str = ""
    xcomp_objects: tuple[str, ...] = ()
    passive: bool = False


@dataclass(frozen=True, slots=True)
class Classification:
    """A CAMEO code chosen for a frame, how sure the classifier is (0..1) and which words triggered it."""

    code: str
    confidence: float
    trigger: str
