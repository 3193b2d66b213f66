"""Stock tickers in angle brackets, a newswire's markup ("Union Carbide Corp <UK>", "CBS Inc <CBS>").

Reuters writes a listed company's ticker after its name between "<" and ">". The ticker is no mention
of its own: "<UK>" is Union Carbide, not the United Kingdom, and "<GE>" is not Georgia. Every reader
of countries leaves them out: the mention finder and the place finder skip the tokens
(:func:`ticker_tokens`), as they skip a dateline, and the article's main country is counted on the text
without them (:func:`without_tickers`).
"""

from __future__ import annotations

import re

from eventscribe.model import Sentence

__all__ = ["ticker_tokens", "without_tickers"]

#: A ticker: a capital letter, then up to five capitals, digits or dots ("UK", "GM", "BRK.A").
_TICKER = re.compile(r"[A-Z][A-Z0-9.]{0,5}")
#: The same ticker within its brackets in running text ("Corp <UK> said").
_BRACKETED = re.compile(r"<\s*" + _TICKER.pattern + r"\s*>")


def ticker_tokens(sentence: Sentence) -> frozenset[int]:
    """The indices of the sentence's tokens that are a ticker alone between "<" and ">"."""
    tokens = sentence.tokens
    return frozenset(
        t.i
        for t in tokens[1:-1]
        if tokens[t.i - 1].text == "<" and tokens[t.i + 1].text == ">" and _TICKER.fullmatch(t.text)
    )


def without_tickers(text: str) -> str:
    """``text`` with each bracketed ticker ("<UK>") made a space, so no country is read from it."""
    return _BRACKETED.sub(" ", text)
