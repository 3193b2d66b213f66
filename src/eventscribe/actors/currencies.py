"""Currency words: a country's name or adjective on one names its money ("the U.S. dollar", "the Japanese
yen"), not a party and not a place. Shared by the event coder's role words and the place finder."""

from __future__ import annotations

from eventscribe.actors.lexicon import LEXICON
from eventscribe.model import Token

__all__ = ["CURRENCY_WORDS", "is_currency", "on_a_currency"]

#: Names of currencies, upper case (``currency_words`` in ``actors/data/resolution.yaml``).
CURRENCY_WORDS = LEXICON.currency_words

#: Links by which a word is written on the noun it modifies ("U.S. dollars", "the Japanese yen").
ON_LINKS = frozenset({"amod", "compound", "nmod"})


def is_currency(token: Token) -> bool:
    """A currency's name ("dollar", "yen", "U.S. Dollars" as a name), not a person's ("Mark Thompson")."""
    if token.pos not in ("NOUN", "PROPN") or token.ent_type == "PERSON":
        return False
    return token.text.upper() in CURRENCY_WORDS or token.lemma.upper() in CURRENCY_WORDS


def on_a_currency(token: Token, head: Token) -> bool:
    """Whether ``token`` is written on ``head`` (its syntactic head), a currency: "U.S." in "U.S. dollars"."""
    return token.dep in ON_LINKS and token.head != token.i and is_currency(head)
