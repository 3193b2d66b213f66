"""A bounded load test of ``eventscribe serve`` on 127.0.0.1 over a store of 1 million synthetic events.

    .venv/bin/python benchmarks/load.py [--events 1000000] [--seconds 30] [--clients 8] [--max-requests 20000]

Starts a real ``serve`` on a free loopback port (nothing else is ever addressed), then ``--clients`` threads
send a mix of API calls (event searches with filters and pages, single events, dyads, networks for one
year, shifts) until ``--seconds`` pass or ``--max-requests`` are sent, and it stops the server. It prints
requests per second and the p50/p99 latency, overall and per kind of call, and the count of non-2xx answers.
The store is the one ``benchmarks/api_queries.py`` builds (kept at ``--db``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
from api_queries import DEFAULT_DB, build_store, serving

from eventscribe.analysis.synthetic import COUNTRIES, SECTORS


def _request(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """(kind, path, params) of one call of the mix."""
    a, b = rng.sample(COUNTRIES[:15], 2)
    year = rng.randrange(2000, 2025)
    roll = rng.random()
    if roll < 0.35:
        params = {"actor": a + rng.choice(("", *SECTORS)), "limit": "50", "offset": str(rng.randrange(0, 200))}
        if rng.random() < 0.5:
            params |= {"start": f"{year}-01-01", "end": f"{year}-12-31"}
        return "events", "/api/events", params
    if roll < 0.50:
        return "event", f"/api/events/syn-1-{rng.randrange(1_000_000)}", {}
    if roll < 0.75:
        return "dyads", "/api/dyads", {"a": a, "b": b, "freq": rng.choice(("month", "week"))}
    if roll < 0.90:
        return "network", "/api/network", {"start": f"{year}-01-01", "end": f"{year}-12-31"}
    return "shifts", "/api/shifts", {"a": a, "b": b}


def _client(base: str, stop: float, budget: list[int], lock: threading.Lock, seed: int, out: list) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        while time.monotonic() < stop:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            kind, path, params = _request(rng)
            started = time.perf_counter()
            status = client.get(path, params=params).status_code
            out.append((kind, (time.perf_counter() - started) * 1000, status))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=20_000)
    args = parser.parse_args()
    build_store(args.db, args.events)
    results: list[tuple[str, float, int]] = []
    with serving(args.db) as base:
        total = httpx.get(f"{base}/api/events", params={"limit": 1}, timeout=30).json()["total"]
        stop = time.monotonic() + args.seconds
        budget, lock = [args.max_requests], threading.Lock()
        threads = [threading.Thread(target=_client, args=(base, stop, budget, lock, i, results))
                   for i in range(args.clients)]  # fmt: skip
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    times = [ms for _, ms, _ in results]
    failed = sum(1 for *_, status in results if not 200 <= status < 300)
    print(f"store: {total:,} events; {args.clients} clients for {elapsed:.1f} s on 127.0.0.1")
    print(f"all       {len(results):6d} requests  {len(results) / elapsed:7.1f} req/s  "
          f"p50 {statistics.median(times):7.1f} ms  p99 {_percentile(times, 0.99):7.1f} ms  non-2xx {failed}")  # fmt: skip
    for kind in ("events", "event", "dyads", "network", "shifts"):
        mine = [ms for k, ms, _ in results if k == kind]
        if mine:
            print(f"{kind:9s} {len(mine):6d} requests  p50 {statistics.median(mine):7.1f} ms  "
                  f"p99 {_percentile(mine, 0.99):7.1f} ms")  # fmt: skip
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
