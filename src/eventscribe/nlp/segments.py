"""Cut long texts into pieces the parser can take in bounded memory.

spaCy's parser needs memory in proportion to the length of a document, so an article is parsed in
segments of at most ``limit`` characters, cut at line breaks (where the nlp stage starts a sentence
anyway), else after a sentence-final full stop, else at a space. Offsets stay those of the whole text.
"""

from __future__ import annotations

__all__ = ["DEFAULT_SEGMENT_CHARS", "segments"]

#: Longest piece handed to the parser in one go.
DEFAULT_SEGMENT_CHARS = 5_000


def segments(text: str, limit: int = DEFAULT_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` spans that cover ``text`` in order, each at most ``limit`` characters long."""
    if limit < 1:
        raise ValueError("limit must be positive")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, hard: int) -> int:
    """The best place to end a segment that starts at ``start`` and must end by ``hard``."""
    floor = start + (hard - start) // 2  # never cut so early that segments become tiny
    for mark, keep in (("\n", 1), (". ", 2), (" ", 1)):
        at = text.rfind(mark, floor, hard - keep + 1)
        if at != -1:
            return at + keep
    return hard
