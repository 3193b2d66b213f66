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
from eventscribe.model import Sentence

__all__ = ["AID_CODES", "GETTING_VERBS", "aid_got_alone"]

#: Codes of aid given (07), promised (033) and asked for (023), each with its sub-codes.
AID_CODES = ("07", "033", "023")
#: Verbs whose subject gets what its object names: no giver, promiser or asker of aid.
GETTING_VERBS = frozenset({"borrow", "buy", "get", "obtain", "raise", "receive", "secure", "win"})


def aid_got_alone(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """Whether an act is aid told with a verb of getting, not to be coded alone ("will receive
    loans"); False for other acts, and for aid given, promised or asked for by its subject."""
    if not found.code.startswith(AID_CODES):
        return False
    verbs = {sentence.tokens[clause.verb].lemma.lower(), clause.frame.verb, clause.frame.xcomp}
    return bool(verbs & GETTING_VERBS)
