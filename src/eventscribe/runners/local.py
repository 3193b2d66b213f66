"""The local runner: ``Pipeline.pipe`` in this process, or mapped over partitions in worker processes.

The pipeline (spaCy model and dictionaries) is loaded once in this process; where the platform can fork,
the workers inherit it ready to use, elsewhere each worker loads its own. Each worker codes whole
partitions of articles, so parsing and coding both run in parallel. Results come back in input order,
and at most a few partitions per worker are in flight, so memory stays bounded on any input size.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.model import Article, CodedArticle
from eventscribe.pipeline import Pipeline
from eventscribe.runners.partitions import (
    Outcome,
    PipelineSettings,
    code_partition,
    partitions,
    rejoin,
    settle_for_fork,
)

__all__ = ["LocalRunner"]

#: Partitions in flight per worker: one being coded, the next ones waiting, so no worker idles.
IN_FLIGHT_PER_WORKER = 3

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: PipelineSettings) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = settings.load().warm()


def _code_chunk(articles: list[Article]) -> list[Outcome]:
    assert _WORKER_PIPELINE is not None, "worker was not initialised"
    return code_partition(_WORKER_PIPELINE, articles)


class LocalRunner:
    """Runs the pipeline on this machine with ``processes`` worker processes (1: in this process)."""

    def __init__(
        self,
        *,
        processes: int = 1,
        model: str | None = None,
        batch_size: int = 8,
        chunk_size: int = 8,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        dictionaries: Sequence[object] = (),
        packaged_dictionaries: bool = True,
    ) -> None:
        """``dictionaries`` and ``packaged_dictionaries``: as for :class:`Pipeline`."""
        if processes < 1:
            raise ValueError("processes must be at least 1")
        self.processes = processes
        self.chunk_size = chunk_size
        self.settings = PipelineSettings(model, batch_size, min_confidence, tuple(dictionaries), packaged_dictionaries)
        self._pipeline: Pipeline | None = None

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code ``articles``; yields one :class:`CodedArticle` per article, in input order."""
        if self.processes == 1:
            if self._pipeline is None:
                self._pipeline = self.settings.load()
            yield from self._pipeline.pipe(articles)
            return
        yield from self._run_parallel(articles)

    def close(self) -> None:
        """Drop the pipeline this runner loaded (workers end with each :meth:`run`)."""
        self._pipeline = None

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _pool(self) -> ProcessPoolExecutor:
        global _WORKER_PIPELINE
        if sys.platform.startswith("linux"):  # fork after loading spaCy is safe on Linux, not on macOS
            _WORKER_PIPELINE = self.settings.load().warm()
            settle_for_fork()
            return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("fork"))
        return ProcessPoolExecutor(
            self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings,),
        )

    def _run_parallel(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        global _WORKER_PIPELINE
        window = IN_FLIGHT_PER_WORKER * self.processes
        chunks = partitions(articles, self.chunk_size)
        pool = self._pool()
        try:
            with pool:
                pending: deque[tuple[list[Article], Future[list[Outcome]]]] = deque()
                for chunk in chunks:
                    pending.append((chunk, pool.submit(_code_chunk, chunk)))
                    if len(pending) == 1:  # the workers are forked now: this process may collect again
                        _WORKER_PIPELINE = None
                        gc.unfreeze()
                    if len(pending) >= window:
                        sent, future = pending.popleft()
                        yield from rejoin(sent, future.result())
                while pending:
                    sent, future = pending.popleft()
                    yield from rejoin(sent, future.result())
        finally:
            _WORKER_PIPELINE = None  # the workers have their copy; do not keep the model here
            gc.unfreeze()
