"""Speed of `eventscribe code` against bare spaCy on the same 300 BBC articles, in the same run.

Both use two processes: spaCy's own ``nlp.pipe(n_process=2)`` for the baseline, and eventscribe's local
runner with ``processes=2`` (each worker parses and codes). Both timings start cold, so each includes
loading its model (``spacy.load`` for the baseline; the pipeline, its dictionaries and the workers for
eventscribe). Prints words/s for each and their ratio.

    .venv/bin/python benchmarks/speed.py [--articles 300] [--processes 2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _measure import bare_spacy, load_average, words
from _shared import shared_dir

from eventscribe.coding import code_inputs
from eventscribe.nlp import choose_model


def load_bbc(n: int) -> list[dict]:
    files = sorted((shared_dir() / "corpora" / "bbc").glob("bbc_*.jsonl"))
    per_file = -(-n // len(files))
    records: list[dict] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for _, line in zip(range(per_file), handle, strict=False):
                records.append(json.loads(line))
    return records[:n]


def eventscribe_code(records: list[dict], processes: int, batch_size: int, db: bool) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bbc.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for r in records:
                handle.write(json.dumps({"id": r["id"], "text": r["text"], "date": "2005-01-01"}) + "\n")
        start = time.perf_counter()
        summary = code_inputs(
            [source],
            output=Path(tmp) / "events.jsonl",
            db=str(Path(tmp) / "events.duckdb") if db else None,
            processes=processes,
            batch_size=batch_size,
        )
        return time.perf_counter() - start, summary.events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--db", action="store_true", help="also write a DuckDB store")
    args = parser.parse_args()
    print(f"load average before: {load_average()}", flush=True)
    records = load_bbc(args.articles)
    texts = [r["text"] for r in records]
    n_words = words(texts)
    base = bare_spacy(texts, args.processes, args.batch_size)
    ours, events = eventscribe_code(records, args.processes, args.batch_size, args.db)
    print(f"articles: {len(texts)}, words: {n_words}, model: {choose_model()}, processes: {args.processes}")
    print(f"bare spaCy      : {base:7.2f} s  {n_words / base:8.0f} words/s")
    print(f"eventscribe code: {ours:7.2f} s  {n_words / ours:8.0f} words/s  ({events} events)")
    print(f"ratio (eventscribe / bare spaCy): {base / ours:.2f}")
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
