"""The hand-coded real-news sets in benchmarks/data: events (gold format) and actor mentions.

They are tuning and held-out data for the benchmarks, so they must stay loadable by ``evaluate``, use
only codes the package knows, and split into dev and test halves of fair size. Where ../shared is
present, every sentence is checked to be verbatim from the corpus record its ``origin`` names.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, load_script, shared_path

from eventscribe.actors.codes import SECTORS
from eventscribe.actors.records import read_mentions
from eventscribe.errors import RecordError
from eventscribe.evaluate import load_gold, split_of
from eventscribe.events.codebook import Codebook

DATA = ROOT / "benchmarks" / "data"
EVENTS = DATA / "corpus_events.jsonl"
ACTORS = DATA / "corpus_actors.jsonl"
INTERNATIONAL = ("IGO", "NGO", "IMG")
#: The years each corpus covers, keyed by the corpus part of an id or an origin.
YEARS = {"ag": (2004, 2005), "bbc": (2004, 2005), "reu": (1987, 1987)}
CODE = re.compile(r"^(?:---|[A-Z]{3})(?:[A-Z]{3})*$")


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def countries() -> set[str]:
    text = resources.files("eventscribe.actors.data").joinpath("countries.jsonl").read_text(encoding="utf-8")
    return {json.loads(line)["code"] for line in text.splitlines() if line.strip()}


def corpus_of(origin: str) -> str:
    return {"ag_news": "ag", "bbc": "bbc", "reuters21578": "reu"}[origin.split("/", 1)[0]]


def actor_code_problem(code: str, known: set[str]) -> str | None:
    """Why ``code`` is not a well-formed actor code, or None when it is."""
    if not CODE.match(code):
        return "not 3-letter chunks"
    head, roles = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    if head not in known and head not in (*INTERNATIONAL, "---"):
        return f"{head} is no country code"
    if head not in INTERNATIONAL and roles and roles[0] not in SECTORS:
        return f"{roles[0]} is no role code"
    return None


def test_event_file_loads_as_gold_with_unique_ids() -> None:
    records = load_gold(EVENTS)
    ids = [r.id for r in records]
    assert len(records) >= 1053  # the eight rounds: 274, 71, 160, 120, 120, 120, 120 and 68
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"corpus-(ag|bbc|reu)-\d{3}", i) for i in ids)


def test_each_drawn_record_is_used_once_after_the_first_two_rounds() -> None:
    """The third to seventh rounds' draws excluded every origin already in the file, so they name new origins only."""
    raws = rows(EVENTS)
    later = {"ag": 224, "bbc": 61, "reu": 63}
    earlier = {r["origin"] for r in raws if int(r["id"][-3:]) < later[r["id"].split("-")[1]]}
    drawn = [r["origin"] for r in raws if int(r["id"][-3:]) >= later[r["id"].split("-")[1]]]
    assert len(drawn) >= 400
    assert len(set(drawn)) == len(drawn)
    assert not earlier & set(drawn)


def _drawn_in_order(ranges: dict[str, tuple[int, int]]) -> tuple[list[str], list[str]]:
    """The file's ids that fall in ``ranges`` (in file order), and the ids the ranges name (AG, BBC, Reuters)."""
    ids = [r["id"] for r in rows(EVENTS)]
    drawn = [i for i in ids if ranges[i.split("-")[1]][0] <= int(i[-3:]) <= ranges[i.split("-")[1]][1]]
    expected = [f"corpus-{corpus}-{n:03d}" for corpus, (first, last) in ranges.items() for n in range(first, last + 1)]
    return drawn, expected


def test_the_gold8_draw_is_whole_and_in_order() -> None:
    """The fourth draw: 66 AG, 30 BBC and 24 Reuters records with consecutive ids, in that order."""
    drawn, expected = _drawn_in_order({"ag": (312, 377), "bbc": (101, 130), "reu": (95, 118)})
    assert drawn == expected
    ids = [r["id"] for r in rows(EVENTS)]
    start = ids.index(expected[0])
    assert ids[start : start + len(expected)] == expected


def test_the_fifth_round_draw_is_whole_and_in_order() -> None:
    """The fifth draw: 66 AG, 30 BBC and 24 Reuters records with consecutive ids, in that order."""
    drawn, expected = _drawn_in_order({"ag": (378, 443), "bbc": (131, 160), "reu": (119, 142)})
    assert drawn == expected
    ids = [r["id"] for r in rows(EVENTS)]
    start = ids.index(expected[0])
    assert ids[start : start + len(expected)] == expected


def test_the_sixth_round_draw_is_whole_and_in_order() -> None:
    """The sixth draw: 66 AG, 30 BBC and 24 Reuters records with consecutive ids, in that order."""
    drawn, expected = _drawn_in_order({"ag": (444, 509), "bbc": (161, 190), "reu": (143, 166)})
    assert drawn == expected
    ids = [r["id"] for r in rows(EVENTS)]
    start = ids.index(expected[0])
    assert ids[start : start + len(expected)] == expected


def test_the_seventh_round_draw_is_whole_and_in_order() -> None:
    """The seventh draw: 66 AG, 30 BBC and 24 Reuters records with consecutive ids, appended in that order."""
    drawn, expected = _drawn_in_order({"ag": (510, 575), "bbc": (191, 220), "reu": (167, 190)})
    assert drawn == expected
    ids = [r["id"] for r in rows(EVENTS)]
    start = ids.index(expected[0])
    assert ids[start : start + len(expected)] == expected


def test_the_eighth_round_draw_is_last_in_the_file_and_repeats_no_earlier_sentence() -> None:
    """The eighth draw: Reuters records only (AG "World" and the BBC politics articles were used up), in
    the order of their origins; of the 120 drawn (ids 191 to 310), the 52 whose text repeats a gold or
    training sentence were left out, so none of the 68 kept repeats one."""
    raws = rows(EVENTS)
    tail = [r for r in raws if r["id"].startswith("corpus-reu-") and int(r["id"][-3:]) >= 191]
    assert len(tail) == 68
    assert raws[-len(tail) :] == tail
    assert [r["origin"] for r in tail] == sorted(r["origin"] for r in tail)
    earlier = {_opening(r["text"]) for r in raws[: -len(tail)]}
    earlier |= {_opening(r.text) for r in load_script("news_train").load_train()}
    assert not {_opening(r["text"]) for r in tail} & earlier


def _opening(text: str) -> str:
    """The first 50 letters of a sentence, lower case: how repeated Reuters stories were recognised."""
    return re.sub(r"[^a-z]", "", text.lower())[:50]


def test_event_codes_are_cameo_codes_of_the_packaged_codebook() -> None:
    book = Codebook.load()
    records = load_gold(EVENTS)
    bad = [(r.id, c) for r in records for e in (*r.events, *r.optional_events) for c in e.cameo if c not in book]
    assert not bad
    assert all(e.cameo for r in records for e in (*r.events, *r.optional_events))


def test_event_actor_codes_are_well_formed() -> None:
    known = countries()
    bad = []
    for raw in rows(EVENTS):
        for event in [*raw["events"], *raw["optional_events"]]:
            assert event["source"], raw["id"]
            for code in (event["source"], event["target"] or ""):
                problem = code and actor_code_problem(code, known)
                if problem:
                    bad.append((raw["id"], code, problem))
    assert not bad


def test_no_event_flag_agrees_with_the_events_and_dates_fit_the_corpus() -> None:
    for raw in rows(EVENTS):
        assert raw["no_event"] == (not raw["events"]), raw["id"]
        first, last = YEARS[raw["id"].split("-")[1]]
        assert first <= dt.date.fromisoformat(raw["date"]).year <= last, raw["id"]
        assert corpus_of(raw["origin"]) == raw["id"].split("-")[1], raw["id"]


def test_event_file_has_sentences_with_and_without_events_over_many_roots() -> None:
    raws = rows(EVENTS)
    empty = sum(r["no_event"] for r in raws) / len(raws)
    roots = {e["cameo"][0][:2] for r in raws for e in r["events"]}
    # Random sentences from the middle of BBC and Reuters stories (the third to seventh draws) have no
    # event more often than lead sentences do, so the upper bound leaves room for them. The sixth round
    # (75 of 120 with no event) took the file to 46%; the bound was raised rather than coding to fit it.
    # The seventh (80 of 120) took it to 49%; the eighth (43 of 68) keeps it at 49%.
    assert 0.15 <= empty <= 0.50
    assert len(roots) >= 18


def test_actor_file_reads_as_resolve_input_with_valid_expectations() -> None:
    lines = ACTORS.read_text(encoding="utf-8").splitlines()
    records = list(read_mentions(lines, str(ACTORS)))
    assert not [r for r in records if isinstance(r, RecordError)]
    raws = rows(ACTORS)
    ids = [r["id"] for r in raws]
    assert len(raws) >= 120
    assert len(set(ids)) == len(ids)
    known = countries()
    for raw in raws:
        assert re.fullmatch(r"cact-\d{3}", raw["id"])
        assert raw["text"] in raw["context"], raw["id"]
        assert raw["country"] in known or raw["country"] in (*INTERNATIONAL, ""), raw["id"]
        assert raw["sector"] in SECTORS or raw["sector"] == "", raw["id"]
        first, last = YEARS[corpus_of(raw["origin"])]
        assert first <= dt.date.fromisoformat(raw["date"]).year <= last, raw["id"]


@pytest.mark.parametrize("path", [EVENTS, ACTORS], ids=["events", "actors"])
def test_both_splits_hold_between_35_and_65_percent(path: Path) -> None:
    counts = Counter(split_of(r["id"]) for r in rows(path))
    total = sum(counts.values())
    assert set(counts) == {"dev", "test"}
    assert all(0.35 <= n / total <= 0.65 for n in counts.values())


def _normal(text: str) -> str:
    """The corpus text as the sets quote it: AG's backslash line breaks as spaces, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.replace("\\", " ")).strip()


def _corpus_texts(origins: set[str]) -> dict[str, str]:
    """The text of each record that an origin names (title and body), read from ../shared/corpora."""
    texts: dict[str, str] = {}
    root = shared_path("corpora")
    with (root / "ag_news" / "test.csv").open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle), 1):
            texts[f"ag_news/test.csv:{number}"] = _normal(f"{row[1]} {row[2]}")
    for line in (root / "bbc" / "bbc_politics.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        texts[f"bbc/bbc_politics.jsonl:{raw['id']}"] = _normal(f"{raw['title']} {raw['text']}")
    for name in sorted({o.split(":")[0] for o in origins if o.startswith("reuters21578/")}):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            texts[f"{name}:newid={raw['newid']}"] = _normal(f"{raw.get('title') or ''} {raw.get('body') or ''}")
    return texts


def test_every_sentence_is_verbatim_from_the_corpus_record_it_names() -> None:
    cases = [(r["origin"], r["text"]) for r in rows(EVENTS)] + [(r["origin"], r["context"]) for r in rows(ACTORS)]
    texts = _corpus_texts({origin for origin, _ in cases})
    missing = [(origin, text[:60]) for origin, text in cases if text not in texts.get(origin, "")]
    assert not missing
