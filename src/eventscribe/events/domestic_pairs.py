"""Pairs of roles of one state: partners in its own politics or economy share its country.

A sector-only actor ("the opposition", "the rebels", "unions") takes the country of a partner in the same
state's politics or economy ("the opposition" against KENGOV: KENOPP); see
:func:`~eventscribe.events.context.fill_country`, which asks :func:`from_compatriot` first.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_non_national
from eventscribe.model import Actor

__all__ = ["DEALING_ROOTS", "DOMESTIC_PAIRS", "domestic_pair", "from_compatriot"]

#: Pairs of roles in one state's own politics: an opposition, a court or a party acts on (or is acted on
#: by) its own state's government, legislature or one another, and rebels fight or talk to their own
#: government, so a partner in such a pair lends its country ("opposition parties accused the Kenyan
#: government": KENOPP; "Sudan's government resumed talks with rebels": SDNREB). A government and a
#: legislature, or two governments, may be of two states.
DOMESTIC_PAIRS = frozenset(
    frozenset(pair.split())
    for pair in (
        "OPP GOV",
        "JUD GOV",
        "PTY GOV",
        "OPP PTY",
        "JUD PTY",
        "JUD OPP",
        "LEG OPP",
        "LEG PTY",
        "LEG JUD",
        "REB GOV",
        # rebels fight their own state's police ("Afghan militants ambushed a police
        # convoy": AFGCOP), while an army may be a foreign one (troops abroad, an occupation)
        "REB COP",
        # a state's economy and its state. Unions and workers bargain with and strike against
        # their own employers and government, and a government or minister asks, aids and taxes its own
        # banks and firms ("the finance minister asked the Canadian bankers' association": CANGOV;
        # "unions threatened the French government": FRALAB; "unions of UK workers": GBRLAB); two firms,
        # or a firm and a foreign legislature, may be of two states
        "LAB GOV",
        "LAB BUS",
        "LAB",
        "BUS GOV",
    )
)

#: Words that set a role apart from the state it deals with ("foreign banks", "overseas investors").
FOREIGN_WORDS = frozenset({"foreign", "overseas", "international", "multinational", "outside"})
#: A state's police and courts: what they do to people (arrest, charge, try, sentence, raid) they do
#: where they have jurisdiction, so a person or group with no country named is of their state.
LAW_ENFORCERS = frozenset({"COP", "JUD"})
#: A firm and a government: a pair of one state only in what a government does to its own economy
#: (asks, aids, taxes, regulates, fines, nationalises its firms). Governments sign contracts, make deals
#: and hold talks with foreign firms as often as with their own: in statements of intent to cooperate,
#: consultations, cooperation, agreements and yielding (CAMEO roots 03 to 06 and 08) the firm lends its
#: country to no government, nor the government to the firm.
ECONOMY_AND_STATE = frozenset({"BUS", "GOV"})
DEALING_ROOTS = frozenset({"03", "04", "05", "06", "08"})


def from_compatriot(
    actor: Actor, partners: list[Actor], default: tuple[str, int] | None, *, act: str = ""
) -> Actor | None:
    """The country of a partner in the same state's politics ("the opposition" against KENGOV: KENOPP),
    unless the article is about another country named more than once; None when no partner lends one.
    ``act`` is the CAMEO code of the act the two share, when known (see :func:`domestic_pair`)."""
    compatriot = next((p for p in partners if domestic_pair(actor, p, act=act)), None)
    if compatriot is None or FOREIGN_WORDS & set(actor.text.lower().split()):
        # "the government allows only 11 foreign banks": told apart from the state they deal with
        return None
    if default is not None and default[1] > 1 and default[0] != compatriot.country:
        return None  # an article about Uganda: "the opposition" is Ugandan
    return replace(actor, code=compatriot.country + actor.code, country=compatriot.country)


def domestic_pair(actor: Actor, partner: Actor, *, act: str = "") -> bool:
    """Whether a sector-only actor and a partner with a country are roles of one state's politics or
    economy: the opposition and the government, a court and a party ("the court" and ITAGOV), unions and
    their government or employers, a government and its firms, not two governments;
    or whether the partner is a state's police or courts, who act on people within their own
    jurisdiction ("Israeli military police arrested a commander": ISRMIL). A firm and a government
    are no pair in a deal (``act`` of :data:`DEALING_ROOTS`)."""
    if len(partner.country) != 3 or is_non_national(partner.country, also=("-",)):
        return False
    if LAW_ENFORCERS & set(partner.sectors) and not LAW_ENFORCERS & set(actor.sectors):
        return True
    if len(partner.code) > 6:
        return False
    # a state named alone is its government to the rebels who fight it or talk to it ("Sudan and the rebels")
    state = partner.sectors[:1] or (
        ("GOV",) if actor.sectors[:1] == ("REB",) and partner.code == partner.country else ()
    )
    pair = frozenset((*actor.sectors[:1], *state))
    if pair == ECONOMY_AND_STATE and act[:2] in DEALING_ROOTS:
        return False  # "the Iraqi government signed a contract with an oil company": any firm's
    return pair in DOMESTIC_PAIRS
