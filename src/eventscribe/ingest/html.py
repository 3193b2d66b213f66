"""HTML pages (``.html``, ``.htm``): the main text, extracted with trafilatura.

Extraction favours recall (a missed paragraph loses events; a stray caption rarely adds one). The page
title goes to ``Article.title``; the text is the extracted body. The id is ``article_id`` when given (the
reader passes the file's path relative to the directory it was found under, without the suffix, e.g.
"a/page"), else the file name without its suffix. The date is the publication date in the page's metadata when trafilatura finds one, else the
``date`` argument, else the first valid ``YYYY-MM-DD`` in the file name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventscribe.errors import InputError
from eventscribe.ingest.dates import date_in_name, parse_date
from eventscribe.ingest.files import clean_text
from eventscribe.model import Article

__all__ = ["read_html"]


def read_html(
    path: str, page: str, *, date: dt.date | None, article_id: str | None = None
) -> Iterator[Article | InputError]:
    document = _extract(page)
    body = clean_text(document.get("text") or "")
    if not body.strip():
        yield InputError(
            path,
            "no article text could be extracted from this HTML page; save the article text as .txt "
            "or leave the page out",
        )
        return
    name = Path(path)
    yield Article(
        id=article_id or name.stem,
        text=body,
        date=_page_date(document.get("date")) or date or date_in_name(name.name),
        title=document.get("title") or None,
        url=document.get("url") or None,
        source=document.get("sitename") or None,
        origin=path,
    )


def _extract(page: str) -> dict[str, Any]:
    import trafilatura  # imported here: it takes a while, and only HTML needs it

    document = trafilatura.bare_extraction(
        page,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        # Only dates the page declares: htmldate's extensive search would take "Copyright 2014" in a
        # footer for a publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    fields: dict[str, Any] = {}
    if isinstance(document, dict):
        fields = document
    elif document is not None:
        fields = document.as_dict()
    if (fields.get("text") or "").strip():
        return fields
    # Very short pages fall under trafilatura's minimum sizes; take all visible text instead.
    _, text, _ = trafilatura.baseline(page)
    return {**fields, "text": text}


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None
