"""Acts that are events only when made to someone, told with no one they are made to.

CAMEO codes interactions between actors. An appeal (02) or a demand (10) is made to someone, and a cut in
relations (16) is made with someone. Told with no addressee ("Senior officials are calling for a total
ban on landmines", "the Finance Ministry asked trust banks to ..." with the banks no political actor),
such an act names no second party, and in the hand-coded news almost none is an event (4 right of 40).

Two acts with no other party are no interaction whatever their code: a resignation only announced
("Nakasone will step down", CAMEO 034, an intention offered to no one), and an effort, campaign or
programme launched with no one it is aimed at ("India launches a food-for-work programme", "Democrats are
stepping up efforts to organize the religious left").

Acts that stand without a target stay: statements and comments (01, "declined to comment"), intent to
cooperate (03, "pledged to end all violence"), threats, arrests, aid and inquiries whose party goes
unnamed (13, 17, 07, 09: "unions threatened a general strike", "police arrested ten suspects"), a
resignation told as done (it may yield to a demand, "resigned after mass protests"), protests (14), force
postures (15), and violence (18 to 20, "a bomb exploded, killing 12", whose victims may go unnamed).
"""

from __future__ import annotations

from eventscribe.model import Event

__all__ = ["DIRECTED_ROOTS", "undirected"]

#: Roots of acts made to another party: appeal, demand, reduce relations.
DIRECTED_ROOTS = frozenset({"02", "10", "16"})
#: Roots that stand without another party even when the pattern names an effort ("launched a campaign of
#: strikes", "stepped up attacks"): protests and violence.
STANDALONE_ROOTS = frozenset({"14", "18", "19", "20"})
#: Words of a pattern that leave one's own post.
LEAVING_WORDS = frozenset({"resign", "quit", "abdicate"})
LEAVING_PHRASES = ("step down", "stand down")
#: Codes of a stated intention to yield, to resign among others (CAMEO 034).
INTENT_TO_YIELD = "034"
#: Objects of a pattern that name an undertaking rather than an act on someone.
UNDERTAKING_NOUNS = frozenset({"bid", "campaign", "drive", "effort", "initiative", "program", "programme"})


def undirected(event: Event) -> bool:
    """Whether ``event`` has no target and is an act that is an event only when done to someone."""
    if event.target is not None:
        return False
    if event.cameo.root in DIRECTED_ROOTS:
        return True
    rule = str(event.extra.get("rule", "")).lower()
    words = set(rule.split())
    leaving = words & LEAVING_WORDS or any(phrase in rule for phrase in LEAVING_PHRASES)
    if leaving and event.cameo.code.startswith(INTENT_TO_YIELD):
        return True
    return bool(words & UNDERTAKING_NOUNS) and event.cameo.root not in STANDALONE_ROOTS
