"""The learned part of event classification: a linear model over hashed words, in numpy.

Patterns give precision; this model gives a second opinion on what kind of event a sentence reports.
It reads only the sentence text (lower-cased words, crude stems and word pairs, hashed into
:data:`DIMENSIONS` buckets) and has two heads:

* ``penta``: the five classes of Multi-CoPED (0 statement or appeal, 1 verbal cooperation, 2 material
  cooperation, 3 verbal conflict, 4 material conflict), i.e. CAMEO roots 01-02, 03-05, 06-08, 09-13, 14-20;
* ``root``: the twenty CAMEO roots.

The coder asks it only about sentences that already have a candidate event, so most sentences cost
nothing. The weights (``data/learned.npz``, a few hundred kilobytes) are trained by
``scripts/train_event_model.py`` from the CAMEO codebook's examples and descriptions, the PLOVER
records, the dev half of the penta-class set and sentences we wrote; no torch, no hub.
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

__all__ = [
    "DIMENSIONS",
    "LearnedModel",
    "PENTA_NAMES",
    "ROOTS",
    "combine_penta",
    "features",
    "penta_of",
    "root_penta",
]

DIMENSIONS = 1 << 15
MODEL_FILE = "learned.npz"
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
PENTA_NAMES = ("statement/appeal", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
_SUFFIXES = ("ing", "ed", "es", "s")


def penta_of(code: str) -> int:
    """The penta class of a CAMEO code: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(code[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIMENSIONS


def features(text: str) -> dict[int, float]:
    """Hashed bag of words, stems and stem pairs of ``text``, L2-normalised."""
    words = _WORD.findall(text.lower())
    stems = [_stem(w) for w in words]
    counts: dict[int, float] = {}
    names: Iterable[str] = (
        *(f"w:{w}" for w in words),
        *(f"s:{s}" for s in stems),
        *(f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)),
    )
    for name in names:
        key = _bucket(name)
        counts[key] = counts.get(key, 0.0) + 1.0
    norm = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return {k: v / norm for k, v in counts.items()}


def root_penta(root_probs: np.ndarray) -> np.ndarray:
    """Root probabilities (in the order of :data:`ROOTS`) summed into the five penta classes."""
    out = np.zeros(5)
    for k, code in enumerate(ROOTS):
        out[penta_of(code)] += float(root_probs[k])
    return out


def combine_penta(probs: np.ndarray, events: Iterable[Event], alpha: float, floor: float = 0.0) -> int:
    """The penta class of a sentence: the text model's log-probabilities plus ``alpha`` times the
    (calibrated) confidence of each coded event, at ``floor`` or above, for its class."""
    score = np.log(np.asarray(probs, dtype=np.float64) + 1e-9)
    for event in events:
        if event.confidence >= floor:
            score[penta_of(event.cameo.code)] += alpha * event.confidence
    return int(score.argmax())


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


class LearnedModel:
    """The two heads; :meth:`load` reads the packaged weights once."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        for name in ("penta_w", "penta_b", "root_w", "root_b"):
            if name not in weights:
                raise DataError(
                    f"events/data/{MODEL_FILE}: array {name!r} is missing; rerun scripts/train_event_model.py"
                )
        self.penta_w = weights["penta_w"].astype(np.float32)
        self.penta_b = weights["penta_b"].astype(np.float32)
        self.root_w = weights["root_w"].astype(np.float32)
        self.root_b = weights["root_b"].astype(np.float32)
        self.stack_alpha = float(weights["stack_alpha"][0]) if "stack_alpha" in weights else 1.0
        self.stack_beta = float(weights["stack_beta"][0]) if "stack_beta" in weights else 0.0
        if self.penta_w.shape != (DIMENSIONS, 5) or self.root_w.shape != (DIMENSIONS, len(ROOTS)):
            raise DataError(f"events/data/{MODEL_FILE}: weights have the wrong shape; rerun the training script")

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> LearnedModel:
        try:
            raw = (resources.files("eventscribe.events") / "data" / MODEL_FILE).read_bytes()
        except (FileNotFoundError, OSError):
            raise DataError(f"events/data/{MODEL_FILE} is missing; run scripts/train_event_model.py") from None
        with np.load(BytesIO(raw)) as data:
            return LearnedModel({name: data[name] for name in data.files})

    def _scores(self, weights: np.ndarray, bias: np.ndarray, feats: dict[int, float]) -> np.ndarray:
        if not feats:
            return bias.copy()
        keys = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        values = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        return values @ weights[keys] + bias

    def penta(self, text: str) -> np.ndarray:
        """Probabilities of the five penta classes for a sentence."""
        return _softmax(self._scores(self.penta_w, self.penta_b, features(text)))

    def sentence_penta(self, text: str, events: Iterable[Event]) -> int:
        """The penta class of a sentence from its text (both heads) and the events coded in it."""
        beta = self.stack_beta
        probs = (1 - beta) * self.penta(text) + beta * root_penta(self.roots(text)) if beta else self.penta(text)
        return combine_penta(probs, events, self.stack_alpha)

    def roots(self, text: str) -> np.ndarray:
        """Probabilities of the twenty CAMEO roots (in the order of :data:`ROOTS`)."""
        return _softmax(self._scores(self.root_w, self.root_b, features(text)))


PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT".split()
)


@lru_cache(maxsize=1)
def plover_draft_map() -> dict[str, str]:
    """PLOVER draft-0.5 category -> current event type (``data/plover_draft.yaml``)."""
    import yaml

    text = (resources.files("eventscribe.events") / "data" / "plover_draft.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not set(data.values()) <= PLOVER_TYPES:
        raise DataError("events/data/plover_draft.yaml: expected DRAFT: CURRENT pairs of PLOVER event types")
    return {str(k): str(v) for k, v in data.items()}
