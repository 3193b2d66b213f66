"""Runners map ``Pipeline.pipe`` over the input: in this process, in local worker processes, or on Ray.

A runner is anything with ``run(articles)`` (coded articles back, in input order) and ``close()``.
:func:`make_runner` is the one place that turns a runner's name into a runner, so a Spark or Dask
runner is one more module and one more entry there. Ray is imported only when a Ray runner starts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.model import Article, CodedArticle
from eventscribe.runners.local import LocalRunner
from eventscribe.runners.ray_runner import RayRunner, RunnerError, check_ray_installed

__all__ = ["RUNNERS", "LocalRunner", "RayRunner", "Runner", "RunnerError", "make_runner"]

#: The names :func:`make_runner` (and ``eventscribe code --runner``) accepts.
RUNNERS = ("local", "ray")


class Runner(Protocol):
    """Codes a stream of articles and yields them back, coded, in input order."""

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...

    def close(self) -> None:
        """Let go of workers and clusters; the runner may be used again afterwards."""
        ...


def make_runner(
    name: str = "local",
    *,
    processes: int | None = None,
    address: str | None = None,
    model: str | None = None,
    batch_size: int = 8,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    packaged_dictionaries: bool = True,
) -> Runner:
    """The runner called ``name``. ``processes``: worker processes (local, default 1) or Ray workers
    (default one per CPU of the cluster). ``address``: a Ray cluster to join (Ray only). ``dictionaries``:
    user dictionary files or directories, read and checked now, then loaded by every worker."""
    user: list[object] = []
    if dictionaries:
        from eventscribe.dictionaries import read_dictionaries

        user = list(read_dictionaries(dictionaries))
    if name == "local":
        if address is not None:
            raise RunnerError("--address names a Ray cluster; use it with --runner ray")
        return LocalRunner(
            processes=processes or 1,
            model=model,
            batch_size=batch_size,
            min_confidence=min_confidence,
            dictionaries=user,
            packaged_dictionaries=packaged_dictionaries,
        )
    if name == "ray":
        check_ray_installed()
        return RayRunner(
            workers=processes,
            address=address,
            model=model,
            batch_size=batch_size,
            min_confidence=min_confidence,
            dictionaries=user,
            packaged_dictionaries=packaged_dictionaries,
        )
    raise RunnerError(f"unknown runner {name!r}; choose one of {', '.join(RUNNERS)}")
