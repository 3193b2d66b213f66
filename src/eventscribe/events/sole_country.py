"""A role of unknown country takes the one country that its sentence, or its article, names.

:func:`~eventscribe.events.context.fill_country` leaves a sector-only actor unknown (``---GOV``) when the
only country around it is its partner's: "the government thanked China" is no Chinese government, as two
states deal with each other. That caution is wrong when the partner is no state but a body or people of
a state's own life, who deal with their own state's institutions and people: "the Taiwan parliament
criticised the government" (TWNGOV), "victims of the Madrid bombings rebuked politicians" (ESP), "Abe
called for government funds" (JPNGOV). It is wrong too when a state does to people what a
state does within its jurisdiction (arrests, tries, releases or executes them): "Vietnam released 9,000
prisoners" are Vietnamese, as a foreign prisoner would be named as such.

Armed groups and outlaws (rebels, militants, kidnappers, a named group) neither lend nor take a country
this way: the soldiers, hostages or workers they attack are often foreign. A state's military, police and
courts take no country from the people they face either: they act on foreigners too. Nor does a firm
take one from another firm: firms buy, bid for and deal with firms of other states.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from eventscribe.actors.codes import is_national
from eventscribe.model import Actor

__all__ = ["JURISDICTION_CODES", "sole_country", "with_sole_country"]

#: Roles of a state dealing with other states: a partner of these is the state itself, and a role
#: beside it may be another state's ("the government thanked China").
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY"})
#: Roles of armed groups and outlaws: what they attack or seize is often foreign ("militants abducted two
#: aid workers"), so they lend no country.
ARMED_SECTORS = frozenset({"REB", "UAF", "RAD", "CRM", "SEP", "INS"})
#: Roles that take no country from the people they face: an army fights abroad, and the police and the
#: courts arrest and try foreigners as well as their own.
TAKING_NOTHING = frozenset({"MIL", "COP", "JUD"})
#: CAMEO codes of what a state does to people within its own jurisdiction: arrest, detain or charge
#: (173), release (0841), execute (1823 as coded for hanging); expulsion (174) is done to foreigners.
JURISDICTION_CODES = ("173", "0841", "1823")


def sole_country(countries: Iterable[str]) -> str:
    """The one nation among ``countries`` (codes of the sentence's or the article's actors), else ""."""
    nations = {c for c in countries if is_national(c)}
    return next(iter(nations)) if len(nations) == 1 else ""


def with_sole_country(actor: Actor, partners: list[Actor], country: str, *, act: str = "") -> Actor | None:
    """``actor`` (a role of unknown country) with ``country``, the one nation its sentence or article
    names, when a partner of that country shares it: a body or people of a state's own life, or a state
    acting on people within its jurisdiction (``act``: the act's CAMEO code). None otherwise."""
    if not country or not actor.sectors:
        return None
    if any(_lends(actor, p, act) for p in partners if p.country == country):
        sectors = actor.sectors
        return replace(actor, code=country + "".join(sectors), country=country)
    return None


def _lends(actor: Actor, partner: Actor, act: str) -> bool:
    """Whether ``partner`` (of the sole country) lends that country to ``actor``."""
    if len(partner.code) > 6:  # a named group ("PSEREBHMS") says little about those it deals with
        return False
    own = actor.sectors[0]
    theirs = partner.sectors[0] if partner.sectors else ""
    if not theirs or theirs in STATE_SECTORS:  # the state itself: only over people in its jurisdiction
        return act.startswith(JURISDICTION_CODES) and own not in STATE_SECTORS
    if own == theirs == "BUS":  # firms buy, bid for and deal with firms of other states
        return False
    # police and courts act on foreigners too ("police in Hawthorne arrested Montoya" are not Colombian)
    return not {own, theirs} & ARMED_SECTORS and own not in TAKING_NOTHING
