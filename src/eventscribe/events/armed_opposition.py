"""Named armed men of a known nation are that nation's armed opposition (REB), not unaffiliated (UAF).

The Phoenix agents dictionary codes the bare words "militant", "gunman", "gunmen" as UAF, CAMEO's
role for armed forces whose affiliation is unknown, while it codes the organised forms ("militant
movement", "separatist militant", "insurgent") as REB, the militarised opposition. In news, the
bare words almost always come with their nation ("Iraqi militants", "Palestinian gunmen",
"militants in Iraq"): a non-state armed group placed in a country is its armed opposition, which is
how human coders of news code them (REB; the hand-coded corpus never uses UAF). What stays UAF:

* armed men whose country is unknown (``---UAF``): their affiliation is unknown too;
* the unnamed doers of a bombing or a shooting (:mod:`eventscribe.events.unnamed`), which no mention
  names and which never pass through here;
* codes with a religion or group before the role (``IRQMUSUAF``): the first role already tells who
  they are, and the group's dictionary entry is kept as it is.

Actor resolution itself is unchanged (it reports what the dictionary says); only the partners of an
event are re-read here.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_non_national
from eventscribe.model import Actor

__all__ = ["as_armed_opposition"]

UNAFFILIATED = "UAF"
REBELS = "REB"
#: The country field of the unknown country, which is not one nation either.
UNKNOWN_COUNTRY = "---"


def as_armed_opposition(actor: Actor) -> Actor:
    """``actor`` with its first role UAF read as REB when it belongs to one nation (``IRQUAF`` ->
    ``IRQREB``); any other actor unchanged."""
    country = actor.country
    if actor.sectors[:1] != (UNAFFILIATED,) or len(country) != 3 or not country.isalpha():
        return actor
    if is_non_national(country, also=(UNKNOWN_COUNTRY,)) or not actor.code.startswith(country + UNAFFILIATED):
        return actor
    sectors = (REBELS, *actor.sectors[1:])
    code = country + REBELS + actor.code[len(country) + len(UNAFFILIATED) :]
    return replace(actor, code=code, sectors=sectors)
