"""The data of the pattern classifier, read and checked: curated rules (``rules.yaml``: :class:`Rule`,
light verbs, event nouns) and the converted PETRARCH dictionary (``patterns.jsonl``, ``verbs.jsonl``).

:mod:`eventscribe.events.classify` builds its :class:`~eventscribe.events.classify.VerbClassifier` from
them; a malformed entry raises :class:`~eventscribe.errors.DataError` naming the file and the entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from eventscribe.errors import DataError
from eventscribe.events.codebook import Codebook, read_data_text
from eventscribe.events.frame import VerbFrame

__all__ = ["Rule", "parse_rules", "read_jsonl", "validate_patterns", "validate_verbs"]

_RULE_KEYS = {"verb", "particle", "prep", "prep_object", "object", "xcomp", "xcomp_object", "code"}


def _as_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{value!r} must be a word or a list of words (quote on/off/yes/no)")
    return tuple(value)


def _any_of(options: tuple[tuple[str, ...], ...], words: frozenset[str]) -> tuple[str, ...] | None:
    """The first option (a word group) whose words are all in ``words``."""
    for option in options:
        if all(w in words for w in option):
            return option
    return None


@dataclass(frozen=True, slots=True)
class Rule:
    """One curated rule; see the header of ``rules.yaml``."""

    verbs: tuple[str, ...]
    code: str | None
    particle: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    prep_object: tuple[tuple[str, ...], ...] = ()
    object: tuple[tuple[str, ...], ...] = ()
    xcomp: tuple[str, ...] = ()
    xcomp_object: tuple[tuple[str, ...], ...] = ()
    order: int = 0

    @property
    def specificity(self) -> int:
        return sum(
            bool(x) for x in (self.particle, self.prep, self.prep_object, self.object, self.xcomp, self.xcomp_object)
        )

    def match(self, frame: VerbFrame) -> list[str] | None:
        """The trigger words (after the verb) when the rule matches ``frame``, else None."""
        words: list[str] = []
        linkers = {frame.particle} | {p for p, _ in frame.preps} if frame.particle else {p for p, _ in frame.preps}
        if self.particle:
            hit = next((p for p in self.particle if p in linkers), None)
            if hit is None:
                return None
            words.append(hit)
        if self.prep:
            found = None
            for prep, obj in frame.preps:
                if prep in self.prep and (not self.prep_object or _any_of(self.prep_object, frozenset([obj]))):
                    found = [prep, obj] if self.prep_object else [prep]
                    break
            if found is None and not self.prep_object and frame.particle in self.prep:
                found = [frame.particle]
            if found is None:
                return None
            words.extend(w for w in found if w not in words)
        elif self.prep_object:
            objs = frozenset(o for _, o in frame.preps)
            hit_words = _any_of(self.prep_object, objs)
            if hit_words is None:
                return None
            words.extend(hit_words)
        if self.object:
            hit_words = _any_of(self.object, frozenset(frame.objects))
            if hit_words is None:
                return None
            words.extend(hit_words)
        if self.xcomp:
            if frame.xcomp not in self.xcomp:
                return None
            words.append(frame.xcomp)
        if self.xcomp_object:
            hit_words = _any_of(self.xcomp_object, frozenset(frame.xcomp_objects))
            if hit_words is None:
                return None
            words.extend(hit_words)
        return words


def _word_groups(raw: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """A rule's list of one- or more-word options ("aid", "military aid") as word tuples; a hyphen parts
    words as the tokenizer does ("sit-in" needs "sit" and "in", "cease-fire" "cease" and "fire")."""
    return tuple(tuple(v.replace("-", " ").split()) for v in _as_list(raw.get(key)))


def parse_rules(data: Any, filename: str) -> tuple[list[Rule], frozenset[str], dict[str, str]]:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise DataError(f"{filename}: expected a mapping with a 'rules' list")
    codes = Codebook.load()
    rules = []
    for n, raw in enumerate(data["rules"], 1):
        where = f"{filename}: rule {n} ({raw!r:.80})"
        if not isinstance(raw, dict) or "verb" not in raw or "code" not in raw:
            raise DataError(f"{where}: each rule needs 'verb' and 'code'")
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise DataError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
        code = raw["code"]
        if code is not None and str(code) not in codes:
            raise DataError(f'{where}: code {code!r} is not in cameo.csv; quote codes such as "010"')

        try:
            rule = Rule(
                verbs=_as_list(raw["verb"]),
                code=None if code is None else str(code),
                particle=_as_list(raw.get("particle")),
                prep=_as_list(raw.get("prep")),
                prep_object=_word_groups(raw, "prep_object"),
                object=_word_groups(raw, "object"),
                xcomp=_as_list(raw.get("xcomp")),
                xcomp_object=_word_groups(raw, "xcomp_object"),
                order=n,
            )
        except ValueError as exc:
            raise DataError(f"{where}: {exc}") from None
        rules.append(rule)
    light = frozenset(_as_list(data.get("light_verbs")))
    nouns = {}
    for noun, code in (data.get("nouns") or {}).items():
        if str(code) not in codes:
            raise DataError(f"{filename}: noun {noun!r} has code {code!r}, which is not in cameo.csv")
        nouns[str(noun)] = str(code)
    return rules, light, nouns


def read_jsonl(name: str) -> list[dict[str, Any]]:
    """The rows of a packaged JSON-lines file: parsed as one array (one call, not one a line), and only
    where that fails line by line, to name the bad line."""
    lines = [line for line in read_data_text(name).splitlines() if line.strip()]
    try:
        rows = json.loads("[" + ",".join(lines) + "]")
    except json.JSONDecodeError:
        rows = None
    if isinstance(rows, list) and len(rows) == len(lines):
        return rows
    return _read_jsonl_lines(name)


def _read_jsonl_lines(name: str) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(read_data_text(name).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise DataError(f"{name}:{n}: not valid JSON ({exc.msg}); rebuild with scripts/build_verbs.py") from None
    return rows


def validate_verbs(rows: list[dict[str, Any]], *, filename: str = "verbs.jsonl") -> None:
    codes = Codebook.load()
    for n, row in enumerate(rows, 1):
        if not isinstance(row.get("lemma"), str) or not row["lemma"] or not isinstance(row.get("particle"), str):
            raise DataError(f"{filename}:{n}: needs a non-empty 'lemma' and a 'particle' string")
        if row.get("code") not in codes:
            raise DataError(f"{filename}:{n}: code {row.get('code')!r} is not in cameo.csv")


def validate_patterns(rows: list[dict[str, Any]], *, filename: str = "patterns.jsonl") -> None:
    codes = Codebook.load()
    for n, row in enumerate(rows, 1):
        verbs, obj, prep = row.get("verbs"), row.get("object"), row.get("prep")
        if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v for v in verbs):
            raise DataError(f"{filename}:{n}: 'verbs' must be a non-empty list of strings")
        if not isinstance(obj, list) or not (prep is None or (isinstance(prep, list) and prep)):
            raise DataError(f"{filename}:{n}: 'object' must be a list and 'prep' a non-empty list or null")
        if not obj and not prep:
            raise DataError(f"{filename}:{n}: a pattern needs an object or a preposition")
        if row.get("code") not in codes:
            raise DataError(f"{filename}:{n}: code {row.get('code')!r} is not in cameo.csv")
