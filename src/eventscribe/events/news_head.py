"""The news head: a small linear model trained on real news coded to our conventions.

The learned model of :mod:`eventscribe.events.learned` is trained on codebook examples and sentences we
wrote. This head is trained (``scripts/train_news_head.py``) on the dev halves of the two sets of real
news we coded (the PETRARCH-2 real-world records and ``benchmarks/data/corpus_events.jsonl``), the
CAMEO manual's examples weighted down. For one sentence it gives the probability of "no event"
(:data:`NONE`) and of each CAMEO root, from:

* the hashed text features of :func:`eventscribe.events.learned.feature_names`;
* what the coder knows cheaply (:func:`coder_names`): the lemmas of the sentence's eventive clauses'
  verbs, whether one of them has a resolved source and a target, and the roots of the pattern events.

It is used two ways, each switched on (``data/news_head.json``) only where out-of-fold F1 at country +
root rose on both news sets:

* recall: a sentence with no pattern event gets one (:func:`recall_event`, the fallback's clause and
  actors) when the head's best root is confident (``recall_threshold``);
* keeping: the pattern events of a sentence the head is confident has no event (``keep_threshold`` on
  the probability of :data:`NONE`) are dropped.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from io import BytesIO
from typing import TYPE_CHECKING

import numpy as np

from eventscribe.errors import DataError
from eventscribe.events.arguments import SentenceActors
from eventscribe.events.learned import ROOTS, feature_names
from eventscribe.events.learned_recall import SKIPPED_ROOTS, actor_pair, first_carrier, root_event, usable_clauses
from eventscribe.model import Event, ParsedArticle, Sentence

if TYPE_CHECKING:
    from eventscribe.events.coder import EventCoder

__all__ = ["CLASSES", "NONE", "NewsHead", "NewsSettings", "coder_names", "decide", "news_names", "recall_event"]

WEIGHTS_FILE = "news_head.npz"
SETTINGS_FILE = "news_head.json"
ENV_FLAG = "EVENTSCRIBE_NEWS_HEAD"
#: The class of a sentence with no event.
NONE = "--"
CLASSES = (NONE, *ROOTS)
#: Buckets the head's features are hashed into.
NEWS_DIMENSIONS = 1 << 15
#: ``extra["origin"]`` of an event the head added.
ORIGIN = "news"
_MAX_VERBS = 3


@dataclass(frozen=True)
class NewsSettings:
    """Which uses are on and their thresholds (``data/news_head.json``)."""

    recall: bool = False
    recall_threshold: float = 2.0
    recall_confidence: float = 0.1
    keep: bool = False
    keep_threshold: float = 2.0


def _uses_from_env() -> set[str] | None:
    """The uses the environment variable names, or None where it is unset."""
    flag = os.environ.get(ENV_FLAG, "").strip().lower()
    if not flag:
        return None
    if flag in ("0", "1"):
        return {"recall", "keep"} if flag == "1" else set()
    uses = {part.strip() for part in flag.split(",")}
    if not uses <= {"recall", "keep"}:
        raise ValueError(f"{ENV_FLAG}={flag!r}: give 0, 1, recall, keep or recall,keep")
    return uses


def coder_names(sentence: Sentence, actors: SentenceActors | None, events: Sequence[Event]) -> list[str]:
    """The coder's cheap view of a sentence: ``v:`` the lemmas of its first eventive clauses' verbs,
    ``a:src``/``a:dyad`` whether one has a resolved source (and a target), ``pat:`` the pattern roots."""
    names: list[str] = []
    has_source = has_dyad = False
    for k, clause in enumerate(usable_clauses(sentence)):
        if k < _MAX_VERBS:
            names.append(f"v:{sentence.tokens[clause.verb].lemma.lower()}")
        if actors is not None and not has_dyad:
            has_source = has_source or actor_pair(clause, actors, targetless=True) is not None
            has_dyad = actor_pair(clause, actors, targetless=False) is not None
    if has_source:
        names.append("a:src")
    if has_dyad:
        names.append("a:dyad")
    roots = sorted({e.cameo.root for e in events})
    names += [f"pat:{r}" for r in roots] or ["pat:none"]
    names.append(f"pat:n{min(len(events), 3)}")
    return names


def news_names(text: str, coder: Sequence[str]) -> list[str]:
    """Every feature name of a sentence for the head: its text's and the coder's."""
    return [*feature_names(text), *coder]


def hashed(names: Sequence[str]) -> dict[int, float]:
    """The buckets of ``names`` (each once), L2-normalised."""
    counts: dict[int, float] = {}
    for name in dict.fromkeys(names):
        key = zlib.crc32(("nh:" + name).encode("utf-8")) % NEWS_DIMENSIONS
        counts[key] = counts.get(key, 0.0) + 1.0
    norm = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return {k: v / norm for k, v in counts.items()}


def decide(probs: np.ndarray, has_events: bool, settings: NewsSettings) -> tuple[bool, str | None]:
    """What the head does to a sentence: (drop its pattern events?, the root of an event to add or None)."""
    if has_events:
        return settings.keep and float(probs[0]) >= settings.keep_threshold, None
    best = int(probs[1:].argmax()) + 1
    root = CLASSES[best]
    if settings.recall and root not in SKIPPED_ROOTS and float(probs[best]) >= settings.recall_threshold:
        return False, root
    return False, None


def recall_event(
    coder: EventCoder,
    parsed: ParsedArticle,
    sentence: Sentence,
    actors: SentenceActors,
    root: str,
    p: float,
    confidence: float,
) -> Event | None:
    """The one event of ``root`` the head adds to a sentence: the first eventive clause with an actor
    pair (a target needed unless the root is a protest or violence), or None where there is none."""
    carrier = first_carrier(sentence, actors, root)
    if carrier is None:
        return None
    extra = {"origin": ORIGIN, "rule": f"news head root {root}", "news_p": round(p, 3)}
    return root_event(coder, parsed, sentence, carrier, root, confidence, extra)


class NewsHead:
    """The head's weights (sparse rows of a (NEWS_DIMENSIONS, len(CLASSES)) matrix) and its settings."""

    def __init__(
        self,
        rows: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        settings: NewsSettings,
        scale: np.ndarray | None = None,
    ) -> None:
        """``weights`` are the rows' weights, as int8 times ``scale`` (one a row) where a scale is given."""
        scale = np.ones(len(rows)) if scale is None else scale
        if weights.shape != (len(rows), len(CLASSES)) or bias.shape != (len(CLASSES),) or scale.shape != (len(rows),):
            raise DataError(f"events/data/{WEIGHTS_FILE}: arrays of the wrong shape; rerun scripts/train_news_head.py")
        self.full = np.zeros((NEWS_DIMENSIONS, len(CLASSES)), dtype=np.float32)
        self.full[rows.astype(np.int64)] = weights.astype(np.float32) * scale.astype(np.float32)[:, None]
        self.bias = bias.astype(np.float32)
        self.settings = settings

    @staticmethod
    def configured(enabled: bool | None = None) -> NewsHead | None:
        """The packaged head with the uses that are on, or None when none is.

        ``enabled`` False turns it off and True turns on both uses; otherwise the environment variable
        ``EVENTSCRIBE_NEWS_HEAD`` decides where it is set ("0" off, "1" both uses, or "recall", "keep",
        "recall,keep"), and else the settings file. The thresholds always come from the settings file."""
        settings = load_settings()
        uses = {"recall", "keep"} if enabled else set() if enabled is False else _uses_from_env()
        if uses is not None:
            settings = replace(settings, recall="recall" in uses, keep="keep" in uses)
        if not (settings.recall or settings.keep):
            return None
        return NewsHead.load(settings)

    @staticmethod
    def load(settings: NewsSettings | None = None) -> NewsHead:
        rows, weights, bias, scale = _arrays()
        return NewsHead(rows, weights, bias, settings or load_settings(), scale)

    def probabilities(self, names: Sequence[str]) -> np.ndarray:
        """P(no event) then P(each root), in the order of :data:`CLASSES`."""
        feats = hashed(names)
        z = self.bias.astype(np.float64).copy()
        if feats:
            keys = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
            vals = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
            z += (vals @ self.full[keys]).astype(np.float64)
        z = np.exp(z - z.max())
        return z / z.sum()

    def revise(
        self, coder: EventCoder, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors, chosen: list[Event]
    ) -> list[Event]:
        """The sentence's events after the head: dropped, one added, or as they were."""
        probs = self.probabilities(news_names(sentence.text, coder_names(sentence, actors, chosen)))
        drop, root = decide(probs, bool(chosen), self.settings)
        if drop:
            return []
        if root is not None:
            p = float(probs[CLASSES.index(root)])
            event = recall_event(coder, parsed, sentence, actors, root, p, self.settings.recall_confidence)
            return [event] if event is not None else []
        return chosen


@lru_cache(maxsize=1)
def _arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    try:
        raw = (resources.files("eventscribe.events") / "data" / WEIGHTS_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        raise DataError(f"events/data/{WEIGHTS_FILE} is missing; run scripts/train_news_head.py") from None
    with np.load(BytesIO(raw)) as data:
        try:
            return data["rows"], data["weights"], data["bias"], data["scale"]
        except KeyError as err:
            raise DataError(f"events/data/{WEIGHTS_FILE}: array {err} is missing") from None


def load_settings() -> NewsSettings:
    try:
        text = (resources.files("eventscribe.events") / "data" / SETTINGS_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return NewsSettings()
    try:
        data = json.loads(text)
        return NewsSettings(**{k: v for k, v in data.items() if k in NewsSettings.__dataclass_fields__})
    except (json.JSONDecodeError, TypeError, AttributeError) as err:
        raise DataError(f"events/data/{SETTINGS_FILE}: not a settings object ({err})") from None
