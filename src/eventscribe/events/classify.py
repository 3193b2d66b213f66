"""The pattern classifier: a VerbFrame in, a CAMEO code out.

::

    clf = VerbClassifier.load()
    clf.classify(VerbFrame(verb="call", preps=(("on", "he"),), xcomp="join", xcomp_objects=("struggle",)))
    # Classification(code="0212", confidence=0.9, trigger="call on join struggle")

Three sources, tried in order (all of them packaged data files):

1. ``rules.yaml``: curated rules. The rule with the most constraints that match wins (0.9 when it has
   constraints, 0.8 for a bare verb). A curated rule with ``code: null`` means "no event". When only a
   bare curated verb matches, a dictionary pattern with the same root may refine the code (0.8). Light
   verbs ("launch", "hold") take their code from an event noun in their object (0.85).
2. ``patterns.jsonl``: patterns converted from the PETRARCH CAMEO dictionary, keyed on verb and object
   or preposition (0.7).
3. ``verbs.jsonl``: bare verbs of that dictionary (0.45, under the coder's default confidence floor).

Every lookup is a dict access on the verb (and object or preposition); only the few rules of one verb
are compared. The files are read and checked by :mod:`eventscribe.events.classify_data`.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import yaml

from eventscribe.errors import DataError
from eventscribe.events.classify_data import Rule, parse_rules, read_jsonl, validate_patterns, validate_verbs
from eventscribe.events.codebook import read_data_text
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.yaml_text import load_yaml

__all__ = ["Rule", "VerbClassifier", "classify", "classify_noun"]

CURATED_SPECIFIC = 0.9
LIGHT_VERB = 0.85
CURATED_VERB = 0.8
REFINED = 0.8
DICTIONARY_PATTERN = 0.7
NOUN_ALONE = 0.6
DICTIONARY_VERB = 0.45
#: Prepositions of time: their object dates a light verb's act, it does not name it.
TIME_PREPS = frozenset({"after", "amid", "before", "despite", "during", "following", "since", "until"})


def _refines(code: str, general: str) -> bool:
    """Whether ``code`` is a more specific code under ``general`` (any code of its root for "020")."""
    if code == general:
        return False
    if len(general) <= 3 and general.endswith("0"):
        return code[:2] == general[:2]
    return code.startswith(general)


@dataclass(frozen=True, slots=True)
class _Pattern:
    object: tuple[str, ...]
    prep: tuple[str, ...]
    code: str
    verb: str

    def match(self, frame: VerbFrame, objects: frozenset[str]) -> list[str] | None:
        if not all(w in objects for w in self.object):
            return None
        words = list(self.object)
        if len(self.prep) > 2:
            return None  # the frame keeps only the head of a preposition's object
        if self.prep:
            want_obj = self.prep[-1] if len(self.prep) > 1 else None
            if not any(p == self.prep[0] and (want_obj is None or o == want_obj) for p, o in frame.preps):
                if not (want_obj is None and frame.particle == self.prep[0]):
                    return None
            words += [w for w in self.prep if w not in words]
        return words


class VerbClassifier:
    """Classifies verb frames into CAMEO codes with curated rules and the converted PETRARCH dictionary."""

    def __init__(
        self,
        rules: list[Rule],
        *,
        light_verbs: frozenset[str] = frozenset(),
        nouns: dict[str, str] | None = None,
        patterns: list[dict[str, Any]] = (),  # type: ignore[assignment]
        verbs: list[dict[str, Any]] = (),  # type: ignore[assignment]
    ) -> None:
        self._rules: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            for verb in rule.verbs:
                self._rules[verb].append(rule)
        self._light = light_verbs
        self._nouns = dict(nouns or {})
        self._patterns: dict[tuple[str, str], list[_Pattern]] = defaultdict(list)
        for row in patterns:
            obj, prep = tuple(row["object"]), tuple(row["prep"] or ())
            key = ("o", obj[-1]) if obj else ("p", prep[0] + " " + (prep[-1] if len(prep) > 1 else ""))
            for verb in row["verbs"]:
                self._patterns[(verb, key[0] + ":" + key[1])].append(_Pattern(obj, prep, row["code"], verb))
        self._verbs: dict[tuple[str, str], str] = {}
        for row in verbs:
            self._verbs.setdefault((row["lemma"], row["particle"]), row["code"])

    @classmethod
    @cache
    def load(cls) -> VerbClassifier:
        """The classifier over the packaged data files, built once and cached."""
        try:
            data = load_yaml(read_data_text("rules.yaml"))
        except yaml.YAMLError as exc:
            raise DataError(f"rules.yaml: not valid YAML ({exc}); fix the file") from None
        rules, light, nouns = parse_rules(data, "rules.yaml")
        patterns = read_jsonl("patterns.jsonl")
        verbs = read_jsonl("verbs.jsonl")
        validate_patterns(patterns)
        validate_verbs(verbs)
        return cls(rules, light_verbs=light, nouns=nouns, patterns=patterns, verbs=verbs)

    @classmethod
    def with_rules(cls, rules: list[Rule], *, packaged: bool = True) -> VerbClassifier:
        """A classifier with extra curated ``rules`` (user dictionaries), tried before the packaged
        rules so that they win ties; with ``packaged=False``, ``rules`` alone."""
        if not packaged:
            return cls(list(rules))
        base = cls.load()
        classifier = copy.copy(base)
        classifier._rules = defaultdict(list)
        for rule in rules:
            for verb in rule.verbs:
                classifier._rules[verb].append(rule)
        for verb, packaged_rules in base._rules.items():
            classifier._rules[verb].extend(packaged_rules)
        return classifier

    # -- the three sources -------------------------------------------------------------------------

    def _curated(self, frame: VerbFrame) -> tuple[Rule, list[str]] | None:
        best: tuple[Rule, list[str]] | None = None
        for rule in self._rules.get(frame.verb, ()):
            words = rule.match(frame)
            if words is None:
                continue
            if best is None or (rule.specificity, len(words)) > (best[0].specificity, len(best[1])):
                best = (rule, words)
        return best

    def _verb_names(self, frame: VerbFrame) -> list[str]:
        names = []
        if frame.particle:
            names.append(f"{frame.verb} {frame.particle}")
        names += [f"{frame.verb} {p}" for p, _ in frame.preps]
        names.append(frame.verb)
        return names

    def _dictionary_pattern(self, frame: VerbFrame) -> tuple[str, list[str]] | None:
        objects = frozenset(frame.objects)
        keys = [f"o:{w}" for w in frame.objects]
        for prep, obj in frame.preps:
            keys += [f"p:{prep} {obj}", f"p:{prep} "]
        if frame.particle:
            keys.append(f"p:{frame.particle} ")
        best: tuple[int, str, list[str]] | None = None
        for name in self._verb_names(frame):
            for key in keys:
                for pattern in self._patterns.get((name, key), ()):
                    words = pattern.match(frame, objects)
                    if words is None:
                        continue
                    score = len(pattern.object) + len(pattern.prep)
                    if best is None or score > best[0]:
                        trigger = pattern.verb.split()
                        best = (score, pattern.code, trigger + [w for w in words if w not in trigger])
        return None if best is None else (best[1], best[2])

    def _dictionary_verb(self, frame: VerbFrame) -> tuple[str, str] | None:
        for name in self._verb_names(frame):
            lemma, _, particle = name.partition(" ")
            code = self._verbs.get((lemma, particle))
            if code:
                return code, name
        return None

    def _light_verb(self, frame: VerbFrame) -> tuple[str, str] | None:
        if frame.verb not in self._light:
            return None
        candidates: list[str] = []
        if frame.objects:
            head, mods = frame.objects[0], frame.objects[1:]
            # "air strike" from "air and artillery strikes" (the first noun modifies the later one)
            candidates += [f"{m} {head}" for m in mods] + [f"{head} {m}" for m in mods] + [head]
        # "engage in talks", "take part in fighting"; never the noun of a time phrase ("after protests")
        candidates += [o for p, o in frame.preps if p not in TIME_PREPS]
        for noun in candidates:
            if noun in self._nouns:
                return self._nouns[noun], noun
        return None

    # -- public --------------------------------------------------------------------------------------

    def classify(self, frame: VerbFrame) -> Classification | None:
        """The CAMEO code of ``frame``, or None when the verb has no political meaning here."""
        verb = frame.verb.lower()
        if verb != frame.verb:
            frame = VerbFrame(
                verb, frame.particle, frame.objects, frame.preps, frame.xcomp, frame.xcomp_objects, frame.passive
            )
        curated = self._curated(frame)
        if curated is not None and curated[0].specificity > 0:
            rule, words = curated
            if rule.code is None:
                return None
            lead = [frame.verb]
            if frame.particle and frame.particle not in words:
                lead.append(frame.particle)
            elif rule.xcomp and frame.preps and frame.preps[0][0] not in words:
                lead.append(frame.preps[0][0])  # "call on (him) to join"
            # 0.9 for one constraint, a little more for each further one
            confidence = min(0.95, CURATED_SPECIFIC + 0.03 * (rule.specificity - 1))
            refined = self._dictionary_pattern(frame) if rule.code else None
            if refined and _refines(refined[0], rule.code):
                return Classification(refined[0], confidence, " ".join(refined[1]))
            return Classification(rule.code, confidence, " ".join([*lead, *words]))
        light = self._light_verb(frame)
        if light is not None:
            return Classification(light[0], LIGHT_VERB, f"{frame.verb} {light[1]}")
        pattern = self._dictionary_pattern(frame)
        if curated is not None:
            rule, _ = curated
            if rule.code is None:
                if pattern is not None:
                    return Classification(pattern[0], DICTIONARY_PATTERN, " ".join(pattern[1]))
                return None
            if pattern is not None and _refines(pattern[0], rule.code):
                return Classification(pattern[0], REFINED, " ".join(pattern[1]))
            return Classification(rule.code, CURATED_VERB, frame.verb)
        if pattern is not None:
            return Classification(pattern[0], DICTIONARY_PATTERN, " ".join(pattern[1]))
        bare = self._dictionary_verb(frame)
        if bare is not None:
            return Classification(bare[0], DICTIONARY_VERB, bare[1])
        return None

    def nulled(self, frame: VerbFrame) -> bool:
        """Whether a curated rule with a constraint beyond the verb says ``frame`` has no political
        meaning ("hit the road", "enter a plea"): then not even its object's event noun gives it one."""
        curated = self._curated(replace(frame, verb=frame.verb.lower()))
        return curated is not None and curated[0].specificity > 0 and curated[0].code is None

    def classify_noun(self, lemma: str) -> Classification | None:
        """The CAMEO code of an event noun used without a verb ("attack", "talks", "kidnapping")."""
        key = " ".join(lemma.lower().split())
        code = self._nouns.get(key)
        if code is None and key.endswith("s"):
            code = self._nouns.get(key[:-1])
        if code is None:
            return None
        return Classification(code, NOUN_ALONE, lemma)


def classify(frame: VerbFrame) -> Classification | None:
    """Classify ``frame`` with the packaged classifier (see :meth:`VerbClassifier.classify`)."""
    return VerbClassifier.load().classify(frame)


def classify_noun(lemma: str) -> Classification | None:
    """Classify an event noun with the packaged classifier (see :meth:`VerbClassifier.classify_noun`)."""
    return VerbClassifier.load().classify_noun(lemma)
