"""The hand-coded training sentences (scripts/data/news_train/): every batch is a readable gold file, ids
are unique across batches and apart from the gold sets, and every marked word is in its sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_script

from eventscribe.evaluate import load_gold

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "scripts" / "data" / "news_train"


def raw_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_batches_load_as_one_training_set_with_unique_ids():
    news_train = load_script("news_train")
    records = news_train.load_train()
    assert len(records) >= 3900
    assert len({r.id for r in records}) == len(records)
    gold = load_gold(ROOT / "benchmarks" / "data" / "corpus_events.jsonl")
    assert not {r.id for r in records} & {r.id for r in gold}
    assert not {r.text for r in records} & {r.text for r in gold}


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.jsonl")), ids=lambda p: p.name)
def test_every_marked_word_is_in_its_sentence_and_no_event_is_consistent(path):
    for row in raw_rows(path):
        assert bool(row["no_event"]) == (not row["events"]), row["id"]
        for event in [*row["events"], *row["optional_events"]]:
            assert event["source"] and event["cameo"], row["id"]
            for key in ("source_text", "target_text", "trigger"):
                assert event.get(key, "") in row["text"], (row["id"], key)


def test_the_duplicate_loader_names_the_file_of_a_repeated_id(tmp_path):
    news_train = load_script("news_train")
    line = json.dumps(
        {"id": "t-1", "date": "2004-08-15", "text": "Rebels attacked a town.", "events": [], "no_event": True}
    )
    (tmp_path / "batch1.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "batch2.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="batch1.jsonl"):
        news_train.load_train(tmp_path)


def test_the_held_out_round_is_never_read_by_the_training_scripts():
    """benchmarks/data/held_out_ids.txt names the newest gold round; tuning_gold leaves those records out
    of the dev half the training scripts tune on, and keeps the rest of it."""
    news_train = load_script("news_train")
    held = news_train.held_out_ids()
    corpus = ROOT / "benchmarks" / "data" / "corpus_events.jsonl"
    dev = load_gold(corpus, split="dev", number_repeats=True)
    tuned = news_train.tuning_gold(corpus)
    assert held and all(i.startswith("corpus-reu-") for i in held)
    assert {r.id for r in dev} & held, "the held-out round has records in the dev half"
    assert not {r.id for r in tuned} & held
    assert len(tuned) == len([r for r in dev if r.id not in held])
    assert not {r.id for r in news_train.load_train()} & held
