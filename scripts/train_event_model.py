"""Train the learned event model (src/eventscribe/events/data/learned.npz) from ../shared and our sentences.

Training data, all of it on the dev side of the fixed splits (eventscribe.evaluate.split_of on each
record's id; for the penta-class file the id is the sentence itself):

* ``gold/quadclass_train.tsv``, dev half: penta labels;
* ``data/cameo/cameo_codes.csv``: every code's example sentence, and its name plus description, with the
  code's root, penta class and PLOVER type (the package codebook's mapping);
* ``data/plover/PLOVER_structured_codebook_NGEC2025.csv``: each type's and mode's definition (PLOVER head);
* ``gold/plover_gsr_cameo_manual.jsonl``, dev half: the sentence's PLOVER type (draft categories mapped by
  events/data/plover_draft.yaml, by category and mode) and, where given, its CAMEO code;
* ``gold/case2021_task2_subtypes.tsv``, dev half: snippets whose ACLED-style type maps to a CAMEO code
  (``scripts/data/case2021_cameo.tsv``);
* ``scripts/data/own_examples.tsv``: news-style sentences we wrote, ``code<TAB>sentence``.
* ``scripts/data/news_train/``: the hand-coded training sentences of stop 17, one example per required
  event, labelled by its first CAMEO prefix.

A sentence of a gold file's test half (the CAMEO codebook's examples are also PLOVER records) is never
trained on; in cross-validation, a judged sentence's copies from other sources leave training with it. Each head is a multinomial logistic regression with L2, fitted in numpy by full-batch Adam
on sparse hashed features (eventscribe.events.learned.features); the sentences are read by
scripts/event_model_examples.py, the fitting is scripts/event_model_fit.py. Its L2 strength and the weight of the
sentences from other sources than the one it is judged on are chosen by 5-fold cross-validation within
the dev halves: the penta head is judged on the penta-class file, the root and PLOVER heads on the PLOVER
records (and, for roots, the CASE snippets). The weights that combine the text model with the pattern
coder (LearnedModel.sentence_penta, sentence_plover) are chosen on out-of-fold predictions for the
penta-class and PLOVER dev halves; for the PLOVER type also the share (gamma) of the root head's view,
read through the codebook's root -> type shares (root_plover, saved with the weights). The coded events count there as one vote per class or type, not by
their calibrated confidence, so this script does not depend on calibration.json and need not be rerun
after scripts/train_calibration.py; the calibration, which reads the learned model, is refitted after it.

    .venv/bin/python scripts/train_event_model.py [--shared ../shared] [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, however this script is loaded

from event_model_examples import DATA, Example, _norm, _table, all_examples, coded  # noqa: F401 (tests read them here)
from event_model_fit import Sparse, fit, probabilities, subset

from eventscribe.events.codebook import Codebook
from eventscribe.events.learned import (
    HEADS,
    PLOVER_ORDER,
    ROOTS,
    LearnedModel,
    combine_penta,
    combine_plover,
    plover_scores,
    root_penta,
    type_votes,
)
from eventscribe.model import Event

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventscribe" / "events" / "data" / "learned.npz"
FOLDS = 5
L2_GRID = (1e-5, 3e-5, 1e-4)
OTHER_WEIGHT_GRID = (0.03, 0.1, 0.3, 1.0)
#: The sources each head is judged on in cross-validation.
JUDGED_ON = {"penta": ("quad",), "root": ("plover", "case"), "plover": ("plover",)}


def fold_of(text: str) -> int:
    """A fixed fold (0-4) for a sentence (its copies too), from a hash independent of the dev/test split."""
    return hashlib.sha1(("fold:" + _norm(text)).encode("utf-8")).digest()[0] % FOLDS


# -- choosing by cross-validation ---------------------------------------------------------------------


def head_data(pool: Sequence[Example], head: str) -> tuple[list[Example], np.ndarray]:
    rows = [ex for ex in pool if ex.label(head) is not None]
    return rows, np.array([ex.label(head) for ex in rows], dtype=np.int64)


def weights_for(rows: Sequence[Example], head: str, other: float) -> np.ndarray:
    """Sentences from the sources a head is judged on weigh 1, the others ``other``."""
    return np.array([1.0 if ex.source in JUDGED_ON[head] else other for ex in rows])


def out_of_fold(rows: Sequence[Example], y: np.ndarray, x: Sparse, head: str, l2: float, other: float) -> np.ndarray:
    """Probabilities for every judged row from a model that did not see its fold."""
    k = HEADS[head]
    folds = np.array([fold_of(ex.text) for ex in rows])
    judged = np.array([ex.source in JUDGED_ON[head] for ex in rows])
    # A judged sentence may come twice (a PLOVER record is also the CAMEO codebook's example): its
    # copies from other sources share its fold, by text, and leave training with it.
    judged_texts = {_norm(ex.text) for ex, j in zip(rows, judged, strict=True) if j}
    copy = np.array([_norm(ex.text) in judged_texts for ex in rows])
    probs = np.zeros((len(rows), k))
    weight = weights_for(rows, head, other)
    for fold in range(FOLDS):
        train = np.flatnonzero(~(copy & (folds == fold)))
        held = np.flatnonzero(judged & (folds == fold))
        w = fit(subset(x, train), y[train], k, l2, weight[train])
        probs[held] = probabilities(w, subset(x, held))
    return probs


def choose(rows: Sequence[Example], y: np.ndarray, x: Sparse, head: str, grid: Sequence[tuple[float, float]]):
    """The (l2, other weight) of ``grid`` with the best out-of-fold accuracy on the judged rows, and
    that choice's out-of-fold probabilities."""
    judged = np.array([ex.source in JUDGED_ON[head] for ex in rows])
    best: tuple[float, tuple[float, float], np.ndarray] = (-1.0, grid[0], np.zeros(0))
    for l2, other in grid:
        probs = out_of_fold(rows, y, x, head, l2, other)
        acc = float((probs[judged].argmax(axis=1) == y[judged]).mean())
        print(
            f"  {head}: l2={l2:g} other-weight={other:g}: {FOLDS}-fold dev accuracy {acc:.3f} ({judged.sum()} judged)"
        )
        if acc > best[0]:
            best = (acc, (l2, other), probs)
    return best[1], best[2]


def train_head(pool: Sequence[Example], head: str, grid: Sequence[tuple[float, float]]):
    """The head's final weights (fitted on every row with the chosen settings) and its out-of-fold
    probabilities, rows and labels."""
    rows, y = head_data(pool, head)
    print(f"{head}: {len(rows)} examples from {sorted({ex.source for ex in rows})}")
    x = Sparse.of([ex.text for ex in rows])
    (l2, other), oof = choose(rows, y, x, head, grid)
    w = fit(x, y, HEADS[head], l2, weights_for(rows, head, other))
    print(f"{head}: chose l2={l2:g}, other-weight={other:g}; {int((np.abs(w[:-1]).sum(axis=1) > 0).sum())} buckets")
    return w, oof, rows, y


def coded_events(heads: dict[str, np.ndarray], texts: Sequence[str]) -> list[tuple[Event, ...]]:
    """The pattern coder's candidate events for ``texts`` (before the learned vetting, which judges actors,
    not the kind of act), its learned boost from the new heads (as at run time)."""
    from eventscribe.events.coder import EventCoder
    from eventscribe.model import Article
    from eventscribe.pipeline import Pipeline

    model = LearnedModel(as_arrays(heads, (1.0, 0.0, 1.0, 0.0)))
    pipeline = Pipeline(coder=EventCoder(learned=model, vetting=False))
    return [c.events for c in pipeline.pipe(Article(id=f"t{i}", text=t) for i, t in enumerate(texts))]


def stacking(
    rows: Sequence[Example], y: np.ndarray, oof: np.ndarray, heads: dict[str, np.ndarray]
) -> tuple[float, float]:
    """(alpha, beta) for LearnedModel.sentence_penta, on out-of-fold penta probabilities of the penta-class
    dev half. The root head is fitted without that file, so its view of it is unseen. The coded events
    count as votes (combine_penta), so the choice does not depend on the calibration."""
    held = [i for i, ex in enumerate(rows) if ex.source == "quad"]
    x = Sparse.of([rows[i].text for i in held])
    from_roots = np.array([root_penta(p) for p in probabilities(heads["root"], x)])
    found = coded_events(heads, [rows[i].text for i in held])
    best, best_acc = (0.0, 0.0), -1.0
    for beta in (0.0, 0.2, 0.4):
        for alpha in ALPHA_GRID:
            hits = sum(
                int(combine_penta((1 - beta) * oof[i] + beta * from_roots[j], found[j], alpha) == y[i])
                for j, i in enumerate(held)
            )
            if hits / len(held) > best_acc + 1e-9:
                best, best_acc = (alpha, beta), hits / len(held)
    alone = float((oof[held].argmax(axis=1) == y[held]).mean())
    print(f"penta on the dev half, out of fold: text model {alone:.3f}, with the pattern coder {best_acc:.3f}")
    print(f"  stacking alpha={best[0]:g} beta={best[1]:g}")
    return best


#: Weights of a coded event's vote against the text model's log-probabilities.
ALPHA_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 10.0)


def plover_stacking(
    rows: Sequence[Example], y: np.ndarray, oof: np.ndarray, heads: dict[str, np.ndarray], from_roots: np.ndarray
) -> tuple[float, float]:
    """(alpha, gamma) for LearnedModel.sentence_plover, on out-of-fold probabilities of the PLOVER
    records' dev half: gamma mixes the root head's view (``from_roots``, row-aligned with ``rows``, from
    root probabilities the root head had not trained on) into the PLOVER head's, alpha weighs the coded
    events' PLOVER types against the mix; the most accurate setting, ties broken by :func:`blend_fit`'s
    log-probability."""
    held = [i for i, ex in enumerate(rows) if ex.source == "plover"]
    found = coded_events(heads, [rows[i].text for i in held])
    votes = np.array([type_votes(events) for events in found])
    gold = np.array([y[i] for i in held])
    best, best_key = (0.0, 0.0), (-1.0, -np.inf)
    for gamma in GAMMA_GRID:
        at_gamma = -1.0
        mixed = np.array([(1 - gamma) * oof[i] + gamma * from_roots[i] for i in held])
        for alpha in ALPHA_GRID:
            acc, fit_ll = blend_fit(mixed, votes, gold, alpha)
            at_gamma = max(at_gamma, acc)
            if (acc, fit_ll) > best_key:
                best, best_key = (alpha, gamma), (acc, fit_ll)
        print(f"  gamma={gamma:g}: best out-of-fold accuracy {at_gamma:.3f}")
    best_acc = best_key[0]
    alone = float((oof[held].argmax(axis=1) == y[held]).mean())
    print(f"PLOVER type on the dev half, out of fold: text model {alone:.3f}, with the pattern coder {best_acc:.3f}")
    print(f"  plover alpha={best[0]:g} gamma={best[1]:g}")
    alpha, gamma = best
    guessed = [
        combine_plover((1 - gamma) * oof[i] + gamma * from_roots[i], found[j], alpha) for j, i in enumerate(held)
    ]
    print_per_type([PLOVER_ORDER[y[i]] for i in held], guessed)
    print_by_coder([PLOVER_ORDER[y[i]] for i in held], guessed, found)
    return best


def print_by_coder(gold: Sequence[str], guessed: Sequence[str], found: Sequence[tuple[Event, ...]]) -> None:
    """Out-of-fold hits where the pattern coder gave the sentence a typed event (the votes mostly decide)
    and where it gave none (the text model alone decides)."""
    for label, want in (("with a typed coded event", True), ("with none (the text model decides)", False)):
        idx = [j for j, events in enumerate(found) if any(e.plover is not None for e in events) == want]
        hits = sum(gold[j] == guessed[j] for j in idx)
        print(f"  records {label}: {hits}/{len(idx)}")


def blend_fit(mixed: np.ndarray, votes: np.ndarray, gold: np.ndarray, alpha: float) -> tuple[float, float]:
    """(accuracy, mean log-probability of the gold type) of combine_plover's scores, ``log(mixed) + alpha *
    votes``, read as a softmax. Settings are chosen by accuracy, ties (common on a dev half of 170) broken
    by the log-probability, so that of equally accurate settings the one with the wider margins wins and
    a change of coder or head moves the choice less. Accuracy is rounded to whole records."""
    scores = plover_scores(mixed, votes, alpha)
    hits = int((scores.argmax(axis=1) == gold).sum())
    z = scores - scores.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return round(hits / len(gold), 9), float(log_p[np.arange(len(gold)), gold].mean())


#: Shares of the root head's view in the sentence's PLOVER type.
GAMMA_GRID = (0.0, 0.2, 0.4, 0.6)


def root_plover_matrix(book: Codebook) -> np.ndarray:
    """Root x PLOVER type (20 x 16): the share of each root's codes that the codebook maps to each type
    (root 01, statements, has none)."""
    matrix = np.zeros((len(ROOTS), len(PLOVER_ORDER)))
    for code in book.codes():
        plover = book.plover(code)
        if plover is not None and code[:2] in ROOTS and plover.event in PLOVER_ORDER:
            matrix[ROOTS.index(code[:2]), PLOVER_ORDER.index(plover.event)] += 1.0
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, totals, out=np.zeros_like(matrix), where=totals > 0)


def unseen_root_probs(
    rows: Sequence[Example], root_rows: Sequence[Example], root_oof: np.ndarray, root_w: np.ndarray
) -> np.ndarray:
    """Root probabilities for each of ``rows`` from a root head that did not train on it: the root
    head's out-of-fold ones where the sentence is a judged root row (a PLOVER record with a CAMEO code),
    else the final root head's (the sentence carries no root label, so it never trained on it)."""
    judged = {_norm(ex.text): root_oof[k] for k, ex in enumerate(root_rows) if ex.source in JUDGED_ON["root"]}
    final = probabilities(root_w, Sparse.of([ex.text for ex in rows]))
    trained = {_norm(ex.text) for ex in root_rows}
    out = np.array(final)
    seen = 0
    for i, ex in enumerate(rows):
        key = _norm(ex.text)
        if key in judged:
            out[i] = judged[key]
        elif key in trained and ex.source == "plover":
            out[i] = 1.0 / len(ROOTS)  # trained on as another source's copy: no unseen view, a flat one
            seen += 1
    if seen:
        print(f"  {seen} PLOVER records have no unseen root view (flat)")
    return out


def print_per_type(gold: Sequence[str], guessed: Sequence[str]) -> None:
    """Out-of-fold hits per gold PLOVER type, and the commonest confusions."""
    cells = ", ".join(
        f"{kind} {sum(g == p == kind for g, p in zip(gold, guessed, strict=True))}/{gold.count(kind)}"
        for kind in PLOVER_ORDER
        if kind in gold
    )
    print(f"  per type: {cells}")
    confusions = Counter((g, p) for g, p in zip(gold, guessed, strict=True) if g != p).most_common(6)
    print("  commonest confusions (gold -> guessed): " + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions))


def save(heads: dict[str, np.ndarray], stack: Sequence[float], path: Path, root_plover: np.ndarray) -> None:
    """Weights as float16 (the bias in float32), the stacking weights and the root -> PLOVER type
    shares, compressed."""
    arrays = {**as_arrays(heads, stack), "root_plover": root_plover.astype(np.float32)}
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")


def as_arrays(heads: dict[str, np.ndarray], stack: Sequence[float]) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for name, w in heads.items():
        arrays[f"{name}_w"] = w[:-1].astype(np.float16)
        arrays[f"{name}_b"] = w[-1].astype(np.float32)
    for name, value in zip(("stack_alpha", "stack_beta", "plover_alpha", "plover_gamma"), stack, strict=True):
        arrays[name] = np.array([value], dtype=np.float32)
    return arrays


def main(argv: Sequence[str] | None = None, log: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    parser.add_argument("--quick", action="store_true", help="one setting per head, no search (for a smoke run)")
    parser.add_argument("--out", default=str(OUT), help="where to write the weights")
    args = parser.parse_args(argv)
    pool = all_examples(Path(args.shared))
    # The grids reach past the settings the last full run chose (small L2, other sources down-weighted).
    full = [(l2, o) for l2 in L2_GRID for o in OTHER_WEIGHT_GRID]
    small = [(l2, o) for l2 in L2_GRID[:2] for o in OTHER_WEIGHT_GRID[1:]]  # the smaller heads
    quick = [(3e-5, 0.3)]
    heads: dict[str, np.ndarray] = {}
    heads["root"], r_oof, r_rows, _ = train_head(pool, "root", quick if args.quick else small)
    heads["plover"], p_oof, p_rows, p_y = train_head(pool, "plover", quick if args.quick else small)
    heads["penta"], oof, rows, y = train_head(pool, "penta", quick if args.quick else full[:-1])
    stack = stacking(rows, y, oof, heads)
    unseen_roots = unseen_root_probs(p_rows, r_rows, r_oof, heads["root"])
    matrix = root_plover_matrix(Codebook.load())
    alpha, gamma = plover_stacking(p_rows, p_y, p_oof, heads, unseen_roots @ matrix)
    save(heads, (*stack, alpha, gamma), Path(args.out), matrix)
    log(f"{len(pool)} training sentences, {len(ROOTS)} roots")


if __name__ == "__main__":
    main()
