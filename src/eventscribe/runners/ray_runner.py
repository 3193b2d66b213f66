"""The Ray runner: ``Pipeline.pipe`` mapped over partitions by Ray actors that keep the pipeline loaded.

Each worker is an actor holding one :class:`~eventscribe.pipeline.Pipeline` (the spaCy model and every
dictionary), loaded once when the actor starts. The runner cuts the input into partitions, keeps a few
of them in flight per worker (a new one goes to the least busy worker as soon as one finishes), and
yields the coded articles in input order, so memory stays bounded on any input size and the output is
the local runner's, record for record.

Without an address, a single-node cluster is started on the fly on 127.0.0.1 (no dashboard, no usage
statistics, one CPU per worker, its files in a temporary folder) and shut down at the end. With an
address, the runner joins that cluster, starts its actors there, and only disconnects at the end.
Ray is imported only here, and only when a Ray runner starts, so eventscribe works without it.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventscribe.errors import EventscribeError
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE
from eventscribe.model import Article, CodedArticle
from eventscribe.runners.partitions import Outcome, PipelineSettings, code_partition, partitions, rejoin

__all__ = ["IN_FLIGHT_PER_WORKER", "PipelineWorker", "RayRunner", "RunnerError", "check_ray_installed", "import_ray"]

#: Partitions queued on one worker at a time: one being coded, the next one waiting.
IN_FLIGHT_PER_WORKER = 2
#: Shared memory of the cluster started on the fly; partitions are small, so little is needed.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024
#: How long the workers may take to start and load their pipelines.
START_TIMEOUT_S = 600.0
INSTALL_HINT = "install it with `pip install 'eventscribe[ray]'` (or `pip install ray`)"


class RunnerError(EventscribeError):
    """A runner could not start, reach its cluster, or get results back from its workers."""


def check_ray_installed() -> None:
    """Raise :class:`RunnerError` with the install command when Ray is not installed (without importing it)."""
    try:
        found = importlib.util.find_spec("ray") is not None
    except (ImportError, ValueError):  # a broken or blocked installation
        found = False
    if not found:
        raise RunnerError(f"the ray runner needs Ray, which is not installed; {INSTALL_HINT}")


def import_ray(*, local: bool) -> Any:
    """Import Ray, or say how to install it. ``local``: the cluster will be started here, so keep it
    on the loopback interface (this must be set before Ray is first imported)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if local and "ray" not in sys.modules:  # Ray reads these when it is first imported
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # Ray's switch for a loopback node
        os.environ.setdefault("RAY_AUTH_MODE", "token")  # Ray's default for a new cluster, without its warning
    try:
        import ray
    except ImportError:
        raise RunnerError(f"the ray runner needs Ray, which is not installed; {INSTALL_HINT}") from None
    return ray


class PipelineWorker:
    """What a Ray actor holds: one pipeline, loaded when the actor starts and kept for every partition."""

    def __init__(self, settings: PipelineSettings) -> None:
        self.pipeline = settings.load().warm()
        gc.freeze()  # the collector need never walk the dictionaries again

    def ready(self) -> int:
        """The worker's process id, once its pipeline is loaded."""
        return os.getpid()

    def code(self, articles: list[Article]) -> list[Outcome]:
        return code_partition(self.pipeline, articles)

    def peak_rss(self) -> int:
        """The most memory this worker's process has held so far (resident set, bytes)."""
        import resource  # Unix only, like Ray's workers

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class RayRunner:
    """Codes articles on a Ray cluster with ``workers`` actors (default: one per CPU of the cluster).

    :meth:`run` connects and starts the workers if :meth:`open` was not called, and then lets them go
    when it ends; after an explicit :meth:`open`, the workers stay up until :meth:`close`.
    """

    def __init__(
        self,
        *,
        workers: int | None = None,
        address: str | None = None,
        model: str | None = None,
        batch_size: int = 8,
        chunk_size: int = 8,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        dictionaries: Sequence[object] = (),
        packaged_dictionaries: bool = True,
    ) -> None:
        """``dictionaries`` and ``packaged_dictionaries``: as for :class:`Pipeline`, loaded by every worker."""
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.address = address
        self.chunk_size = chunk_size
        self.settings = PipelineSettings(model, batch_size, min_confidence, tuple(dictionaries), packaged_dictionaries)
        self._ray: Any = None
        self._actors: list[Any] = []
        self._disconnect = False  # this runner called ray.init, so it calls ray.shutdown
        self._temp_dir: str | None = None

    def open(self) -> RayRunner:
        """Connect to (or start) the cluster and start the workers; returns when every model is loaded."""
        if self._actors:
            return self
        ray = self._ray = import_ray(local=self.address is None)
        if not ray.is_initialized():
            self._connect(ray)
        count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        free = int(ray.available_resources().get("CPU", 0))
        if free < count:
            self.close()
            raise RunnerError(
                f"the Ray cluster has {free} free CPUs for {count} workers (one CPU each); "
                "ask for fewer with --processes, or add nodes to the cluster"
            )
        actor_class = ray.remote(num_cpus=1, max_restarts=0)(PipelineWorker)
        self._actors = [actor_class.remote(self.settings) for _ in range(count)]
        try:
            self._get([actor.ready.remote() for actor in self._actors], timeout=START_TIMEOUT_S)
        except RunnerError:
            self.close()
            raise
        return self

    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code ``articles``; yields one :class:`CodedArticle` per article, in input order."""
        opened_here = not self._actors
        self.open()
        try:
            yield from self._dispatch(partitions(articles, self.chunk_size))
        finally:
            if opened_here:
                self.close()

    def worker_memory(self) -> list[int]:
        """The peak resident memory of each worker process so far, in bytes."""
        return list(self._get([actor.peak_rss.remote() for actor in self._actors]))

    def close(self) -> None:
        """Stop the workers; shut the cluster down if this runner started it, else disconnect."""
        ray, actors = self._ray, self._actors
        self._actors = []
        if ray is None:
            return
        for actor in actors:
            ray.kill(actor)
        if self._disconnect:
            ray.shutdown()
            self._disconnect = False
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _connect(self, ray: Any) -> None:
        quiet = {"log_to_driver": False, "logging_level": logging.WARNING, "namespace": "eventscribe"}
        if self.address is not None:
            try:
                ray.init(address=self.address, **quiet)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise RunnerError(
                    f"cannot join the Ray cluster at {self.address!r} ({exc}); start one with "
                    "`ray start --head`, or leave out --address to start a local cluster"
                ) from None
            self._disconnect = True
            return
        self._temp_dir = tempfile.mkdtemp(prefix="eventscribe-ray-")
        ray.init(
            address="local",
            num_cpus=self.workers or os.cpu_count() or 1,
            include_dashboard=False,
            object_store_memory=LOCAL_OBJECT_STORE_BYTES,
            _temp_dir=self._temp_dir,
            **quiet,
        )
        self._disconnect = True

    def _dispatch(self, chunks: Iterator[list[Article]]) -> Iterator[CodedArticle]:
        """Keep each worker busy with up to :data:`IN_FLIGHT_PER_WORKER` partitions; yield in order."""
        ray = self._ray
        busy = [0] * len(self._actors)
        running: dict[Any, int] = {}  # submitted and not yet finished -> the worker coding it
        order: deque[tuple[list[Article], Any]] = deque()  # submitted and not yet yielded
        exhausted = False
        while True:
            while not exhausted and min(busy) < IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                worker = busy.index(min(busy))
                ref = self._actors[worker].code.remote(chunk)
                running[ref] = worker
                busy[worker] += 1
                order.append((chunk, ref))
            if not order:
                return
            sent, head = order[0]
            if head in running:  # wait for any partition to finish, so that its worker gets the next
                finished, _ = ray.wait(list(running), num_returns=1)
                for ref in finished:
                    busy[running.pop(ref)] -= 1
                continue
            order.popleft()
            yield from rejoin(sent, self._get(head))

    def _get(self, refs: Any, timeout: float | None = None) -> Any:
        try:
            return self._ray.get(refs, timeout=timeout)
        except self._ray.exceptions.GetTimeoutError:
            raise RunnerError(f"the Ray workers did not start within {timeout:.0f} s; is the cluster busy?") from None
        except self._ray.exceptions.RayError as exc:
            lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
            cause = lines[-1] if lines else type(exc).__name__  # Ray puts the worker's own error last
            raise RunnerError(f"a Ray worker failed: {cause}") from None
