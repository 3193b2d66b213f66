"""Actors made from a country: the state of a place or of a party ("IRQGOV", "IRQ"), and a role of
unknown country that the event's scene or partner gives one ("---COP" at a Baghdad scene: "IRQCOP")."""

from __future__ import annotations

from dataclasses import replace

from eventscribe.model import Actor

__all__ = ["given_country", "state_actor"]


def state_actor(country: str, sector: str = "", *, text: str = "") -> Actor:
    """The actor of ``country`` in ``sector`` ("" for the country itself), named by the country's code."""
    return Actor(code=country + sector, name=country, country=country, sectors=(sector,) if sector else (), text=text)


def given_country(actor: Actor, country: str) -> Actor:
    """An actor of unknown country (a code starting "---") placed in ``country``, its roles kept."""
    return replace(actor, code=country + actor.code[3:], country=country)
