"""Whom an investigation is into, when what it looks into is a deed: "police are investigating an alleged
fraud by the trading house", "regulators opened an inquiry into the bank's lending".

CAMEO 09 ("investigate": 091 crime and corruption, 092 human rights abuses, 093 military action, 094 war
crimes) is coded on the one investigated. News often names the deed looked into rather than its doer;
the doer is then the owner of that deed, its possessor or its "by" agent, as for a grievance (see
:meth:`~eventscribe.events.arguments.SentenceActors.owners`). An investigation whose object is itself an
actor ("investigating the minister") keeps it, and an owner that is the investigator is none. The
codebook says so for 092-094: "alleged or potential perpetrators should be coded as targets" (its
example for 094: "Croatia is investigating alleged war crimes by Croatian extremists").
"""

from __future__ import annotations

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification

__all__ = ["INVESTIGATION_ROOT", "investigated"]

#: The CAMEO root of investigations.
INVESTIGATION_ROOT = "09"


def investigated(clause: Clause, found: Classification, actors: SentenceActors, source: Argument) -> list[Argument]:
    """The owner of the deed an investigation looks into (empty for other acts, or when none is named)."""
    if found.code[:2] != INVESTIGATION_ROOT:
        return []
    heads = tuple(head for group in clause.targets for head in group)
    return actors.owners(heads, source)
