"""Our own training sentences (scripts/data/own_examples.tsv): well-formed, coded with codes of the
package codebook, and never a copy of a gold sentence, which would leak it into training."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, shared_path

from eventscribe.events.codebook import Codebook

OWN = ROOT / "scripts" / "data" / "own_examples.tsv"
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset("the a an of to in on at for by with from and or as is was were are be been has have had".split())
#: Share of content words (Jaccard) above which an own sentence counts as a copy of a gold one.
COPY_OVERLAP = 0.6


def _own_rows() -> list[tuple[int, str, str]]:
    rows = []
    for number, line in enumerate(OWN.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            code, _, text = line.partition("\t")
            rows.append((number, code, text))
    return rows


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def test_every_own_example_is_a_known_code_and_a_sentence():
    book = Codebook.load()
    for number, code, text in _own_rows():
        assert code in book, f"own_examples.tsv:{number}: {code!r} is not a CAMEO code"
        assert len(text.split()) >= 4 and text[-1] in ".!?", f"own_examples.tsv:{number}: not a sentence"


def test_own_examples_are_not_repeated():
    texts = [" ".join(t.lower().split()) for _, _, t in _own_rows()]
    assert len(texts) == len(set(texts))


def test_the_copy_measure_tells_a_rewording_from_a_new_sentence():
    gold = "The navy seized two fishing boats off the northern coast on Tuesday."
    assert overlap("The navy seized two fishing boats off the northern coast.", gold) > COPY_OVERLAP
    assert overlap("Coastguards impounded a trawler near the islands.", gold) < COPY_OVERLAP


def test_no_own_example_copies_a_gold_sentence():
    gold = [json.loads(line)["text"] for line in shared_path("gold", "plover_gsr_cameo_manual.jsonl").open()]
    gold += [line.rpartition("\t")[0] for line in shared_path("gold", "quadclass_train.tsv").open() if line.strip()]
    gold_words = [_words(g) for g in gold]
    for number, _, text in _own_rows():
        mine = _words(text)
        worst = max(len(mine & g) / max(1, len(mine | g)) for g in gold_words)
        assert worst <= COPY_OVERLAP, f"own_examples.tsv:{number} is too close to a gold sentence"


@pytest.mark.parametrize("kind", ["CONCEDE", "RETREAT", "ACCUSE", "CONSULT", "SUPPORT", "AID"])
def test_the_weak_types_have_enough_own_examples(kind):
    book = Codebook.load()
    count = sum(1 for _, code, _ in _own_rows() if (p := book.plover(code)) is not None and p.event == kind)
    assert count >= 20
