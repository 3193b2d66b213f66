"""The party an event noun is directed to: "Japan's apology to South Korea", "Russia's delivery of
missiles to Syria", "the Turkish offer to Greece".

An act told by a noun names its doer by a possessor, a "by" phrase or a modifier, and the party it is
directed at by a preposition. For acts of giving, saying and going (apologies, offers, appeals, aid,
warnings, visits, deliveries) that preposition is "to", which the nominal reader did not take: such a
noun found no target, and the act was lost. CAMEO codes these acts on their recipient ("Express regret
or apologize" to whom, "Provide aid" to whom, "Make a visit" to where, whose owner is the host).

:func:`recipient_of` gives the "to" party of an event noun whose doer is named by a word, not only by a
pronoun ("his visit to Japan" is left to the reading of the verb it is the occasion of), for use where
the noun has no patient of its own ("on", "against", ...). A "to" phrase comes before an "of" object, which
for these nouns names what is given ("the delivery of missiles to Syria": Syria receives).
"""

from __future__ import annotations

from eventscribe.model import Sentence, Token

__all__ = ["RECIPIENT_PREPS", "recipient_of"]

#: Prepositions of the party an act is directed to.
RECIPIENT_PREPS = frozenset({"to"})
#: Dependencies that name an event noun's doer.
DOER_DEPS = frozenset({"poss", "amod", "compound"})
#: What a "to" phrase names when it is no recipient: a time or a state ("from 1990 to 2000", "to power").
NOT_RECIPIENTS = frozenset({"date", "day", "end", "extent", "month", "power", "time", "week", "year"})


def recipient_of(sentence: Sentence, noun: Token) -> list[int]:
    """The head of the noun's "to" party, when the noun names its doer by a word (empty otherwise)."""
    kids = sentence.children(noun.i)
    if not any(c.dep in DOER_DEPS and c.pos != "PRON" for c in kids) and not _by_agent(sentence, kids):
        return []
    for prep in kids:
        if prep.dep != "prep" or prep.text.lower() not in RECIPIENT_PREPS:
            continue
        pobj = next((c for c in sentence.children(prep.i) if c.dep == "pobj"), None)
        if pobj is not None and pobj.pos in ("PROPN", "NOUN") and pobj.lemma.lower() not in NOT_RECIPIENTS:
            return [pobj.i]
    return []


def _by_agent(sentence: Sentence, kids: list[Token]) -> bool:
    return any(c.dep == "prep" and c.text.lower() == "by" for c in kids)
