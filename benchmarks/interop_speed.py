"""Speed of `eventscribe import` and `eventscribe export` on a large synthetic store.

Writes an ICEWS-format file of ``--events`` synthetic events (dyads, codes, dates and places drawn at
random), imports it into a fresh DuckDB store with the import command's code, then exports that store in
each format, as mentions and as grouped events. Prints rows/s for each step and the peak memory (RSS).
Needs nothing from ../shared.

    .venv/bin/python benchmarks/interop_speed.py [--events 1000000] [--formats csv,parquet,gdelt]
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventscribe.interop import export_store, import_files
from eventscribe.store import open_store

HEADER = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
    "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude"
)
COUNTRIES = ["Israel", "Iran", "Turkey", "Syria", "Egypt", "United States", "Russian Federation", "China", "India"]
SECTORS = ["Government", "Military,Government", "Police", "Parties", "General Population / Civilian / Social", "NA"]
CODES = [("040", "Consult", "1"), ("111", "Criticize or denounce", "-2"), ("190", "Use force", "-10"),
         ("036", "Express intent to meet", "4"), ("173", "Arrest", "-5")]  # fmt: skip


def write_icews(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for i in range(n):
            a, b = rng.sample(COUNTRIES, 2)
            code, text, intensity = rng.choice(CODES)
            day = f"2018-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            out.write(
                f"{i}\t{day}\tGovernment ({a})\t{rng.choice(SECTORS)}\t{a}\t{text}\t{code}\t{intensity}\t"
                f"Citizen ({b})\t{rng.choice(SECTORS)}\t{b}\t{i // 3}\t{i % 3}\tWire\tNA\tNA\tNA\t{a}\t"
                f"{rng.uniform(-80, 80):.4f}\t{rng.uniform(-170, 170):.4f}\n"
            )


def timed(label: str, n: int, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<28} {n:>10,} rows  {seconds:8.1f} s  {n / seconds:>10,.0f} rows/s  peak RSS {peak:,.0f} MB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--formats", default="jsonl,csv,parquet,gdelt,plover")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "icews.tab"
        write_icews(source, args.events)
        with open_store(str(folder / "events.duckdb")) as store:
            timed("import icews", args.events, lambda: import_files(store, [source], format="icews"))
            for fmt in args.formats.split(","):
                for unit in ("mentions", "groups"):
                    output = folder / f"out.{unit}.{fmt}"
                    summary = timed(
                        f"export {fmt} {unit}",
                        args.events,
                        lambda fmt=fmt, output=output, unit=unit: export_store(store, fmt, output, unit=unit),
                    )
                    print(f"{'':28} {summary.line()}")


if __name__ == "__main__":
    main()
