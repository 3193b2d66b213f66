"""Countries whose code depends on the date: a state that another one succeeded under the same name.

"Yugoslavia" in 1987 is the Socialist Federal Republic (YUG, the code the Phoenix country list and the
gold sets use before the break-up), in 1995 the Federal Republic of Yugoslavia (FRY). The knowledge base
gives the later state's code to the shared name and to the bodies it kept ("the Tanjug news agency"), and
Moscow in 1987 is the capital of the Soviet Union (SUN), not of Russia (RUS);
:func:`in_era` moves an actor back to the state of its date.
"""

from __future__ import annotations

import datetime as dt

from eventscribe.model import Actor

__all__ = ["ERAS", "in_era"]

#: Country code -> (the first day it applies, the code of the state it succeeded under the same name).
ERAS: dict[str, tuple[dt.date, str]] = {
    "FRY": (dt.date(1992, 4, 27), "YUG"),  # the Federal Republic of Yugoslavia was proclaimed that day
    # Moscow and "Russian" named the Soviet Union (SUN) until it was dissolved, on 26 December 1991
    "RUS": (dt.date(1991, 12, 26), "SUN"),
}


def in_era(actor: Actor, date: dt.date | None) -> Actor:
    """``actor`` with the country that its country's name meant on ``date`` (unchanged when undated)."""
    era = ERAS.get(actor.country)
    if date is None or era is None or date >= era[0]:
        return actor
    earlier = era[1]
    return Actor(earlier + actor.code[3:], actor.name, earlier, actor.sectors, actor.text)
