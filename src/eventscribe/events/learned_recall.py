"""A learned fallback for recall: one low-confidence event for a sentence the patterns code nothing in.

Most events the pattern coder misses are in sentences where it finds no event at all: a verb outside the
dictionaries ("Rebels overran the garrison"), a turn of phrase no pattern knows. For such a sentence the
learned model's root head (:meth:`~eventscribe.events.learned.LearnedModel.roots`) still says what kind
of act the sentence reports. When it is confident (``threshold``, chosen on the dev halves by
``scripts/train_learned_recall.py``) and one eventive clause of the sentence has a resolved source
(its subject side) and a target (its object side; none is needed for protests and violence, roots
14, 18, 19 and 20), the fallback codes one event: that actor pair, the root's general code ("190"),
``extra["origin"] = "learned"`` so that users can filter it, and as its confidence the share of such
events that were right on the dev halves (low: well under the pattern coder's default cut).

The clauses are the coder's own (:func:`~eventscribe.events.clauses.find_clauses`), so questions,
hypotheticals and content clauses of opinions give none; future acts, refusals and clauses that only
date the news are skipped, as are reporting verbs ("officials said"), whose content is what is told.
Bare statements (root 01) are never coded this way. Whether the fallback is on: see
:meth:`LearnedRecall.configured` (``EventCoder(learned_recall=...)``, the environment variable
``EVENTSCRIBE_LEARNED_RECALL``, or ``data/learned_recall.json``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventscribe.errors import DataError
from eventscribe.events.alone import dates_the_news
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.frame import Classification
from eventscribe.events.learned import ROOTS, LearnedModel
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.model import Event, ParsedArticle, Sentence

if TYPE_CHECKING:
    from eventscribe.events.coder import EventCoder

__all__ = [
    "ORIGIN",
    "LearnedRecall",
    "RecallCandidate",
    "TARGETLESS_ROOTS",
    "actor_pair",
    "first_carrier",
    "root_code",
    "root_event",
    "usable_clauses",
]

RECALL_FILE = "learned_recall.json"
ENV_FLAG = "EVENTSCRIBE_LEARNED_RECALL"
#: ``extra["origin"]`` of a fallback event.
ORIGIN = "learned"
#: Roots whose acts need no target to be news ("thousands protested", "fighting broke out").
TARGETLESS_ROOTS = frozenset({"14", "18", "19", "20"})
#: Roots never coded by the fallback: a bare statement is not worth a guessed event.
SKIPPED_ROOTS = frozenset({"01"})


def root_code(root: str) -> str:
    """The general code of a CAMEO root: "19" -> "190" (its unspecified act)."""
    return f"{root}0"


@dataclass(frozen=True)
class RecallCandidate:
    """What the fallback would code for a sentence, before the threshold: the root head's best root and
    its probability, the clause and the actors."""

    root: str
    probability: float
    clause: Clause
    source: Argument
    target: Argument | None


class LearnedRecall:
    """The fallback: ``threshold`` on the root head's probability, ``confidence`` for its events."""

    def __init__(self, learned: LearnedModel, threshold: float, confidence: float) -> None:
        if not 0.0 < threshold <= 1.0 or not 0.0 < confidence < 1.0:
            raise DataError(f"events/data/{RECALL_FILE}: threshold and confidence must lie in (0, 1)")
        self.learned = learned
        self.threshold = threshold
        self.confidence = confidence

    @staticmethod
    def configured(learned: LearnedModel, enabled: bool | None = None) -> LearnedRecall | None:
        """The packaged fallback (threshold and confidence from ``data/learned_recall.json``), or None
        where it is off: ``enabled`` if given, else the environment variable
        ``EVENTSCRIBE_LEARNED_RECALL`` ("1" on, "0" off) if set, else the file's ``enabled``."""
        settings = _settings()
        if enabled is None:
            flag = os.environ.get(ENV_FLAG, "").strip()
            enabled = flag not in ("", "0") if flag else bool(settings.get("enabled"))
        if not enabled or "threshold" not in settings:
            return None
        try:
            return LearnedRecall(learned, float(settings["threshold"]), float(settings["confidence"]))  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            raise DataError(f"events/data/{RECALL_FILE}: threshold and confidence must be numbers") from None

    def candidate(self, sentence: Sentence, actors: SentenceActors) -> RecallCandidate | None:
        """The root head's best root for ``sentence`` and the first clause that can carry it, whatever
        the probability (``scripts/train_learned_recall.py`` sweeps the threshold over these)."""
        probs = self.learned.roots(sentence.text)
        best = int(probs.argmax())
        root = ROOTS[best]
        if root in SKIPPED_ROOTS:
            return None
        carrier = first_carrier(sentence, actors, root)
        return RecallCandidate(root, float(probs[best]), *carrier) if carrier is not None else None

    def events(
        self, coder: EventCoder, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors
    ) -> list[Event]:
        """At most one event for a sentence the patterns coded nothing in (see the module docstring)."""
        found = self.candidate(sentence, actors)
        if found is None or found.probability < self.threshold:
            return []
        extra = {"origin": ORIGIN, "rule": f"learned root {found.root}", "learned_p": round(found.probability, 3)}
        carrier = (found.clause, found.source, found.target)
        return [root_event(coder, parsed, sentence, carrier, found.root, self.confidence, extra)]


def first_carrier(
    sentence: Sentence, actors: SentenceActors, root: str
) -> tuple[Clause, Argument, Argument | None] | None:
    """The first eventive clause that can carry an event of ``root``, with its actor pair (a target is
    needed unless the root is a protest or violence), or None."""
    for clause in usable_clauses(sentence):
        found = actor_pair(clause, actors, targetless=root in TARGETLESS_ROOTS)
        if found is not None:
            return (clause, *found)
    return None


def root_event(
    coder: EventCoder,
    parsed: ParsedArticle,
    sentence: Sentence,
    carrier: tuple[Clause, Argument, Argument | None],
    root: str,
    confidence: float,
    extra: dict[str, object],
) -> Event:
    """The event of ``root``'s general code ("190") that a learned component adds on ``carrier``, with
    ``confidence`` and ``extra`` (its origin, rule and probability) added to the event's own extras."""
    clause, source, target = carrier
    event = coder._event(parsed, sentence, clause, Classification(root_code(root), confidence, ""), source, target)
    return replace(event, confidence=confidence, extra={**event.extra, **extra})


def usable_clauses(sentence: Sentence) -> Iterator[Clause]:
    """The sentence's eventive clauses that tell an act done: not future, not refused, not one that
    dates the news, not a reporting verb."""
    for clause in find_clauses(sentence):
        verb = sentence.tokens[clause.verb]
        if clause.future or clause.refused or dates_the_news(sentence, clause.verb):
            continue
        if verb.lemma.lower() in REPORTING_VERBS:
            continue
        yield clause


def actor_pair(clause: Clause, actors: SentenceActors, *, targetless: bool) -> tuple[Argument, Argument | None] | None:
    """The clause's first resolved source and its first target other than itself (None for a
    target-less root with none), or None."""
    sources = actors.sources(clause)
    if not sources:
        return None
    source = sources[0]
    targets = [t for t in actors.targets(clause, source, sources=sources) if t.actor.code != source.actor.code]
    if not targets and not targetless:
        return None
    target = targets[0] if targets else None
    filled = actors.with_country(source, [target] if target is not None else [])
    return filled, target


@lru_cache(maxsize=1)
def _settings() -> dict[str, object]:
    try:
        text = (resources.files("eventscribe.events") / "data" / RECALL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(f"events/data/{RECALL_FILE}: not JSON ({err.msg}, line {err.lineno})") from None
    if not isinstance(data, dict):
        raise DataError(f"events/data/{RECALL_FILE}: expected an object with enabled, threshold, confidence")
    return data
