"""Runners map ``Pipeline.pipe`` over the input: locally, or (later) on a cluster engine."""

from collections.abc import Iterable, Iterator
from typing import Protocol

from eventscribe.model import Article, CodedArticle
from eventscribe.runners.local import LocalRunner

__all__ = ["LocalRunner", "Runner"]


class Runner(Protocol):
    """Anything that codes a stream of articles and yields them back, coded, in input order."""

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...
