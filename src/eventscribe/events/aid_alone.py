"""Aid needs a recipient: aid given, or aid got, is coded only with the party at its other end.

The codebook names the recipient of aid as the target of giving it (07: "provide aid"; "the recipient
… should be coded as the target") and of promising it (033). Told with no such party, aid given is
mostly money moving inside one economy, not aid between parties: "the central bank provided the money
market with 570 mln stg assistance", "the Bank of England said it had lent one billion stg to the
discount market". And a verb of getting makes its subject the one who gets, never the giver: "Jordan
will receive two loans", "the club will get short-term loans to pay salaries", "the firm is raising 75
mln dlrs through a eurobond", "banks are eager to buy the bonds" name no one who gives, promises or is
asked; coding the subject as the source of aid, of its promise (033) or of an appeal (023) turns the
act around. Such acts give no event. A promise of aid made by its giver with no recipient named ("the
Conservatives say they would offer large student loans") and an appeal for aid for oneself ("Sudan
asked for food aid") are still coded alone, as the codebook allows.
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence

__all__ = ["AID_CODES", "GIVEN_AID", "GETTING_VERBS", "needs_recipient"]

#: Codes of aid given (07), promised (033) and asked for (023), each with its sub-codes.
AID_CODES = ("07", "033", "023")
#: Of these, aid given: coded only with its recipient.
GIVEN_AID = "07"
#: Verbs whose subject gets what its object names: no giver, promiser or asker of aid.
GETTING_VERBS = frozenset({"borrow", "buy", "get", "obtain", "raise", "receive", "secure", "win"})


def needs_recipient(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """Whether an act of aid may not be coded alone: aid given, or aid of any kind told with a verb of
    getting ("will receive loans"); other acts, and aid promised or asked for by its subject, may."""
    if not found.code.startswith(AID_CODES):
        return False
    if found.code.startswith(GIVEN_AID):
        return True
    verbs = {sentence.tokens[clause.verb].lemma.lower(), clause.frame.verb, clause.frame.xcomp}
    return bool(verbs & GETTING_VERBS)
