"""The Ray runner on a real local Ray cluster: the same records as the local runner, in input order.

One cluster is started on the fly for the module, as ``--runner ray`` does without ``--address``
(joining a running cluster: test_ray_address.py).
"""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from conftest import ROOT

from eventscribe.ingest import read_inputs
from eventscribe.model import Article
from eventscribe.runners import RayRunner, RunnerError

pytestmark = [
    pytest.mark.ray,
    pytest.mark.spacy,
    pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed"),
]

SENTENCES = [
    "Israeli troops attacked Hamas fighters in Gaza on Monday.",
    "Iranian President Hassan Rouhani met Turkish Prime Minister Recep Tayyip Erdogan in Tehran.",
    "The United Nations condemned the bombing of a school in Syria.",
    "Russia accused Ukraine of shelling the city of Donetsk last week.",
    "German Chancellor Angela Merkel urged China to release the detained activists.",
    "Egyptian police arrested dozens of protesters in Cairo.",
]


def _generated(count: int) -> list[Article]:
    """Articles of a few news sentences each, in different orders, plus one the parser cannot take."""
    articles = []
    for k in range(count):
        text = " ".join(SENTENCES[(k + j) % len(SENTENCES)] for j in range(1 + k % 4))
        articles.append(Article(id=f"g{k}", text=text, date=dt.date(2014, 6, 26) + dt.timedelta(days=k)))
    articles.insert(5, Article(id="bad", text="Israel attacked Hamas \ud83d in Gaza.", date=dt.date(2014, 6, 26)))
    return articles


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [*read_inputs([ROOT / "examples"]), *_generated(14)]


def test_a_worker_that_cannot_load_its_model_is_a_clear_error():
    """Runs first, on a cluster of its own that it shuts down again."""
    broken = RayRunner(workers=1, model="no_such_spacy_pipeline")
    with pytest.raises(RunnerError, match="no_such_spacy_pipeline"):
        list(broken.run([Article(id="x", text="Israel attacked Hamas.")]))
    import ray

    assert not ray.is_initialized()  # the cluster it started is shut down


@pytest.fixture(scope="module")
def ray_runner():
    runner = RayRunner(workers=2, chunk_size=2).open()  # small partitions: many in flight, order matters
    yield runner
    runner.close()


def test_a_cluster_with_too_few_free_cpus_is_a_clear_error(ray_runner):
    with pytest.raises(RunnerError, match="0 free CPUs for 1 workers"):
        RayRunner(workers=1).open()


def test_ray_runner_codes_the_same_records_as_the_local_runner_in_input_order(articles, ray_runner, pipeline):
    local = list(pipeline.pipe(articles))  # what the local runner does in one process
    on_ray = list(ray_runner.run(articles))
    assert [c.article.id for c in on_ray] == [a.id for a in articles]
    assert [[e.to_dict() for e in c.events] for c in on_ray] == [[e.to_dict() for e in c.events] for c in local]
    assert [c.error for c in on_ray] == [c.error for c in local]
    assert sum(len(c.events) for c in on_ray) > 10
    assert next(c for c in on_ray if c.article.id == "bad").error


def test_ray_workers_stay_within_the_memory_budget(ray_runner):
    peaks = ray_runner.worker_memory()
    assert len(peaks) == 2
    assert all(0 < peak <= 1.5 * 2**30 for peak in peaks), peaks
