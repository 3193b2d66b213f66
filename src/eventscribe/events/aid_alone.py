"""Aid got names no giver: "Jordan will receive two loans" is no aid of Jordan's, nor a promise of it.

The codebook codes the giver of aid as the source of giving it (07), of promising it (033), and the
party asked for it as the target of an appeal (023). A verb of getting makes its subject the one who
gets: "Jordan will receive two loans", "the club will get short-term loans to pay salaries", "the firm
is raising 75 mln dlrs through a eurobond", "banks are eager to buy the bonds", "Sudan has not received
fresh loans, it was only getting grants". The verb patterns read the noun of aid, and the coder would
code the subject as the source of aid given, promised or asked for, turning the act around. With no
giver named as the clause's target (when one is, "received a loan from the World Bank" is read by
:mod:`~eventscribe.events.received`), such an act gives no event alone. Aid given or promised by its
subject with no recipient named ("Germany sent funds to support refugees", "the Conservatives say they
would offer cheap loans to students") is still coded alone.
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence, Token

__all__ = ["AID_CODES", "GETTING_VERBS", "aid_got_alone"]

#: Codes of aid given (07), promised (033) and asked for (023), each with its sub-codes.
AID_CODES = ("07", "033", "023")
#: Verbs whose subject gets what its object names: no giver, promiser or asker of aid
#: ("raise" only of funds raised from a market: see :func:`_funds_raised`).
GETTING_VERBS = frozenset({"borrow", "buy", "get", "obtain", "raise", "receive", "secure", "win"})


def aid_got_alone(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """Whether an act is aid told with a verb of getting, not to be coded alone ("will receive
    loans"); False for other acts, and for aid given, promised or asked for by its subject."""
    if not found.code.startswith(AID_CODES):
        return False
    verb = sentence.tokens[clause.verb]
    verbs = {verb.lemma.lower(), clause.frame.verb, clause.frame.xcomp} & GETTING_VERBS
    if verbs == {"raise"}:  # "raised capital from investors", not "will raise its aid to Africa"
        raised = [verb, *(c for c in sentence.children(verb.i) if c.dep == "xcomp")]
        return any(_funds_raised(sentence, t) for t in raised if t.lemma.lower() == "raise")
    return bool(verbs)


#: What is raised from a market: funds, not an aid or budget increased ("raise its aid").
RAISED_FUNDS = frozenset({"capital", "cash", "dlr", "dlrs", "dollar", "equity", "financing", "fund", "money"})
#: Prepositions of the market or the investors funds are raised from ("from investors", "through a bond").
MARKET_PREPOSITIONS = frozenset({"from", "through", "via"})


def _funds_raised(sentence: Sentence, verb: Token) -> bool:
    """Whether "raise" is raising funds ("raised 75 mln dlrs through a eurobond", "raised capital from
    investors"), not increasing what the subject gives ("raise its aid to developing countries")."""
    kids = sentence.children(verb.i)
    if any(c.dep == "prep" and c.text.lower() in MARKET_PREPOSITIONS for c in kids):
        return True
    for obj in (c for c in kids if c.dep == "dobj"):
        owned = any(c.dep == "poss" for c in sentence.children(obj.i))
        funds = obj.lemma.lower() in RAISED_FUNDS or obj.ent_type == "MONEY"
        if funds and not owned:
            return True
    return False
