"""Trips told by a verb of arriving or travelling: "arrived in Paris from Cairo", "flew to Seoul from
Beijing", "is heading for Baghdad".

The target of such a visit (CAMEO 042) is where the traveller arrives, never where the trip began: the
parse gives "from Cairo" the same footing as "in Paris", and the generic order of target prepositions
(``target_preps``, which puts "from" before "in" for acts done "from" a party) would make the visit one
to Cairo. For these verbs the place of arrival comes first and the place of departure is no target.
"""

from __future__ import annotations

from eventscribe.events.clause_arguments import prep_targets
from eventscribe.model import Token

__all__ = ["ARRIVAL_VERBS", "arrival_groups"]

#: Verbs of arriving and travelling whose destination is a visit's target.
ARRIVAL_VERBS = frozenset({"arrive", "come", "fly", "head", "journey", "land", "travel"})
#: Prepositions of the place arrived in or travelled to, in order of preference.
DESTINATION_PREPS = ("to", "in", "at", "into", "for")
#: Prepositions of where the trip began or passed: never the target of the trip.
ORIGIN_PREPS = frozenset({"from", "via", "through"})


def arrival_groups(verb: Token, kids: list[list[Token]]) -> list[tuple[int, ...]] | None:
    """The candidate target groups of a verb of arriving (destination first, no place of departure),
    or None when ``verb`` is no such verb (its prepositions are read the generic way)."""
    if verb.lemma.lower() not in ARRIVAL_VERBS:
        return None
    return prep_targets(verb, kids, first=DESTINATION_PREPS, skip=ORIGIN_PREPS)
