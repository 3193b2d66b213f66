"""All of Reuters-21578 (19k stories with a body) coded end to end into DuckDB, against bare spaCy.

`eventscribe`'s own path: the stories as a JSON-lines file, read, parsed and coded by the local runner
with ``--processes`` workers, and stored in a fresh DuckDB file (``code_inputs``, what
``eventscribe code news.jsonl --db reuters.duckdb --processes 2`` runs). The baseline: ``spacy.load`` and
``nlp.pipe(n_process=2)`` on the same texts. Both timings start cold (model loads included). Prints
articles/s, words/s, the ratio, the peak resident memory of this process and of each worker, and the
load average before and after.

    .venv/bin/python benchmarks/reuters.py [--limit N] [--processes 2] [--batch-size 8] [--skip-bare]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _measure import ChildMemory, bare_spacy, load_average, mib, peak_rss_self, reuters_records, words, write_jsonl

from eventscribe.coding import code_inputs
from eventscribe.nlp import choose_model
from eventscribe.store import open_store


def code_into_duckdb(source: Path, db: Path, processes: int, batch_size: int) -> tuple[float, int, int, dict]:
    with ChildMemory() as children:
        start = time.perf_counter()
        summary = code_inputs([source], db=str(db), processes=processes, batch_size=batch_size)
        elapsed = time.perf_counter() - start
    store = open_store(str(db))
    try:
        stored = store.count("events")
    finally:
        store.close()
    assert stored == summary.events, (stored, summary.events)
    return elapsed, summary.articles, summary.events, children.peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N stories (a quick check)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--skip-bare", action="store_true", help="do not time bare spaCy")
    args = parser.parse_args()
    records = reuters_records(args.limit)
    texts = [r["text"] for r in records]
    total_words = words(texts)
    print(f"Reuters-21578: {len(records)} stories, {total_words} words, model {choose_model()}, "
          f"{args.processes} processes, batch size {args.batch_size}")  # fmt: skip
    print(f"load average before: {load_average()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        source, db = Path(tmp) / "reuters.jsonl", Path(tmp) / "reuters.duckdb"
        write_jsonl(records, source)
        ours, articles, events, workers = code_into_duckdb(source, db, args.processes, args.batch_size)
        size = db.stat().st_size
    print(f"eventscribe code --db: {ours:8.1f} s  {articles / ours:7.1f} articles/s  {total_words / ours:7.0f} "
          f"words/s  ({articles} articles, {events} events, DuckDB file {mib(size)})")  # fmt: skip
    print(f"peak RSS: parent {mib(peak_rss_self())}; workers " + ", ".join(mib(p) for p in workers.values()))
    print(f"load average after eventscribe: {load_average()}", flush=True)
    if args.skip_bare:
        return
    base = bare_spacy(texts, args.processes, args.batch_size)
    print(f"bare spaCy n_process={args.processes}: {base:8.1f} s  {len(texts) / base:7.1f} articles/s  "
          f"{total_words / base:7.0f} words/s")  # fmt: skip
    print(f"ratio (eventscribe / bare spaCy): {base / ours:.2f}")
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
