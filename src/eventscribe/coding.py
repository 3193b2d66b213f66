"""Code inputs end to end: read, code, write JSONL and/or store. What ``eventscribe code`` calls.

Data flows one way: ``read_inputs`` -> runner (``Pipeline.pipe``) -> sinks (JSONL file, store). Articles
already in the store with the same text are skipped before coding, so an interrupted run (even one killed
with ``kill -9``) resumes where it stopped without duplicates or gaps; their stored events still go to the
JSONL output. An article whose text changed is coded again and stored as a new version (the store keeps
the earlier one, superseded). The store is a DuckDB file or a ``postgresql://`` URL (see ``open_store``). A DuckDB file
is opened short-lived: held only while a batch of :data:`STORE_BATCH` articles is written (or one article
is looked up), so ``serve`` can read it between batches.

The JSONL output is written to a hidden file beside its destination and moved into place at the end, so
an output inside an input directory is never read back, and an input is never truncated by mistake.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.errors import InputError
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.ingest import DEFAULT_MAX_CHARS, InputStats, read_inputs
from eventscribe.model import Article, CodedArticle
from eventscribe.runners import Runner, make_runner
from eventscribe.store import Store, open_store

__all__ = ["CodeSummary", "EventSink", "code_inputs"]

#: How many coded articles are written to the store per transaction.
STORE_BATCH = 32


@dataclass
class CodeSummary:
    """What a coding run did."""

    articles: int = 0
    events: int = 0
    already_stored: int = 0
    replaced: int = 0
    skipped_files: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def line(self) -> str:
        parts = [f"coded {self.articles} articles", f"{self.events} events"]
        if self.already_stored:
            parts.append(f"{self.already_stored} already stored")
        if self.replaced:
            parts.append(f"{self.replaced} changed articles stored as new versions (earlier versions kept)")
        if self.skipped_files:
            parts.append(f"{len(self.skipped_files)} files of other types skipped")
        if self.errors:
            parts.append(f"{len(self.errors)} input errors")
        return ", ".join(parts)


class EventSink:
    """Event JSON lines, written to a hidden partial file and moved to ``path`` when closed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(str(self.path), "--output is a directory; give a file name such as events.jsonl")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._partial = self.path.with_name(f".{self.path.name}.partial")
        self._handle = self._partial.open("w", encoding="utf-8")

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._handle.close()
        os.replace(self._partial, self.path)


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
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    packaged_dictionaries: bool = True,
    on_stored: Callable[[Article], None] | None = None,
) -> CodeSummary:
    """Code the articles in ``paths`` into ``output`` (event JSONL) and/or the store ``db`` (a DuckDB file
    path or a ``postgresql://`` URL).

    Bad input is reported to ``on_error`` and collected in the summary; everything else is coded.
    ``dictionaries`` (user dictionary files or directories) add to the packaged actors and verbs, or
    replace them with ``packaged_dictionaries=False``; they are checked before anything is coded.
    """
    summary = CodeSummary()
    report = _reporter(summary, on_error)
    _check_output(output, paths)
    runner = runner or make_runner(
        "local",
        processes=processes,
        model=model,
        batch_size=batch_size,
        min_confidence=min_confidence,
        dictionaries=dictionaries,
        packaged_dictionaries=packaged_dictionaries,
    )
    stats = InputStats()
    with _outputs(db, output, summary) as (store, sink):
        exclude = [output] if output is not None else []
        articles = read_inputs(paths, date=date, on_error=report, max_chars=max_chars, stats=stats, exclude=exclude)
        if store is not None:
            articles = _skip_stored(articles, store, summary, sink, on_stored)
        _code(runner.run(articles), store, sink, summary, report, on_article)
    summary.skipped_files = list(stats.skipped)
    return summary


def _reporter(summary: CodeSummary, on_error: Callable[[InputError], None] | None) -> Callable[[InputError], None]:
    """What bad input is reported to: the summary's errors, then ``on_error``."""

    def report(error: InputError) -> None:
        summary.errors.append(error)
        if on_error is not None:
            on_error(error)

    return report


@contextlib.contextmanager
def _outputs(
    db: str | None, output: str | os.PathLike[str] | None, summary: CodeSummary
) -> Iterator[tuple[Store | None, EventSink | None]]:
    """The store ``db`` and the JSONL sink ``output`` (each None when not asked for), open for the block;
    closed after it, even when it fails, with the number of changed articles the store replaced."""
    store: Store | None = None
    sink: EventSink | None = None
    try:
        store = open_store(db, short_lived=True) if db else None
        sink = EventSink(output) if output is not None else None
        yield store, sink
    finally:
        if sink is not None:
            sink.close()
        if store is not None:
            summary.replaced = store.replaced
            store.close()


def _code(
    coded_articles: Iterator[CodedArticle],
    store: Store | None,
    sink: EventSink | None,
    summary: CodeSummary,
    report: Callable[[InputError], None],
    on_article: Callable[[CodedArticle], None] | None,
) -> None:
    """Write each coded article to the sinks; store in batches of :data:`STORE_BATCH`."""
    pending: list[CodedArticle] = []
    for coded in coded_articles:
        if coded.error is not None:
            where = coded.article.origin or coded.article.id
            report(InputError(where, f"article {coded.article.id!r} could not be coded ({coded.error})"))
            continue
        summary.articles += 1
        summary.events += len(coded.events)
        if sink is not None:
            sink.write(event.to_dict() for event in coded.events)
        if store is not None:
            pending.append(coded)
            if len(pending) >= STORE_BATCH:
                store.add_many(pending)
                pending.clear()
        if on_article is not None:
            on_article(coded)
    if store is not None and pending:
        store.add_many(pending)


def _check_output(output: str | os.PathLike[str] | None, paths: Sequence[str | os.PathLike[str]]) -> None:
    """Refuse an output file that is also one of the named inputs: writing it would destroy the input."""
    if output is None:
        return
    target = Path(output).resolve()
    for path in paths:
        if Path(path).resolve() == target:
            raise InputError(str(output), "the --output file is also an input; choose another output file")


def _skip_stored(
    articles: Iterator[Article],
    store: Store,
    summary: CodeSummary,
    sink: EventSink | None,
    on_stored: Callable[[Article], None] | None = None,
) -> Iterator[Article]:
    """Articles not yet stored; the events of those already stored go to the output as they are, so
    that a resumed run's output is as complete as a fresh one's. Looked up :data:`STORE_BATCH` at a time
    in one store session (a short-lived DuckDB store opens its file once per look-up batch)."""
    while chunk := list(itertools.islice(articles, STORE_BATCH)):
        fresh = []
        with _session(store):
            for article in chunk:
                if not store.known(article.id, article.text):
                    fresh.append(article)
                    continue
                summary.already_stored += 1
                if sink is not None:
                    sink.write(store.events(article_id=article.id))
                if on_stored is not None:
                    on_stored(article)
        yield from fresh


def _session(store: Store) -> AbstractContextManager[None]:
    """The store's session (it holds a short-lived DuckDB file for the block), or nothing to hold."""
    session = getattr(store, "session", None)
    return session() if session is not None else contextlib.nullcontext()
