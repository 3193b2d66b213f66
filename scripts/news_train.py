"""The hand-coded training sentences of ``scripts/data/news_train/`` (stop 17), for the training scripts.

Each ``batchN.jsonl`` is a gold file (DESIGN.md's format) of real news sentences drawn from
../shared/corpora by ``scripts/draw_corpus_sentences.py`` and coded blind by hand, whose events also
mark the words of their source, target and trigger (``source_text``, ``target_text``, ``trigger``).
They train the learned parts; no benchmark figure is read from them, so the gold sets' dev and test
halves keep their roles. See ``scripts/data/news_train/README.md``.
"""

from __future__ import annotations

from pathlib import Path

from eventscribe.evaluate import GoldRecord, load_gold

TRAIN_DIR = Path(__file__).resolve().parent / "data" / "news_train"
HELD_OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "held_out_ids.txt"


def train_paths(folder: Path = TRAIN_DIR) -> list[Path]:
    return sorted(folder.glob("batch*.jsonl"))


def load_train(folder: Path = TRAIN_DIR) -> list[GoldRecord]:
    """Every training record, in file order; an id used twice across the files is an error."""
    records: list[GoldRecord] = []
    seen: dict[str, Path] = {}
    for path in train_paths(folder):
        for record in load_gold(path):
            if record.id in seen:
                raise ValueError(f"{path}: id {record.id!r} is already used in {seen[record.id]}")
            seen[record.id] = path
            records.append(record)
    return records


def held_out_ids(path: Path = HELD_OUT) -> frozenset[str]:
    """The gold ids that no training script may read (``#`` starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def tuning_gold(path: Path) -> list[GoldRecord]:
    """A gold file's dev half, as the training scripts tune on it: repeats numbered, held-out ids left out."""
    held = held_out_ids()
    return [r for r in load_gold(path, split="dev", number_repeats=True) if r.id.split("#")[0] not in held]
