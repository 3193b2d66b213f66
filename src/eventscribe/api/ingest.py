"""``POST /api/articles``: code articles and store them. Only with a token, and only on a writable store."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from eventscribe.api.auth import check_token
from eventscribe.api.models import ArticlesIn, ErrorOut, IngestOut
from eventscribe.api.state import AppState
from eventscribe.model import Article

__all__ = ["router"]

router = APIRouter(prefix="/api")


@router.post(
    "/articles",
    response_model=IngestOut,
    dependencies=[Depends(check_token)],
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        413: {"model": ErrorOut},
        422: {"model": ErrorOut},
    },
)
def add_articles(request: Request, body: ArticlesIn) -> dict[str, Any]:
    """Code the articles and store them with their events (an article already stored is skipped).

    Needs ``Authorization: Bearer <token>``; at most 20 articles of 100,000 characters, 1 MiB in all.
    """
    articles = [_article(a.id, a.text, a.date, a.title, a.url, a.source) for a in body.articles]
    state: AppState = request.app.state.eventscribe
    if not state.writable:
        raise HTTPException(403, "the store is open read-only; restart serve with a token to write")
    with state.lock:
        if state.pipeline is None:
            from eventscribe.pipeline import Pipeline

            state.pipeline = Pipeline()
        coded = [state.pipeline.code(article) for article in articles]
        stored = state.store.add_many(coded)
    return {
        "stored": stored,
        "skipped": len(coded) - stored,
        "events": sum(len(c.events) for c in coded),
        "article_ids": [c.article.id for c in coded],
    }


def _article(
    article_id: str, text: str, date: str | None, title: str | None, url: str | None, source: str | None
) -> Article:
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise HTTPException(422, f"article {article_id!r}: not a date: {date!r} (use YYYY-MM-DD)") from None
    return Article(id=article_id, text=text, date=day, title=title, url=url, source=source, origin="api")
