"""What the speed benchmarks share: the Reuters-21578 texts, bare spaCy's time, peak memory per process,
and the machine's load."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import threading
import time
from pathlib import Path

from _shared import shared_dir

from eventscribe.nlp import choose_model

MONTHS = {m: k for k, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


def reuters_records(limit: int | None = None) -> list[dict]:
    """The Reuters-21578 stories that have a body, as input records (id, text = the body, date, title)."""
    records: list[dict] = []
    for path in sorted((shared_dir() / "corpora" / "reuters21578").glob("reuters21578_part*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                story = json.loads(line)
                body = (story.get("body") or "").strip()
                if not body:
                    continue
                records.append(
                    {
                        "id": f"reuters-{story['newid']}",
                        "text": body,
                        "date": _date(story.get("date", "")),
                        "title": story.get("title") or None,
                    }  # fmt: skip
                )
                if limit is not None and len(records) >= limit:
                    return records
    return records


def _date(value: str) -> str:
    """'26-FEB-1987 15:01:01.79' -> '1987-02-26' (Reuters' own format)."""
    try:
        day, month, year = value.strip().split(" ")[0].split("-")
        return dt.date(int(year), MONTHS[month.upper()], int(day)).isoformat()
    except (KeyError, ValueError):
        return "1987-03-01"  # the collection's month, for the few stories with a garbled date


def write_jsonl(records: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({k: v for k, v in record.items() if v is not None}) + "\n")


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def bare_spacy(texts: list[str], processes: int, batch_size: int) -> float:
    """Seconds for ``spacy.load`` and ``nlp.pipe(texts, n_process=processes)``: the floor of the design."""
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(choose_model())
    for _ in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def peak_rss_self() -> int:
    """This process's peak resident memory, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class ChildMemory:
    """Samples the peak resident memory (VmHWM) of every child process while it runs, per process id."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            for pid in _children(os.getpid()):
                peak = _vm_hwm(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)
            self._stop.wait(self.interval)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _vm_hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def mib(value: int) -> str:
    return f"{value / 2**20:.0f} MiB"
