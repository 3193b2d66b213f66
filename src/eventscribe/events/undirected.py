"""Acts that are events only when done to someone, told with no one they are done to.

CAMEO codes interactions between actors. Some of its acts are directed by nature: an appeal (02) or a
demand (10) is made to someone, aid (07) is given to someone, an investigation (09) looks into someone's
doing, a threat (13), a cut in relations (16) or coercion (17) falls on someone. Told with no addressee
("Senior officials are calling for a total ban on landmines", "the Finance Ministry asked trust banks to
…" with the banks no political actor, "the government still bans direct share ownership"), such an act
names no second party, and in the hand-coded news almost none of them is an event (4 right of 58).

Two acts with no other party are no interaction whatever their code: a resignation ("Brazilian Planning
Minister Joao Sayad resigned", "Nakasone will step down"), a change of one's own post; and an effort,
campaign or programme launched with no one it is aimed at ("India launches a food-for-work programme",
"Democrats are stepping up efforts to organize the religious left").

Acts that stand without a target stay: statements and comments (01, "declined to comment"), intent to
cooperate (03, "pledged to end all violence"), protests (14, "called a strike"), force postures (15),
and violence (18 to 20, "a bomb exploded, killing 12", whose victims may go unnamed).
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
