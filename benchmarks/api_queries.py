"""How fast the dyad and network API calls answer on a store of 1 million events (target: < 100 ms each).

    .venv/bin/python benchmarks/api_queries.py [--events 1000000] [--db tmp/bench-1m.duckdb] [--repeat 20]

The store is filled once with synthetic events through ``Store.add_events`` (as imports arrive) and kept
at ``--db`` for later runs. Each call is made through a real ``eventscribe serve`` on a free loopback port,
over HTTP, with varying actors and windows so that no answer is simply repeated; the figures are the
median and the slowest of ``--repeat`` calls per kind, after one warm-up call.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "tmp" / "bench-1m.duckdb"


def build_store(path: Path, n: int) -> None:
    """Fill ``path`` with ``n`` synthetic events, unless it already holds that many."""
    from eventscribe.analysis.synthetic import synthetic_rows
    from eventscribe.store import open_store

    path.parent.mkdir(parents=True, exist_ok=True)
    with open_store(str(path)) as store:
        have = store.count("events")
        if have >= n:
            return
        started = time.perf_counter()
        rows = synthetic_rows(n, seed=1)
        while chunk := list(itertools.islice(rows, 50_000)):
            store.add_events(chunk)
            print(f"  stored {store.count('events'):,} events", file=sys.stderr)
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(db: Path, *extra: str) -> Iterator[str]:
    """A real ``eventscribe serve`` on a free loopback port; yields its base URL and stops it after."""
    port = free_port()
    command = [sys.executable, "-m", "eventscribe.cli", "serve", "--db", str(db), "--port", str(port), *extra]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/health", timeout=1.0).raise_for_status()
                break
            except httpx.HTTPError:
                if server.poll() is not None or time.monotonic() > deadline:
                    error = server.stderr.read().decode() if server.stderr else ""
                    raise RuntimeError(f"serve did not start: {error}") from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def _calls(kind: str, repeat: int) -> list[tuple[str, dict[str, str]]]:
    from eventscribe.analysis.synthetic import COUNTRIES

    calls = []
    for i in range(repeat + 1):
        a, b = COUNTRIES[i % 10], COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]
        year = 2000 + i % 24
        if kind == "dyad":
            calls.append(("/api/dyads", {"a": a, "b": b, "freq": "month"}))
        elif kind == "dyad (sector, one year)":
            calls.append(("/api/dyads", {"a": a + "GOV", "b": b, "freq": "week",
                                         "start": f"{year}-01-01", "end": f"{year}-12-31"}))  # fmt: skip
        elif kind == "network (one year)":
            calls.append(("/api/network", {"start": f"{year}-01-01", "end": f"{year}-12-31"}))
        else:
            calls.append(("/api/network", {"start": dt.date(2000 + i % 5, 1, 1).isoformat(), "end": "2024-12-31"}))
    return calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    build_store(args.db, args.events)
    kinds = ["dyad", "dyad (sector, one year)", "network (one year)", "network (20+ years)"]
    with serving(args.db) as base, httpx.Client(base_url=base, timeout=30) as client:
        total = client.get("/api/events", params={"limit": 1}).json()["total"]
        print(f"store: {args.db} ({total:,} events); {args.repeat} calls per kind over HTTP on loopback")
        for kind in kinds:
            times = []
            for n, (path, params) in enumerate(_calls(kind, args.repeat)):
                started = time.perf_counter()
                client.get(path, params=params).raise_for_status()
                if n:  # the first call warms up
                    times.append((time.perf_counter() - started) * 1000)
            print(f"{kind:26s} median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
