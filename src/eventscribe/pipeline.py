"""The pipeline: articles in, coded articles out, in one streaming call.

``Pipeline.pipe`` is the single batch entry point (the way spaCy's ``Language.pipe`` is): the local and
distributed runners only map it over partitions of the input.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE, EventCoder
from eventscribe.ingest.files import clean_text
from eventscribe.model import Article, CodedArticle
from eventscribe.nlp import Parser

if TYPE_CHECKING:
    from eventscribe.dictionaries.runtime import DictionaryLike

__all__ = ["Pipeline"]


class Pipeline:
    """ingest -> nlp -> actors/events/dates/places. Models and dictionaries load on first use."""

    def __init__(
        self,
        *,
        parser: Parser | None = None,
        coder: EventCoder | None = None,
        model: str | None = None,
        batch_size: int = 8,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        dictionaries: Sequence[DictionaryLike] = (),
        packaged_dictionaries: bool = True,
    ) -> None:
        """``dictionaries``: user dictionary files, directories or :class:`UserDictionary` objects that add
        to (or, with ``packaged_dictionaries=False``, replace) the packaged actors and verbs; see
        :mod:`eventscribe.dictionaries`."""
        self.parser = parser or Parser(model=model, batch_size=batch_size)
        self.min_confidence = min_confidence
        self._coder = coder
        self._user = None
        if dictionaries or not packaged_dictionaries:
            from eventscribe.dictionaries import runtime

            self._user = runtime.load(dictionaries)  # read and checked now: errors surface at once
            self._packaged = packaged_dictionaries
            self._discards = runtime.Discards.of(self._user)

    @property
    def coder(self) -> EventCoder:
        if self._coder is None and self._user is not None:
            from eventscribe.dictionaries.runtime import build_coder

            with _collector_paused():
                self._coder = build_coder(self._user, packaged=self._packaged, min_confidence=self.min_confidence)
        if self._coder is None:
            with _collector_paused():
                self._coder = EventCoder(min_confidence=self.min_confidence)
        return self._coder

    def warm(self) -> Pipeline:
        """Load the model, every dictionary and the date parser now rather than on the first article."""
        from eventscribe.when.fallback import warm

        with _collector_paused():
            _ = self.parser.nlp, self.coder
            warm()
        return self

    def pipe(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code ``articles`` in input order; one :class:`CodedArticle` per article.

        A fault while coding one article is recorded on that article (``CodedArticle.error``) and the
        stream goes on with the next one.
        """
        coder = self.coder
        for parsed in self.parser.pipe(_with_clean_text(articles)):
            if parsed.error is not None:
                yield CodedArticle(parsed.article, (), error=parsed.error)
                continue
            try:
                events = coder.code(parsed)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                yield CodedArticle(parsed.article, (), error=f"{type(exc).__name__}: {exc}")
                continue
            coded = CodedArticle(article=parsed.article, events=events)
            yield self._discards.apply(coded) if self._user is not None else coded

    def code(self, article: Article) -> CodedArticle:
        """Code one article."""
        return next(self.pipe([article]))


def _with_clean_text(articles: Iterable[Article]) -> Iterator[Article]:
    """Each article with its text as the readers give it (:func:`~eventscribe.ingest.files.clean_text`:
    character references decoded, "Iran&#39;s" -> "Iran's"), for articles made in Python rather than
    read from a file; text that is already clean comes through unchanged."""
    for article in articles:
        text = article.text
        cleaned = clean_text(text) if isinstance(text, str) else text  # (the parser reports a text that is none)
        yield article if cleaned == text else replace(article, text=cleaned)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the dictionaries load.

    Loading builds about a million small objects that all stay alive; with the collector on, each of its
    passes walks the ones built so far, which doubles the load time. Nothing is leaked: the collector
    resumes (if it was on) when loading ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
