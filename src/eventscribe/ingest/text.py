"""Plain text (``.txt``): the whole file is one article.

The id is ``article_id`` when given (the reader passes the file's path relative to the directory it was
found under, without the suffix, e.g. "a/report"), else the file name without its suffix. The date is the ``date`` argument, else the first valid
``YYYY-MM-DD`` in the file name, else None. The title is the first non-empty line when it is short and
more text follows; the text itself is kept whole, title included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from eventscribe.errors import InputError
from eventscribe.ingest.dates import date_in_name
from eventscribe.ingest.files import clean_text
from eventscribe.model import Article

__all__ = ["guess_title", "read_text"]

MAX_TITLE_CHARS = 200


def read_text(
    path: str, text: str, *, date: dt.date | None, article_id: str | None = None
) -> Iterator[Article | InputError]:
    text = clean_text(text)
    if not text.strip():
        yield InputError(path, "file has no text, only whitespace; add the article text or leave it out")
        return
    name = Path(path)
    yield Article(
        id=article_id or name.stem,
        text=text,
        date=date or date_in_name(name.name),
        title=guess_title(text),
        origin=path,
    )


def guess_title(text: str) -> str | None:
    """The first non-empty line, when it is short and more text follows it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and len(lines[0]) <= MAX_TITLE_CHARS:
        return lines[0]
    return None
