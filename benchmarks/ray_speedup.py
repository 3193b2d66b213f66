"""Ray with 2 workers against 1, on 2,000 Reuters-21578 stories: the speed-up.

For each worker count, a local Ray cluster with that many CPUs is started and the workers load their
pipelines; that start-up is NOT timed. Two partitions per worker are coded to warm the workers up (not
timed either). The timed part is ``RayRunner.run`` over the 2,000 stories: partitions sent, coded by
``Pipeline.pipe`` in the actors, results back in input order. Prints the time of each, the speed-up,
each worker's peak resident memory and the load average.

    .venv/bin/python benchmarks/ray_speedup.py [--articles 2000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from _measure import load_average, mib, reuters_records, words

from eventscribe.model import Article
from eventscribe.runners import RayRunner


def timed_run(articles: list[Article], workers: int) -> tuple[float, float, int, list[int]]:
    started = time.perf_counter()
    runner = RayRunner(workers=workers).open()
    try:
        list(runner.run(articles[: 16 * workers]))  # two partitions per worker to warm up, not timed
        setup = time.perf_counter() - started
        start = time.perf_counter()
        events = sum(len(coded.events) for coded in runner.run(articles))
        elapsed = time.perf_counter() - start
        memory = runner.worker_memory()
    finally:
        runner.close()
    return setup, elapsed, events, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    records = reuters_records(args.articles)
    articles = [Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in records]
    total_words = words([a.text for a in articles])
    print(f"{len(articles)} Reuters-21578 stories, {total_words} words; start-up and model load not timed")
    times: dict[int, float] = {}
    for workers in args.workers:
        print(f"load average before {workers} worker(s): {load_average()}", flush=True)
        setup, elapsed, events, memory = timed_run(articles, workers)
        times[workers] = elapsed
        print(f"{workers} worker(s): {elapsed:7.1f} s  {len(articles) / elapsed:6.1f} articles/s  "
              f"{total_words / elapsed:6.0f} words/s  ({events} events; start-up {setup:.1f} s, untimed; "
              f"peak RSS per worker {', '.join(mib(m) for m in memory)})", flush=True)  # fmt: skip
    print(f"load average after: {load_average()}")
    if 1 in times:
        for workers, elapsed in times.items():
            if workers != 1:
                print(f"speed-up, {workers} workers against 1: {times[1] / elapsed:.2f}")


if __name__ == "__main__":
    main()
