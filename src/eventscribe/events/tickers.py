"""Stock tickers in angle brackets, a newswire's markup ("Union Carbide Corp <UK>", "CBS Inc <CBS>").

Reuters writes a listed company's ticker after its name between "<" and ">". The ticker is no mention
of its own: "<UK>" is Union Carbide, not the United Kingdom, and "<GE>" is not Georgia. The mention
finder leaves these tokens out (:func:`ticker_tokens`), as it leaves out a dateline.
"""

from __future__ import annotations

import re

from eventscribe.model import Sentence

__all__ = ["ticker_tokens"]

#: A ticker: a capital letter, then up to five capitals, digits or dots ("UK", "GM", "BRK.A").
_TICKER = re.compile(r"[A-Z][A-Z0-9.]{0,5}")


def ticker_tokens(sentence: Sentence) -> frozenset[int]:
    """The indices of the sentence's tokens that are a ticker alone between "<" and ">"."""
    tokens = sentence.tokens
    return frozenset(
        t.i
        for t in tokens[1:-1]
        if tokens[t.i - 1].text == "<" and tokens[t.i + 1].text == ">" and _TICKER.fullmatch(t.text)
    )
