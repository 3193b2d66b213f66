"""What every runner shares: the settings its workers' pipelines are made from, cutting the input into
partitions, and what a worker sends back.

A worker codes a partition with ``Pipeline.pipe`` and sends back only what it added (each article's
events, or its error); the runner pairs these with the articles it kept, so article texts cross the
process boundary once, not twice.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.model import Article, CodedArticle, Event
from eventscribe.pipeline import Pipeline

__all__ = ["Outcome", "PipelineSettings", "code_partition", "partitions", "rejoin", "settle_for_fork"]

#: What a worker returns for one article: its events and its error (None when it was coded).
Outcome = tuple[tuple[Event, ...], str | None]


@dataclass(frozen=True)
class PipelineSettings:
    """What each worker's :class:`Pipeline` is made from (``dictionaries``: as for :class:`Pipeline`)."""

    model: str | None = None
    batch_size: int = 8
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    dictionaries: tuple[object, ...] = ()
    packaged_dictionaries: bool = True

    def load(self) -> Pipeline:
        """A pipeline with these settings (its model and dictionaries load on first use, or on ``warm()``)."""
        return Pipeline(
            model=self.model,
            batch_size=self.batch_size,
            min_confidence=self.min_confidence,
            dictionaries=self.dictionaries,  # type: ignore[arg-type]
            packaged_dictionaries=self.packaged_dictionaries,
        )


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in consecutive lists of at most ``size``, read lazily."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_partition(pipeline: Pipeline, articles: list[Article]) -> list[Outcome]:
    """Code one partition with ``pipeline.pipe``; one outcome per article, in order."""
    return [(coded.events, coded.error) for coded in pipeline.pipe(articles)]


def rejoin(articles: list[Article], outcomes: list[Outcome]) -> Iterator[CodedArticle]:
    """The coded articles of a partition, from the articles sent and the outcomes that came back."""
    if len(outcomes) != len(articles):
        raise RuntimeError(f"a worker returned {len(outcomes)} results for {len(articles)} articles")
    for article, (events, error) in zip(articles, outcomes, strict=True):
        yield CodedArticle(article=article, events=events, error=error)


def settle_for_fork() -> None:
    """Move every object alive now out of the garbage collector's reach (``gc.freeze``).

    Called once the pipeline is loaded: the collector then never walks the dictionaries again, so
    forked workers keep sharing their memory pages with the parent instead of copying them. (No
    collection first: loading leaves no garbage, and a full pass over it costs half a second.)
    """
    gc.freeze()
