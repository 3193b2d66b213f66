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

The knowledge base keeps what the dictionary says; the partners of an event
(:mod:`eventscribe.events.resolved_mentions`) and the answers of the ``resolve`` command
(:func:`eventscribe.actors.records.resolve_mention`) are re-read here, so that both code a mention alike.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_non_national, normalize
from eventscribe.model import Actor

__all__ = ["ARMED_MEN", "as_armed_opposition", "names_armed_men"]

#: The bare words for armed men that the Phoenix dictionary codes UAF (others, "mercenaries", a named
#: group such as the Oath Keepers, keep their UAF: they are no nation's armed opposition).
ARMED_MEN = frozenset({"MILITANT", "MILITANTS", "GUNMAN", "GUNMEN"})

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


def names_armed_men(text: str) -> bool:
    """Whether a mention's text is one of the bare words for armed men (``"Yemeni gunmen"``,
    ``"militants in Iraq"``), which :func:`as_armed_opposition` reads as REB in a mention of a nation."""
    return not ARMED_MEN.isdisjoint(normalize(text))
