"""The training sentences of scripts/train_event_model.py, read from ../shared and scripts/data (the
sources and the held-out rule are described there): one :class:`Example` per sentence, with the labels
its source gives."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from eventscribe.evaluate import split_of
from eventscribe.events.codebook import Codebook
from eventscribe.events.learned import PLOVER_ORDER, penta_of, plover_current_type
from eventscribe.events.plover import moved_type

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Example:
    """One training sentence and the labels it carries (None where its source says nothing)."""

    text: str
    source: str
    penta: int | None = None
    root: int | None = None
    plover: int | None = None

    def label(self, head: str) -> int | None:
        return {"penta": self.penta, "root": self.root, "plover": self.plover}[head]


def coded(text: str, code: str, source: str, book: Codebook) -> Example:
    """An example labelled by a CAMEO code: its penta class, root and PLOVER type (the code's mapping,
    moved where the sentence tells an act whose type depends on what happened: plover.moved_type, as the
    coder does)."""
    plover = book.plover(code)
    plover = moved_type(plover, text, code) if plover is not None else None
    kind = PLOVER_ORDER.index(plover.event) if plover is not None else None
    return Example(text, source, penta_of(code), int(code[:2]) - 1, kind)


def read_quad(shared: Path) -> list[Example]:
    out = []
    for line in (shared / "gold" / "quadclass_train.tsv").read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and split_of(text) == "dev":
            out.append(Example(text, "quad", penta=int(label)))
    return out


def read_cameo(shared: Path, book: Codebook) -> list[Example]:
    out = []
    with open(shared / "data" / "cameo" / "cameo_codes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for text in (row["example"], f"{row['name']}. {row['description']}"):
                if text.strip() not in ("", "NA", "."):
                    out.append(coded(text, row["code"], "cameo", book))
    return out


def read_plover_codebook(shared: Path) -> list[Example]:
    out = []
    with open(shared / "data" / "plover" / "PLOVER_structured_codebook_NGEC2025.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = PLOVER_ORDER.index(row["event"])
            for text in dict.fromkeys((row["event_def"], row["mode_def"])):  # in file order, whatever the hash seed
                if text.strip():
                    out.append(Example(text, "plover-book", plover=kind))
    return out


def read_plover_gold(shared: Path, book: Codebook) -> list[Example]:
    out = []
    for line in (shared / "gold" / "plover_gsr_cameo_manual.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if split_of(rec["id"]) != "dev":
            continue
        kind = PLOVER_ORDER.index(plover_current_type(rec["plover"]["event"], rec["plover"].get("mode", "")))
        codes = [c for e in rec["events"] for c in e.get("cameo") or ()]
        if codes:
            ex = coded(rec["text"], codes[0], "plover", book)
            out.append(Example(ex.text, ex.source, ex.penta, ex.root, kind))
        else:
            out.append(Example(rec["text"], "plover", plover=kind))
    return out


def read_case(shared: Path, book: Codebook) -> list[Example]:
    mapping = dict(_table(DATA / "case2021_cameo.tsv"))
    out = []
    with open(shared / "gold" / "case2021_task2_subtypes.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = mapping.get(row["SubType"], "-")
            if code != "-" and split_of(row["id"]) == "dev":
                out.append(coded(row["EventSnippet"], code, "case", book))
    return out


def read_own(book: Codebook) -> list[Example]:
    return [coded(text, code, "own", book) for code, text in _table(DATA / "own_examples.tsv")]


def read_news(book: Codebook) -> list[Example]:
    """The hand-coded training sentences (``news_train.load_train``): one example per required event,
    labelled by its first CAMEO prefix (a sentence with no event teaches these heads nothing: they have
    no "no event" class)."""
    from news_train import load_train  # a sibling module: train_event_model.py puts scripts/ on the path

    codes = [(r.text, e.cameo[0]) for r in load_train() for e in r.events]
    return [coded(text, code, "news", book) for text, code in codes if code[:2].isdigit() and 1 <= int(code[:2]) <= 20]


def _table(path: Path) -> list[tuple[str, str]]:
    """``key<TAB>value`` lines of one of our data files, skipping blank lines and ``#`` comments."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            key, tab, value = line.partition("\t")
            if not tab:
                raise SystemExit(f"{path}:{number}: expected key<TAB>value")
            rows.append((key.strip(), value.strip()))
    return rows


def test_texts(shared: Path) -> set[str]:
    """Sentences of the test halves, only so that no copy of one (the CAMEO examples) is trained on."""
    texts = set()
    for line in (shared / "gold" / "plover_gsr_cameo_manual.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if split_of(rec["id"]) == "test":
            texts.add(_norm(rec["text"]))
    for line in (shared / "gold" / "quadclass_train.tsv").read_text(encoding="utf-8").splitlines():
        text = line.rpartition("\t")[0]
        if text and split_of(text) == "test":
            texts.add(_norm(text))
    return texts


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def all_examples(shared: Path) -> list[Example]:
    book = Codebook.load()
    pool = [
        *read_quad(shared),
        *read_cameo(shared, book),
        *read_plover_codebook(shared),
        *read_plover_gold(shared, book),
        *read_case(shared, book),
        *read_own(book),
        *read_news(book),
    ]
    held = test_texts(shared)
    return [ex for ex in pool if _norm(ex.text) not in held]
