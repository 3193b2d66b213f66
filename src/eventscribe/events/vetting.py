"""Learned vetting: the chance that a coded event is right, and dropping the events that are likely wrong.

The pattern coder's events are precise on the sentences its rules were written for and much less so on
news at large: most of its errors on fresh news are events that should not be there (a sport result,
a price "attack", a topic mentioned) or that have the wrong pair. The vetting model reads one coded
event with its sentence (:func:`event_names`: its CAMEO root and code, the rule and trigger that gave
it, the sectors and countries of its actors, how its actors are named, the sentence's words, alone and
with the event's root) and gives the chance that it matches a hand-coded event at country + CAMEO root.

It is a binary logistic regression over hashed names (:data:`VET_DIMENSIONS` buckets), in numpy, trained
by ``scripts/train_vetting.py`` on the hand-coded training sentences (``scripts/data/news_train/``) and
the dev halves of the real-news gold sets, coded by the pattern coder with vetting off. Whether it
drops events, and below which chance, is chosen out of fold (on the training sentences and the dev
halves); ``data/vetting.json`` holds ``{"enabled": bool, "threshold": float, "l2": float}``. When it is
on, a kept event's ``confidence`` is its chance. The environment variable ``EVENTSCRIBE_VETTING``
("0" or "1") overrides ``enabled``; ``EventCoder(vetting=...)`` overrides both.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from io import BytesIO

import numpy as np

from eventscribe.errors import DataError
from eventscribe.events.records import code_of
from eventscribe.model import Event

__all__ = ["VET_DIMENSIONS", "Vetting", "VettingSettings", "event_names", "hashed_names", "mirrored"]

WEIGHTS_FILE = "vetting.npz"
SETTINGS_FILE = "vetting.json"
ENV_FLAG = "EVENTSCRIBE_VETTING"
VET_DIMENSIONS = 1 << 16
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
#: Words too common to say anything about one event's rightness.
_STOP = frozenset("the a an of to in and on for at by with from as is was be it its that this".split())


@dataclass(frozen=True)
class VettingSettings:
    enabled: bool = False
    threshold: float = 0.0


def _actor_names(role: str, actor, text: str) -> list[str]:
    if actor is None:
        return [f"{role}:none"]
    sectors = actor.sectors or ("-",)
    words = _WORD.findall((actor.text or "").lower())
    names = [
        f"{role}:sector={sectors[0]}",
        f"{role}:country={'known' if actor.country and actor.country != '---' else 'unknown'}",
        f"{role}:named={'yes' if actor.text and actor.text in text else 'no'}",
        f"{role}:words={min(len(words), 4)}",
    ]
    if words:
        names.append(f"{role}:head={words[-1]}")
    return names


def event_names(event: Event, text: str, others: int = 0) -> list[str]:
    """What the vetting model reads of one event of a sentence (``others``: the sentence's other events)."""
    root, code = event.cameo.root, event.cameo.code
    trigger = " ".join(_WORD.findall((event.evidence.trigger if event.evidence else "").lower())) or "-"
    rule = str(event.extra.get("rule", "-"))
    source, target = event.source, event.target
    same = bool(source and target and source.country and source.country == target.country)
    names = [
        "bias",
        f"root={root}",
        f"code={code}",
        f"rule={rule}",
        f"rule|root={rule}|{root}",
        f"trigger={trigger}",
        f"trigger|root={trigger}|{root}",
        f"same_country={same}|{root}",
        f"origin={event.extra.get('origin', 'pattern')}",
        f"others={min(others, 3)}",
        f"words={min(len(text.split()) // 10, 5)}",
        *_actor_names("src", source, text),
        *_actor_names("tgt", target, text),
    ]
    if source is not None and target is not None:
        names.append(f"pair={(source.sectors or ('-',))[0]}>{(target.sectors or ('-',))[0]}|{root}")
        names.append(f"same_actor={source.code == target.code}")
    names.extend(_near_trigger(event, text, root))
    for word in set(_WORD.findall(text.lower())) - _STOP:
        names.append(f"w={word}")
        names.append(f"w|root={word}|{root}")
    return names


def _near_trigger(event: Event, text: str, root: str) -> list[str]:
    """The words just before and after the trigger, whether it is quoted, and where it stands."""
    evidence = event.evidence
    start = evidence.trigger_start if evidence is not None else None
    end = evidence.trigger_end if evidence is not None else None
    if start is None or end is None or end <= start:
        return ["near=none"]
    before = _WORD.findall(text[:start].lower())[-3:]
    after = _WORD.findall(text[end:].lower())[:3]
    quoted = text[:start].count('"') % 2 == 1
    place = min(int(4 * start / max(len(text), 1)), 3)
    return [
        *(f"before={w}|{root}" for w in before),
        *(f"after={w}|{root}" for w in after),
        f"quoted={quoted}",
        f"place={place}|{root}",
    ]


def hashed_names(names: Sequence[str]) -> dict[int, float]:
    """Bucket -> count for ``names`` (the same hash in training and at run time)."""
    out: dict[int, float] = {}
    for name in names:
        key = zlib.crc32(name.encode("utf-8")) % VET_DIMENSIONS
        out[key] = out.get(key, 0.0) + 1.0
    return out


class Vetting:
    """The packaged vetting weights and settings."""

    def __init__(self, rows: np.ndarray, weights: np.ndarray, settings: VettingSettings) -> None:
        if rows.shape != weights.shape:
            raise DataError(f"events/data/{WEIGHTS_FILE}: arrays of the wrong shape; rerun scripts/train_vetting.py")
        self.full = np.zeros(VET_DIMENSIONS, dtype=np.float32)
        self.full[rows.astype(np.int64)] = weights.astype(np.float32)
        self.settings = settings

    @staticmethod
    def configured(enabled: bool | None = None) -> Vetting | None:
        """The packaged model when it is to drop events, else None (see the module's note)."""
        settings = load_settings()
        flag = os.environ.get(ENV_FLAG, "").strip()
        on = enabled if enabled is not None else (flag == "1") if flag in ("0", "1") else settings.enabled
        if not on:
            return None
        return Vetting.load(VettingSettings(enabled=True, threshold=settings.threshold))

    @staticmethod
    def load(settings: VettingSettings | None = None) -> Vetting:
        rows, weights = _arrays()
        return Vetting(rows, weights, settings or load_settings())

    def chance(self, event: Event, text: str, others: int = 0) -> float:
        """The model's chance that ``event`` (of sentence ``text``) is right at country + CAMEO root."""
        feats = hashed_names(event_names(event, text, others))
        keys = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        vals = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        z = float(vals @ self.full[keys])
        return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))

    def vet(self, text: str, events: Sequence[Event]) -> list[Event]:
        """``events`` of one sentence without those whose chance is under the threshold (mirror events
        share their mean chance: :func:`mirrored`); each kept event's ``confidence`` becomes its chance
        (better calibrated on news at large than the pattern score's calibration, which is fitted on the
        tuned dev halves)."""
        n = len(events)
        chances = mirrored([self.chance(e, text, n - 1) for e in events], events)
        return [
            replace(e, confidence=round(c, 3))
            for e, c in zip(events, chances, strict=True)
            if c >= self.settings.threshold
        ]


def mirrored(chances: list[float], events: Sequence[Event]) -> list[float]:
    """The chances with each pair of mirror events (one act of two parties on each other, told both ways:
    "clashes between Hezbollah and Israeli troops") given their mean, so that both are kept or neither."""

    out = list(chances)
    index = {(code_of(e.source), code_of(e.target), e.cameo.code, e.evidence.trigger): i for i, e in enumerate(events)}
    for i, e in enumerate(events):
        j = index.get((code_of(e.target), code_of(e.source), e.cameo.code, e.evidence.trigger))
        if j is not None and j != i and e.source is not None and e.target is not None:
            out[i] = (chances[i] + chances[j]) / 2
    return out


@lru_cache(maxsize=1)
def _arrays() -> tuple[np.ndarray, np.ndarray]:
    try:
        raw = (resources.files("eventscribe.events") / "data" / WEIGHTS_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        raise DataError(f"events/data/{WEIGHTS_FILE} is missing; run scripts/train_vetting.py") from None
    with np.load(BytesIO(raw)) as data:
        try:
            return data["rows"], data["weights"]
        except KeyError as err:
            raise DataError(f"events/data/{WEIGHTS_FILE}: array {err} is missing") from None


def load_settings() -> VettingSettings:
    try:
        text = (resources.files("eventscribe.events") / "data" / SETTINGS_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return VettingSettings()
    try:
        data = json.loads(text)
        return VettingSettings(enabled=bool(data["enabled"]), threshold=float(data["threshold"]))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
        raise DataError(f"events/data/{SETTINGS_FILE}: not a settings object ({err})") from None
