"""The training of the learned event model (scripts/train_event_model.py): a small seeded run is
reproducible and learns, cross-validation never judges a model on its own training sentences, and the
training data files we wrote are well formed and cover every CAMEO root and PLOVER type."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import load_script

from eventscribe.events.codebook import Codebook
from eventscribe.events.learned import PLOVER_ORDER, ROOTS

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.fixture(scope="module")
def trainer():
    return load_script("train_event_model")


SMALL = [
    ("Troops shelled the town and killed ten civilians.", 4),
    ("Warplanes bombed rebel positions near the border.", 4),
    ("Gunmen ambushed a police convoy on the highway.", 4),
    ("The two ministers signed a trade agreement in Rome.", 2),
    ("The bank approved a loan to rebuild the power grid.", 2),
    ("Aid agencies delivered food to the flooded villages.", 2),
    ("The opposition condemned the arrest of the journalist.", 3),
    ("The government accused the rebels of breaking the truce.", 3),
    ("The minister said the talks would resume next week.", 0),
    ("The spokesman said the situation remained calm.", 0),
]


def test_a_small_seeded_training_run_is_reproducible_and_learns(trainer):
    texts = [t for t, _ in SMALL]
    y = np.array([c for _, c in SMALL])
    x = trainer.Sparse.of(texts)
    first = trainer.fit(x, y, 5, 1e-4, steps=120)
    second = trainer.fit(trainer.Sparse.of(texts), y, 5, 1e-4, steps=120)
    assert np.array_equal(first, second)
    assert (trainer.probabilities(first, x).argmax(axis=1) == y).all()
    stronger = trainer.fit(x, y, 5, 1e-1, steps=120)
    assert np.abs(stronger[:-1]).sum() < np.abs(first[:-1]).sum()  # L2 shrinks the weights


def test_sample_weights_move_the_fit_towards_the_heavier_sentences(trainer):
    texts = ["The army attacked the town.", "The army attacked the town."]
    x = trainer.Sparse.of(texts)
    w = trainer.fit(x, np.array([4, 1]), 5, 1e-4, weight=np.array([3.0, 1.0]), steps=80)
    probs = trainer.probabilities(w, trainer.Sparse.of(["The army attacked the town."]))[0]
    assert probs[4] > probs[1] > probs[0]


def test_cross_validation_never_scores_a_sentence_with_a_model_that_saw_it(trainer):
    # Every sentence has a label of its own that nothing else shares: a model that saw it would get it
    # right, one that did not cannot.
    rows = [trainer.Example(f"unique{i} word{i} token{i}", "quad", penta=i % 5) for i in range(40)]
    y = np.array([ex.penta for ex in rows])
    x = trainer.Sparse.of([ex.text for ex in rows])
    probs = trainer.out_of_fold(rows, y, x, "penta", 1e-4, 1.0)
    assert probs.shape == (40, 5)
    assert np.allclose(probs.sum(axis=1), 1.0)
    seen = trainer.probabilities(trainer.fit(x, y, 5, 1e-4), x).argmax(axis=1)
    assert (seen == y).mean() == 1.0
    assert (probs.argmax(axis=1) == y).mean() < 0.5


def test_sentences_from_other_sources_are_down_weighted_only_for_the_head_judged_on_them(trainer):
    rows = [trainer.Example("a", "quad", penta=0), trainer.Example("b", "cameo", penta=1, root=0)]
    assert trainer.weights_for(rows, "penta", 0.3).tolist() == [1.0, 0.3]
    assert trainer.weights_for(rows, "root", 0.3).tolist() == [0.3, 0.3]


def test_our_training_sentences_name_real_codes_and_cover_every_root_and_plover_type(trainer):
    book = Codebook.load()
    rows = trainer._table(SCRIPTS / "data" / "own_examples.tsv")
    assert len(rows) >= 300
    for code, text in rows:
        assert book.cameo(code) is not None, code
        assert len(text.split()) >= 5 and text[0].isupper(), text
    assert {code[:2] for code, _ in rows} == set(ROOTS)
    types = {book.plover(code).event for code, _ in rows if book.plover(code) is not None}  # type: ignore[union-attr]
    assert types == set(PLOVER_ORDER)
    assert len({text for _, text in rows}) == len(rows)  # no sentence twice


def test_the_case_subtype_mapping_names_real_codes(trainer):
    book = Codebook.load()
    mapping = dict(trainer._table(SCRIPTS / "data" / "case2021_cameo.tsv"))
    assert mapping["AIR_STRIKE"][:2] == "19" and mapping["PEACE_PROTEST"][:2] == "14"
    assert mapping["NATURAL_DISASTER"] == "-"
    assert all(code == "-" or book.cameo(code) is not None for code in mapping.values())


def test_a_table_line_without_a_tab_is_a_clear_error(trainer, tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\n190\tFine line.\n190 no tab here\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad\.tsv:3: expected key<TAB>value"):
        trainer._table(path)


def test_training_gives_the_same_weights_in_fresh_processes_with_different_hash_seeds():
    import os
    import subprocess

    script = (
        "import hashlib, importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('t', {str(SCRIPTS / 'train_event_model.py')!r})\n"
        "t = importlib.util.module_from_spec(spec); sys.modules['t'] = t; spec.loader.exec_module(t)\n"
        "import numpy as np\n"
        f"texts = {[t for t, _ in SMALL]!r}\n"
        f"y = np.array({[c for _, c in SMALL]!r})\n"
        "w = t.fit(t.Sparse.of(texts), y, 5, 1e-4, steps=60)\n"
        "print(hashlib.sha256(w.tobytes()).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def test_a_copy_of_a_judged_sentence_from_another_source_leaves_training_with_it(trainer):
    # Each judged sentence also comes from the codebook with the same label; if the copy stayed in
    # training, cross-validation would score the sentence by a model that saw it.
    judged = [trainer.Example(f"unique{i} word{i} token{i}", "quad", penta=i % 5) for i in range(40)]
    copies = [trainer.Example(ex.text.upper(), "cameo", penta=ex.penta) for ex in judged]  # same, but for case
    rows = judged + copies
    y = np.array([ex.penta for ex in rows])
    x = trainer.Sparse.of([ex.text for ex in rows])
    probs = trainer.out_of_fold(rows, y, x, "penta", 1e-4, 1.0)
    assert (probs[:40].argmax(axis=1) == y[:40]).mean() < 0.5


@pytest.mark.spacy
def test_the_stacking_reads_the_candidate_events_before_the_vetting(trainer, monkeypatch):
    """The sentence-class weights are chosen on the pattern coder's candidates, as LearnedModel.sentence_penta
    is given them: an event the vetting drops for its actors still tells the sentence's kind of act."""
    from importlib import resources

    from eventscribe.events.coder import EventCoder
    from eventscribe.events.learned import HEADS
    from eventscribe.model import Article
    from eventscribe.pipeline import Pipeline

    text = "US forces in Fallujah offer food and first aid as they face scattered pockets of guerrilla resistance."
    with (resources.files("eventscribe.events") / "data" / "learned.npz").open("rb") as f:
        packaged = np.load(f)
        heads = {h: np.vstack([packaged[f"{h}_w"], packaged[f"{h}_b"][None, :]]).astype(np.float64) for h in HEADS}
    monkeypatch.setenv("EVENTSCRIBE_VETTING", "1")  # on, as for users (the suite turns it off)
    vetted = Pipeline(coder=EventCoder()).code(Article(id="v", text=text)).events
    (candidates,) = trainer.coded_events(heads, [text])
    assert not vetted and any(e.source and e.source.code == "USAMIL" for e in candidates)
