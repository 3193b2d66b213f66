"""The learned part of event classification: linear models over hashed words, in numpy.

Patterns give precision; this model gives a second opinion on what kind of event a sentence reports.
It reads only the sentence text (:func:`feature_names`: words, crude lemmas, lemma pairs, content-word
pairs a few words apart, words under a negator or a modal, word beginnings; hashed into
:data:`DIMENSIONS` buckets) and has three heads, each a multinomial logistic regression:

* ``penta``: the five classes of Multi-CoPED (0 statement or appeal, 1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict), i.e. CAMEO roots 01-02, 03-05, 06-08, 09-13, 14-20;
* ``root``: the twenty CAMEO roots;
* ``plover``: the sixteen PLOVER event types (:data:`PLOVER_ORDER`).

The coder asks it only about sentences that already have a candidate event, so most sentences cost
nothing. The weights (``data/learned.npz``, about a megabyte) are trained by
``scripts/train_event_model.py`` from the CAMEO and PLOVER codebooks, the dev halves of the gold sets
and sentences we wrote (``scripts/data/own_examples.tsv``); regularisation and the weight of each
source are chosen by cross-validation within the dev halves. No torch, no hub.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from io import BytesIO

import numpy as np

from eventscribe.errors import DataError
from eventscribe.model import Event
from eventscribe.yaml_text import load_yaml

__all__ = [
    "DIMENSIONS",
    "LearnedModel",
    "PENTA_NAMES",
    "PLOVER_ORDER",
    "PLOVER_TYPES",
    "ROOTS",
    "class_votes",
    "combine_penta",
    "combine_plover",
    "feature_names",
    "features",
    "lemma",
    "penta_of",
    "plover_current_type",
    "plover_draft_map",
    "root_penta",
    "type_votes",
]

DIMENSIONS = 1 << 16
MODEL_FILE = "learned.npz"
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
PENTA_NAMES = ("statement/appeal", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
#: Words after which the next few words are denied ("did not attack", "refused to meet").
NEGATORS = frozenset("not no never n't without refused refuses refuse denied denies deny nor".split())
#: Words that put the next few words in the future, in doubt or in someone's mouth ("would attack",
#: "threatened to impose", "urged them to release").
MODALS = frozenset(
    "will would could may might should can shall must threatened threatens threaten vowed vows vow warned "
    "warns plan plans planned intends intend ready willing urged urges called calls asked asks demanded "
    "demands wants wanted offered offers promised promises pledged pledges".split()
)
_STOP = frozenset(
    "the a an of to in on at for by with from and or as is was were are be been has have had that this its "
    "it their his her they he she we said says say on monday tuesday wednesday thursday friday saturday "
    "sunday s 's which who".split()
)
_SCOPE = 3  # words a negator or modal reaches


def lemma(word: str) -> str:
    """A crude lemma by suffix: "shelled", "shelling", "shells" -> "shell"; "carried", "carries" -> "carry";
    a final "e" goes too, so that "fire", "fired" and "firing" meet in "fir"."""
    if len(word) <= 3:
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" -> "stop", "hitting" -> "hit"
            return base
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("es") and not word.endswith(("ses", "zes")):
        return word[:-2]  # "fires", "charges": as "fire", "charge" below
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIMENSIONS


def feature_names(text: str) -> list[str]:
    """The named features of ``text``: words, lemmas, lemma pairs, pairs of content lemmas up to three
    words apart (a verb and its object: "fired ... rockets"), lemmas under a negator or modal, the first
    five letters of long content words (a stand-in for word families: "negot", "attac") and the letter
    four-grams of content words of five letters or more ("<shel", "shell", "elled", "lled>")."""
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    lemmas = [lemma(w) for w in words]
    names = [f"w:{w}" for w in words]
    names += [f"s:{s}" for s in lemmas]
    names += [f"b:{a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)]
    content = [(i, s) for i, s in enumerate(lemmas) if s not in _STOP and not s.isdigit()]
    for k, (i, a) in enumerate(content):
        names += [f"k:{a}_{b}" for j, b in content[k + 1 : k + 3] if j - i <= _SCOPE + 1]
        if len(a) >= 6:
            names.append(f"p:{a[:5]}")
    for w in words:
        if len(w) >= 5 and w not in _STOP:
            padded = f"<{w}>"
            names += [f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3)]
    for i, w in enumerate(words):
        marker = "n" if w in NEGATORS else "m" if w in MODALS else ""
        if marker:
            names.append(f"{marker}:")
            names += [f"{marker}:{s}" for s in lemmas[i + 1 : i + 1 + _SCOPE] if s not in _STOP]
    if text.rstrip().endswith("?"):
        names.append("q:")
    return names


def features(text: str) -> dict[int, float]:
    """The hashed buckets of :func:`feature_names` that occur (each once, however often its features
    occur), L2-normalised."""
    counts: dict[int, float] = {}
    for name in dict.fromkeys(feature_names(text)):  # in order, so that sums are reproducible
        key = _bucket(name)
        counts[key] = counts.get(key, 0.0) + 1.0
    norm = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return {k: v / norm for k, v in counts.items()}


PLOVER_ORDER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
PLOVER_TYPES = frozenset(PLOVER_ORDER)
#: Head name -> number of classes.
HEADS = {"penta": 5, "root": len(ROOTS), "plover": len(PLOVER_ORDER)}


def penta_of(code: str) -> int:
    """The penta class of a CAMEO code: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(code[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def root_penta(root_probs: np.ndarray) -> np.ndarray:
    """Root probabilities (in the order of :data:`ROOTS`) summed into the five penta classes."""
    out = np.zeros(5)
    for k, code in enumerate(ROOTS):
        out[penta_of(code)] += float(root_probs[k])
    return out


def class_votes(events: Iterable[Event]) -> np.ndarray:
    """One vote (1.0) for each penta class that at least one coded event has, whatever the events'
    number or confidence."""
    votes = np.zeros(len(PENTA_NAMES))
    for event in events:
        votes[penta_of(event.cameo.code)] = 1.0
    return votes


def type_votes(events: Iterable[Event]) -> np.ndarray:
    """One vote (1.0) for each PLOVER type (in the order of :data:`PLOVER_ORDER`) that at least one coded
    event has; statements (no type) give none."""
    votes = np.zeros(len(PLOVER_ORDER))
    for event in events:
        if event.plover is not None and event.plover.event in PLOVER_TYPES:
            votes[PLOVER_ORDER.index(event.plover.event)] = 1.0
    return votes


def combine_penta(probs: np.ndarray, events: Iterable[Event], alpha: float) -> int:
    """The penta class of a sentence: the text model's log-probabilities plus ``alpha`` for each class
    the pattern coder found an event of (:func:`class_votes`). The events' confidence is not read, so
    that refitting the calibration never moves a sentence's class."""
    score = np.log(np.asarray(probs, dtype=np.float64) + 1e-9)
    return int((score + alpha * class_votes(events)).argmax())


def combine_plover(probs: np.ndarray, events: Iterable[Event], alpha: float) -> str:
    """The PLOVER type of a sentence: the text model's log-probabilities (in the order of
    :data:`PLOVER_ORDER`) plus ``alpha`` for each type the pattern coder found an event of
    (:func:`type_votes`); like :func:`combine_penta`, independent of the calibration."""
    return PLOVER_ORDER[int(plover_scores(np.asarray(probs, dtype=np.float64), type_votes(events), alpha).argmax())]


def plover_scores(probs: np.ndarray, votes: np.ndarray, alpha: float) -> np.ndarray:
    """The scores :func:`combine_plover` ranks types by, ``log(probs) + alpha * votes``, for one sentence
    (vectors) or many (rows); training chooses ``alpha`` on the same scores."""
    return np.log(probs + 1e-9) + alpha * votes


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


def _scalar(weights: dict[str, np.ndarray], name: str, default: float) -> float:
    return float(weights[name].reshape(-1)[0]) if name in weights else default


class LearnedModel:
    """The three heads; :meth:`load` reads the packaged weights once."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.heads: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name, classes in HEADS.items():
            if f"{name}_w" not in weights or f"{name}_b" not in weights:
                raise DataError(
                    f"events/data/{MODEL_FILE}: array {name + '_w'!r} is missing; rerun scripts/train_event_model.py"
                )
            w, b = weights[f"{name}_w"].astype(np.float32), weights[f"{name}_b"].astype(np.float32)
            if w.shape != (DIMENSIONS, classes) or b.shape != (classes,):
                raise DataError(
                    f"events/data/{MODEL_FILE}: {name} weights have the wrong shape; rerun the training script"
                )
            self.heads[name] = (w, b)
        self.stack_alpha = _scalar(weights, "stack_alpha", 1.0)
        self.stack_beta = _scalar(weights, "stack_beta", 0.0)
        self.plover_alpha = _scalar(weights, "plover_alpha", 1.0)
        self.plover_gamma = _scalar(weights, "plover_gamma", 0.0)
        #: Root -> PLOVER type shares (20 x 16, each root's codes' types in the codebook), for the root
        #: head's view of a sentence's type; zeros where the weights carry none.
        self.root_plover = weights.get("root_plover", np.zeros((len(ROOTS), len(PLOVER_ORDER)))).astype(np.float64)
        if self.root_plover.shape != (len(ROOTS), len(PLOVER_ORDER)):
            raise DataError(f"events/data/{MODEL_FILE}: root_plover has the wrong shape; rerun the training script")

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> LearnedModel:
        try:
            raw = (resources.files("eventscribe.events") / "data" / MODEL_FILE).read_bytes()
        except (FileNotFoundError, OSError):
            raise DataError(f"events/data/{MODEL_FILE} is missing; run scripts/train_event_model.py") from None
        with np.load(BytesIO(raw)) as data:
            return LearnedModel({name: data[name] for name in data.files})

    def _probs(self, head: str, text: str) -> np.ndarray:
        weights, bias = self.heads[head]
        feats = features(text)
        if not feats:
            return _softmax(bias.astype(np.float64))
        keys = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        values = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        return _softmax((values @ weights[keys] + bias).astype(np.float64))

    def penta(self, text: str) -> np.ndarray:
        """Probabilities of the five penta classes for a sentence."""
        return self._probs("penta", text)

    def roots(self, text: str) -> np.ndarray:
        """Probabilities of the twenty CAMEO roots (in the order of :data:`ROOTS`)."""
        return self._probs("root", text)

    def plover(self, text: str) -> np.ndarray:
        """Probabilities of the sixteen PLOVER event types (in the order of :data:`PLOVER_ORDER`)."""
        return self._probs("plover", text)

    def sentence_penta(self, text: str, events: Iterable[Event]) -> int:
        """The penta class of a sentence from its text (both heads) and the events coded in it, with the
        weights the training script chose by cross-validation on the dev half."""
        beta = self.stack_beta
        probs = self.penta(text)
        if beta:
            probs = (1 - beta) * probs + beta * root_penta(self.roots(text))
        return combine_penta(probs, events, self.stack_alpha)

    def plover_blend(self, text: str) -> np.ndarray:
        """The PLOVER head's probabilities mixed with the root head's read through the codebook
        (``(1 - gamma) * plover + gamma * roots @ root_plover``), gamma chosen by the training script."""
        probs = self.plover(text)
        gamma = self.plover_gamma
        return (1 - gamma) * probs + gamma * (self.roots(text) @ self.root_plover) if gamma else probs

    def sentence_plover(self, text: str, events: Iterable[Event]) -> str:
        """The PLOVER type of a sentence from its text (:meth:`plover_blend`) and the events coded in it,
        with the weights the training script chose by cross-validation on the PLOVER records' dev half."""
        return combine_plover(self.plover_blend(text), events, self.plover_alpha)


@lru_cache(maxsize=1)
def plover_draft_map() -> dict[str, str]:
    """PLOVER draft-0.5 category (or ``CATEGORY/mode``) -> current event type (``data/plover_draft.yaml``)."""

    text = (resources.files("eventscribe.events") / "data" / "plover_draft.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict) or not set(data.values()) <= PLOVER_TYPES:
        raise DataError("events/data/plover_draft.yaml: expected DRAFT: CURRENT pairs of PLOVER event types")
    mapping = {str(k): str(v) for k, v in data.items()}
    orphans = sorted(k for k in mapping if "/" in k and k.partition("/")[0] not in mapping)
    if orphans:
        raise DataError(
            f"events/data/plover_draft.yaml: {orphans[0]!r} names a draft category with no entry of its own"
        )
    return mapping


def plover_current_type(category: str, mode: str = "") -> str:
    """The current PLOVER type of a draft-0.5 (category, mode): the ``CATEGORY/mode`` entry of
    ``data/plover_draft.yaml`` where the current codebook moved that mode to another type (the draft's
    COERCE ``destroy`` is now ASSAULT ``destroy``), else the category's entry."""
    mapping = plover_draft_map()
    return mapping.get(f"{category}/{mode}", mapping[category]) if mode else mapping[category]
