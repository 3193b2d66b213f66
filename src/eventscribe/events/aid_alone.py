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
#: ("raise" but of aid increased: see :func:`_aid_increased`).
GETTING_VERBS = frozenset({"borrow", "buy", "get", "obtain", "raise", "receive", "secure", "win"})


def aid_got_alone(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """Whether an act is aid told with a verb of getting, not to be coded alone ("will receive
    loans"); False for other acts, and for aid given, promised or asked for by its subject."""
    if not found.code.startswith(AID_CODES):
        return False
    verb = sentence.tokens[clause.verb]
    verbs = {verb.lemma.lower(), clause.frame.verb, clause.frame.xcomp} & GETTING_VERBS
    if verbs == {"raise"}:  # "will raise its aid to Africa": more given, not funds got from investors
        raised = [verb, *(c for c in sentence.children(verb.i) if c.dep == "xcomp")]
        return not any(_aid_increased(sentence, t) for t in raised if t.lemma.lower() == "raise")
    return bool(verbs)


#: Nouns of what a giver gives, which raising increases ("raise its aid", "raised its contribution").
GIVEN_NOUNS = frozenset(
    {"aid", "assistance", "contribution", "credit", "donation", "funding", "grant", "help", "loan", "spending"}
)


def _aid_increased(sentence: Sentence, verb: Token) -> bool:
    """Whether "raise" increases what the subject gives: its object is aid owned by the subject or given
    to someone ("raise its aid to developing countries", "raised aid to Africa"), not funds got from a
    market or from investors ("raised capital from investors", "raising 75 mln dlrs through a eurobond")."""
    for obj in (c for c in sentence.children(verb.i) if c.dep == "dobj"):
        kids = sentence.children(obj.i)
        owned = any(c.dep == "poss" for c in kids)
        given = any(c.dep == "prep" and c.text.lower() == "to" for c in [*kids, *sentence.children(verb.i)])
        if obj.lemma.lower() in GIVEN_NOUNS and (owned or given):
            return True
    return False
