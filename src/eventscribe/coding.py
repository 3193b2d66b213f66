"""Code inputs end to end: read, code, write JSONL and/or store. What ``eventscribe code`` calls.

Data flows one way: ``read_inputs`` -> runner (``Pipeline.pipe``) -> sinks (JSONL file, store). Articles
already in the store with the same text are skipped before coding, so an interrupted run resumes where it
stopped without duplicates; their stored events still go to the JSONL output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from eventscribe.errors import InputError
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.ingest import DEFAULT_MAX_CHARS, InputStats, read_inputs
from eventscribe.model import Article, CodedArticle
from eventscribe.runners import LocalRunner, Runner
from eventscribe.store import Store, open_store

__all__ = ["CodeSummary", "code_inputs"]

#: How many coded articles are written to the store per transaction.
STORE_BATCH = 32


@dataclass
class CodeSummary:
    """What a coding run did."""

    articles: int = 0
    events: int = 0
    already_stored: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def line(self) -> str:
        parts = [f"coded {self.articles} articles", f"{self.events} events"]
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        if self.errors:
            parts.append(f"{len(self.errors)} input errors")
        return ", ".join(parts)


def code_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    output: str | os.PathLike[str] | None = None,
    db: str | None = None,
    date: dt.date | None = None,
    processes: int = 1,
    model: str | None = None,
    batch_size: int = 8,
    max_chars: int = DEFAULT_MAX_CHARS,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    runner: Runner | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[CodedArticle], None] | None = None,
) -> CodeSummary:
    """Code the articles in ``paths`` into ``output`` (event JSONL) and/or the store ``db``.

    Bad input is reported to ``on_error`` and collected in the summary; everything else is coded.
    """
    summary = CodeSummary()

    def report(error: InputError) -> None:
        summary.errors.append(error)
        if on_error is not None:
            on_error(error)

    runner = runner or LocalRunner(
        processes=processes, model=model, batch_size=batch_size, min_confidence=min_confidence
    )
    store = open_store(db) if db else None
    sink = _open_output(output)
    try:
        articles = read_inputs(paths, date=date, on_error=report, max_chars=max_chars, stats=InputStats())
        if store is not None:
            articles = _skip_stored(articles, store, summary, sink)
        pending: list[CodedArticle] = []
        for coded in runner.run(articles):
            if coded.error is not None:
                where = coded.article.origin or coded.article.id
                report(InputError(where, f"article {coded.article.id!r} could not be coded ({coded.error})"))
                continue
            summary.articles += 1
            summary.events += len(coded.events)
            if sink is not None:
                for event in coded.events:
                    sink.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            if store is not None:
                pending.append(coded)
                if len(pending) >= STORE_BATCH:
                    store.add_many(pending)
                    pending.clear()
            if on_article is not None:
                on_article(coded)
        if store is not None and pending:
            store.add_many(pending)
    finally:
        if sink is not None:
            sink.close()
        if store is not None:
            store.close()
    return summary


def _skip_stored(
    articles: Iterator[Article], store: Store, summary: CodeSummary, sink: IO[str] | None
) -> Iterator[Article]:
    """Articles not yet stored; the events of those already stored go to the output as they are, so
    that a resumed run's output is as complete as a fresh one's."""
    for article in articles:
        if store.known(article.id, article.text):
            summary.already_stored += 1
            if sink is not None:
                for record in store.events(article_id=article.id):
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        yield article


def _open_output(output: str | os.PathLike[str] | None) -> IO[str] | None:
    if output is None:
        return None
    path = Path(output)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8")
