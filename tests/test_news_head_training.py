"""scripts/train_news_head.py: its fit is deterministic and learns, its labels follow the gold, and a
--quick run (it needs ../shared) writes weights and settings the head loads."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import load_script, shared_path

from eventscribe.evaluate import GoldEvent, GoldRecord
from eventscribe.events.news_head import CLASSES, NewsHead, NewsSettings, news_names


@pytest.fixture(scope="module")
def script():
    return load_script("train_news_head")


def _toy(script):
    items = [
        (news_names("Troops shelled the village.", ["pat:none"]), [CLASSES.index("19")], 1.0),
        (news_names("Artillery shelled the border town.", ["pat:none"]), [CLASSES.index("19")], 1.0),
        (news_names("The minister met his counterpart.", ["pat:04"]), [CLASSES.index("04")], 1.0),
        (news_names("Shares rose on Monday.", ["pat:none"]), [0], 1.0),
    ]
    return script.training_rows(items)


def test_fit_is_deterministic_and_learns_a_toy_set(script):
    rows, y, w = _toy(script)
    full, bias = script.fit(rows, y, w, steps=80)
    again, bias2 = script.fit(rows, y, w, steps=80)
    assert np.array_equal(full, again) and np.array_equal(bias, bias2)
    guess = [
        int(script.probs(full, bias, n).argmax())
        for n in (
            news_names("Troops shelled the village.", ["pat:none"]),
            news_names("Shares rose on Monday.", ["pat:none"]),
        )
    ]
    assert guess == [CLASSES.index("19"), 0]


def test_a_record_of_two_roots_teaches_each_at_half_weight(script):
    record = GoldRecord(
        "x",
        "t",
        None,
        (GoldEvent("USA", "CHN", ("042",)), GoldEvent("CHN", "USA", ("111",)), GoldEvent("USA", "CHN", ("04",))),
    )
    assert script.labels(record) == [CLASSES.index("04"), CLASSES.index("11")]
    assert script.labels(GoldRecord("y", "t", None, ())) == [0]
    rows, _, weights = script.training_rows([(["w:a"], script.labels(record), 1.0)])
    assert len(rows) == 2 and list(weights) == [0.5, 0.5]


@pytest.mark.spacy
def test_a_quick_run_writes_weights_and_settings_the_head_loads(script, tmp_path):
    shared = shared_path("gold", "petrarch2_gsr_realworld.jsonl").parent.parent
    script.main(["--quick", "--shared", str(shared), "--out-dir", str(tmp_path)])
    settings = json.loads((tmp_path / "news_head.json").read_text(encoding="utf-8"))
    assert {"recall", "recall_threshold", "keep", "keep_threshold", "recall_confidence"} <= set(settings)
    with np.load(tmp_path / "news_head.npz") as data:
        head = NewsHead(data["rows"], data["weights"], data["bias"], NewsSettings(**settings), data["scale"])
    p = head.probabilities(news_names("Rebels attacked an army post.", ["pat:none"]))
    assert abs(float(p.sum()) - 1.0) < 1e-6
