"""Character references left in plain text, decoded before the text is parsed.

News text copied out of web pages often keeps HTML character references: "Iran&#39;s", "AT&amp;T".
Some archives also lost the ampersand on the way, so that the AG News corpus writes "Uganda #39;s
18-year civil war", " quot;helping them" and "a #36;14 billion package". Left as they are, these split a
possessive from its owner ("Israel #39;s opposition Labour party" has no "Israel's") and put words the
parser has never seen into the sentence.

Decoded here:

- references with their ampersand and semicolon: ``&#39;``, ``&#x27;``, ``&quot;``, ``&amp;``. A name
  without its semicolon is left alone ("&not" in "&notice" stays), as is a name HTML does not define
  and a number that is no printable character ("#12;");
- numeric references and ``quot;`` / ``amp;`` that lost their ampersand, where the word before them
  has ended (so "#1;" inside a word and "aquot;" stay);
- the apostrophe of such a reference joins the word before it ("Uganda #39;s" -> "Uganda's",
  "troops #39; alleged" -> "troops' alleged"), as the space before it was the archive's, not the
  writer's;
- a link that a decoded ``&lt;A HREF=...&gt;`` turned into markup keeps its words and loses its tags
  ("&lt;A HREF=...&gt;BA.N&lt;/A&gt;" -> "BA.N").
"""

from __future__ import annotations

import html
import re

__all__ = ["decode_references"]

#: A reference as HTML writes it.
_FULL = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

#: A reference that lost its ampersand, where no word runs into it.
_STRIPPED = re.compile(r"(?<![&\w])(#[0-9]{2,5}|quot|amp);")

#: An anchor tag, as a decoded ``&lt;A HREF=...&gt;`` writes it.
_ANCHOR = re.compile(r"</?a(?:\s[^<>]*)?>", re.IGNORECASE)

_APOSTROPHES = frozenset("'\u2019")


def decode_references(text: str) -> str:
    """``text`` with its character references decoded (see the module's notes); text without any comes
    back unchanged."""
    if "&" in text:
        text = _FULL.sub(_full, text)
        if "<" in text:
            text = _ANCHOR.sub("", text)
    if ";" in text and ("#" in text or "quot;" in text or "amp;" in text):
        text = _stripped(text)
    return text


def _full(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    return decoded if _character(decoded) else match.group(0)


def _character(decoded: str) -> bool:
    """Whether a reference decoded to characters one writes (not a control character, not U+FFFD)."""
    return decoded.isprintable() and "\ufffd" not in decoded


def _stripped(text: str) -> str:
    pieces: list[str] = []
    last = 0
    for match in _STRIPPED.finditer(text):
        reference = "&" + match.group(1) + ";"
        decoded = html.unescape(reference)
        if not _character(decoded) or decoded == reference:
            continue
        start = match.start()
        if decoded in _APOSTROPHES and start >= 2 and text[start - 1] == " " and text[start - 2].isalnum():
            start -= 1  # "Uganda #39;s": the space is the archive's
        pieces.append(text[last:start])
        pieces.append(decoded)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
