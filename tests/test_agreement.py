"""The second, blind coding of the real-news event set and the inter-coder agreement harness.

The coder-2 file must describe the same sentences as ``corpus_events.jsonl`` (same ids, texts and dates)
in the gold format, with codes the package knows. ``benchmarks/agreement.py`` is checked on a tiny pair
of synthetic codings whose agreement figures are known by construction.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import ROOT
from test_corpus_gold import actor_code_problem, countries

from eventscribe.evaluate import load_gold, split_of
from eventscribe.events.codebook import Codebook

DATA = ROOT / "benchmarks" / "data"
FIRST = DATA / "corpus_events.jsonl"
SECOND = DATA / "corpus_events_coder2.jsonl"


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_second_coding_covers_known_sentences_with_the_same_text_and_date() -> None:
    first = {r["id"]: r for r in rows(FIRST)}
    second = rows(SECOND)
    ids = [r["id"] for r in second]
    # 274 of the first round, 71 of the second, 160 of the third and 120 each of the fourth to seventh
    assert len(second) >= 985
    assert len(set(ids)) == len(ids)
    for raw in second:
        assert raw["id"] in first, raw["id"]
        assert raw["text"] == first[raw["id"]]["text"], raw["id"]
        assert raw["origin"] == first[raw["id"]]["origin"], raw["id"]
        assert dt.date.fromisoformat(raw["date"]) == dt.date.fromisoformat(first[raw["id"]]["date"]), raw["id"]
        assert raw["no_event"] == (not raw["events"]), raw["id"]


def test_second_coding_loads_as_gold_with_codebook_codes_and_well_formed_actors() -> None:
    records = load_gold(SECOND)
    book = Codebook.load()
    bad_codes = [(r.id, c) for r in records for e in (*r.events, *r.optional_events) for c in e.cameo if c not in book]
    assert not bad_codes
    known = countries()
    bad_actors = []
    for raw in rows(SECOND):
        for event in [*raw["events"], *raw["optional_events"]]:
            assert event["source"] and event["cameo"], raw["id"]
            for code in (event["source"], event["target"] or ""):
                problem = code and actor_code_problem(code, known)
                if problem:
                    bad_actors.append((raw["id"], code, problem))
    assert not bad_actors


def _event(source: str, target: str | None, code: str) -> dict[str, Any]:
    return {"source": source, "target": target, "cameo": [code]}


#: id -> (coder 1's events, coder 2's events). syn-004/005/008/009/011 are dev ids, syn-001/002 test ids.
PAIR = {
    "syn-004": ([_event("ISRMIL", "PSEREB", "193")], [_event("ISRMIL", "PSEREB", "190")]),
    "syn-005": ([_event("USAGOV", "IRNGOV", "111")], [_event("USAGOV", "IRNGOV", "111")]),
    "syn-008": ([], []),
    "syn-001": ([_event("FRAGOV", "DEUGOV", "042")], [_event("FRAGOV", "DEUGOV", "036")]),
    "syn-002": ([], [_event("RUSGOV", "UKRGOV", "112")]),
    "syn-009": ([_event("CHNGOV", "TWN", "138")], [_event("CHNMIL", "TWN", "138")]),
    "syn-011": ([_event("IRQREB", None, "18")], []),
}


def _write(path: Path, coder: int, extra: tuple[str, ...] = ()) -> Path:
    lines = []
    for rid, pair in [*PAIR.items(), *((i, ([_event("GBRGOV", None, "01")], [])) for i in extra)]:
        events = pair[coder]
        record = {"id": rid, "date": "2004-08-15", "text": f"Sentence {rid}.", "events": events}
        lines.append(json.dumps({**record, "optional_events": [], "no_event": not events}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_synthetic_ids_fall_in_the_splits_the_construction_assumes() -> None:
    assert [split_of(i) for i in PAIR] == ["dev", "dev", "dev", "test", "test", "dev", "dev"]


def _figures(text: str, section: str, direction: str) -> dict[str, tuple[float, float, float]]:
    """level -> (P, R, F1) printed under ``section`` and ``direction``."""
    block = text.split(f"== {section}")[1].split("\n==")[0].split(f" {direction}")[1].split("\n coder")[0]
    found = re.findall(r"^\s+(\S.*?)\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", block, flags=re.M)
    return {label: (float(p), float(r), float(f)) for label, p, r, f in found}


def test_agreement_figures_match_a_pair_built_to_give_them(
    tmp_path: Path, agreement: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path / "one.jsonl", 0, extra=("syn-010",))  # syn-010: only coder 1 has it, so unscored
    second = _write(tmp_path / "two.jsonl", 1)
    assert agreement.main(["--first", str(first), "--second", str(second)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("7 sentences coded by both")
    # Coder 2 predicts 5 events, coder 1 requires 5: 3 agree on countries and root (syn-004, 005, 009).
    overall = _figures(text, "all", "coder 2 against coder 1")
    assert overall["country+root"] == (0.6, 0.6, 0.6)
    assert overall["country+sector+root"] == (0.4, 0.4, 0.4)  # syn-009: GOV against MIL
    assert overall["country+code"] == (0.4, 0.4, 0.4)  # syn-004: 190 is not 193
    assert _figures(text, "dev", "coder 2 against coder 1")["country+root"] == (1.0, 0.75, 0.857)
    assert _figures(text, "test", "coder 2 against coder 1")["country+root"] == (0.0, 0.0, 0.0)
    families = _figures(text, "per family", "coder 2 against coder 1")
    assert families["verbal conflict 09-13"] == (0.667, 1.0, 0.8)
    assert families["material conflict 14-20"] == (1.0, 0.5, 0.667)
    assert families["verbal coop 01-05"] == (0.0, 0.0, 0.0)
    # The other way round, precision and recall swap.
    assert _figures(text, "all", "coder 1 against coder 2")["country+root"] == (0.6, 0.6, 0.6)
    # No-event flags agree on 5 of 7 sentences, each coder flags 2: kappa (5/7 - 29/49) / (20/49) = 0.3.
    assert re.search(r"all\s+kappa 0\.300\s+no event: coder 1 2, coder 2 2, both 1", text)


def test_disagreements_list_dev_sentences_only(
    tmp_path: Path, agreement: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _write(tmp_path / "one.jsonl", 0), _write(tmp_path / "two.jsonl", 1)
    agreement.main(["--first", str(first), "--second", str(second), "--disagreements", "10"])
    listed = capsys.readouterr().out.split("== dev disagreements")[1]
    assert re.findall(r"^(syn-\d+):", listed, flags=re.M) == ["syn-011"]
    assert "IRQREB -> (none) 18" in listed


def test_cohen_kappa_on_textbook_cases(agreement: ModuleType) -> None:
    assert agreement.cohen_kappa([True, False], [True, False]) == 1.0
    assert agreement.cohen_kappa([True, False], [False, True]) == -1.0
    # 2x2 table a=20, b=5, c=10, d=15 (n=50): observed 0.7, expected 0.5, kappa 0.4.
    left = [True] * 25 + [False] * 25
    right = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15
    assert agreement.cohen_kappa(left, right) == pytest.approx(0.4)
