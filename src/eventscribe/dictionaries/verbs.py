"""Reader for PETRARCH/TABARI CAMEO verb dictionaries.

Shared by ``scripts/build_verbs.py`` (the packaged ``verbs.jsonl`` and ``patterns.jsonl``) and
``eventscribe dictionaries import``. :func:`convert` returns:

- verbs: ``{"lemma": "ask", "particle": "for", "code": "020"}``, one per verb of a block that has a code
  (its own, or else the block's);
- patterns: ``{"verbs": ["ask", "request", …], "object": ["humanitarian", "aid"], "prep": ["for", "aid"]
  | null, "code": "0233"}``, one per pattern of a block (``xcomp`` is added for a ``TO VERB`` group when
  ``options.bare_prepositions`` is on). ``object`` lists the object words in order (the head noun last);
  ``prep`` is the preposition and the words of its object.

Conversion rules. Synsets (``&WEAPON``) are expanded into their words (recursively). Verbs are taken in
the base form the dictionary gives; multiword verbs (``+CRACK_DOWN``) become lemma ``crack`` with particle
``down``. Plural nouns in patterns are reduced to a singular with simple rules, since the runtime sees
lemmas. Only the first preposition group of a pattern is kept. ``$``, ``+``, ``^`` and ``%`` markers are
dropped from the words; with ``options.roles`` the places ``$`` and ``+`` give the source and target are
kept as ``source`` and ``target`` (see :func:`~eventscribe.dictionaries.verb_syntax.parse_roles`), and with ``options.inflection_lists`` the
written forms a verb line lists in ``{…}`` as ``forms`` (a ``WIRE_+TAP`` verb's words are kept as
``phrase`` with ``options.marked_verb_word``). Paired codes ``[042:043]`` keep the source's code (or the target's when the source is empty).

With :class:`Options` the importer also reads what older TABARI-style files write differently: synsets
joined to words by ``_`` (``NEW_&TIETYPES_RELATIONS``), prepositions and particles written without
parentheses (``* FOR_CEASEFIRE``, ``*_UPON``, ``* TO RECONSIDER``), blocks named by an inflected form
(``--- LEFT ---``, ``--- SAID ---``: lemmatised, with both readings of a dropped final e), and a ``+``
marking the verb word of a compound (``WIRE_+TAP``).

Dropped and counted: patterns with words before ``*`` (they constrain the subject or the auxiliaries,
which the verb frame does not carry), patterns with no object or preposition left, codes ``---`` or not
in the codebook, and lines that do not parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.dictionaries.verb_syntax import (
    MAX_EXPANSIONS,
    Options,
    inflection_list,
    marked_phrase,
    more_groups,
    paired_code,
    parse_before,
    parse_pattern,
    parse_roles,
    pick_code,
    verb_entries,
)
from eventscribe.dictionaries.verb_words import lemma_candidates, read_synsets, singular

__all__ = ["MAX_EXPANSIONS", "Options", "VerbDictionary", "convert", "lemma_candidates", "singular"]

#: All readings of older syntax off: the packaged conversion of ``CAMEO.2.0.txt``.
PACKAGED = Options()
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
#: Block headers as older files write them: two-word names, a second code, a comment before the dashes.
_LOOSE_BLOCK = re.compile(r"^---\s+(\S+(?:\s+[A-Z_]+)?)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]\s*(?:#.*)?$")


@dataclass
class VerbDictionary:
    verbs: list[dict[str, Any]] = field(default_factory=list)
    patterns: list[dict[str, Any]] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)


@dataclass
class _Reader:
    valid_codes: set[str]
    options: Options
    synsets: dict[str, list[list[str]]]
    result: VerbDictionary = field(default_factory=VerbDictionary)
    block_code: str = ""
    block_paired: str = ""
    block_verbs: list[tuple[str, str]] = field(default_factory=list)
    _verbs: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    _forms: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _phrases: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _patterns: dict[tuple[Any, ...], tuple[str, str, dict[str, Any]]] = field(default_factory=dict)

    def _paired(self, raw: str) -> str:
        paired = paired_code(raw) if self.options.paired_codes else ""
        return paired if paired in self.valid_codes else ""

    def line(self, stripped: str) -> None:
        stats = self.result.stats
        block = (_LOOSE_BLOCK if self.options.inflected_blocks else _BLOCK).match(stripped)
        if block:
            self.block_code = pick_code(block.group(2))
            self.block_paired = self._paired(block.group(2))
            self.block_verbs = []
            stats["blocks"] += 1
        elif stripped.startswith("-"):
            self.pattern(stripped)
        else:
            self.verb(stripped)

    def pattern(self, stripped: str) -> None:
        stats = self.result.stats
        stats["pattern lines"] += 1
        m = _CODE.search(stripped)
        if not m:
            stats["dropped: pattern without code"] += 1
            return
        code = pick_code(m.group(1))
        if code not in self.valid_codes:
            stats["dropped: pattern code not in the codebook (--- or unknown)"] += 1
            return
        body = stripped[1 : m.start()].strip()
        parsed = self._parse_pattern(body)
        if parsed is None:
            return
        befores, combos = parsed
        stats["pattern lines kept"] += 1
        extras = self._pattern_extras(body)
        names = tuple(" ".join(filter(None, v)) for v in self.block_verbs)
        for before in befores:
            for obj, prep in combos:
                key = (names, tuple(obj), tuple(prep) if prep else None, tuple(before))
                if key in self._patterns:
                    stats["duplicate patterns in a block (first kept)"] += 1
                    continue
                self._patterns[key] = (code, self._paired(m.group(1)), extras)

    def _parse_pattern(self, body: str) -> tuple[list[list[str]], list[tuple[list[str], list[str] | None]]] | None:
        """The pattern's words before the verb (alternatives) and its (object, preposition) alternatives;
        None (counted) when it is dropped."""
        stats = self.result.stats
        befores: list[list[str]] = [[]]
        compound = self.options.words_before and "%" in body.split("*", 1)[0].replace("_", " ").split()
        try:
            combos = parse_pattern(body, self.synsets, self.options)
            if compound:
                befores = [["%"]]
        except LookupError as exc:
            if not self.options.words_before or (str(exc) != "subject-side words" and not compound):
                stats[f"dropped: pattern with {exc}"] += 1
                return None
            try:
                befores = parse_before(body, self.synsets)
                combos = parse_pattern("*" + body.split("*", 1)[1], self.synsets, self.options)
            except LookupError:
                combos = [([], None)]
            except ValueError:
                stats["dropped: pattern that does not parse"] += 1
                return None
            stats["pattern lines with words before the verb"] += 1
        except ValueError:
            stats["dropped: pattern that does not parse"] += 1
            return None
        return befores, combos

    def _pattern_extras(self, body: str) -> dict[str, Any]:
        """What a pattern row keeps beside its words: roles and later preposition groups (counted)."""
        stats = self.result.stats
        roles = parse_roles(body) if self.options.roles else {}
        more, dropped = more_groups(body, self.options) if self.options.more_preps else ([], 0)
        if more:
            stats["pattern lines with preposition groups after the first (kept)"] += 1
        if dropped:
            stats["pattern preposition groups after the first dropped (synset)"] += dropped
        marked = sum(t in ("$", "+") for t in re.sub(r"[{}()_]", " ", body).split())
        if self.options.roles and len(roles) < marked:
            stats["pattern roles dropped ($ or + next to a synset)"] += 1
        return roles | ({"more_preps": more} if more else {})

    def verb(self, stripped: str) -> None:
        try:
            entries = verb_entries(stripped, self.options)
        except ValueError:
            self.result.stats["dropped: verb line that does not parse"] += 1
            return
        forms = inflection_list(stripped, self.options) if self.options.inflection_lists else []
        phrase = marked_phrase(stripped) if self.options.marked_verb_word else []
        for lemma, particle, own, own_paired, form in entries:
            self.block_verbs.append((lemma, particle))
            if phrase and not form:
                self._phrases[(lemma, particle)] = phrase
            if forms and not form:
                known = self._forms.setdefault((lemma, particle), [])
                known.extend(f for f in forms if f not in known and f != lemma)
            code = own or self.block_code
            paired = self._paired(own_paired) if own else self.block_paired
            if code in self.valid_codes:
                self._verbs.setdefault((lemma, particle, form), (code, paired))
            elif code and code != "---":
                self.result.stats["verbs with code not in the codebook"] += 1

    def _written(self, lemma: str, particle: str, form: str) -> dict[str, Any]:
        if form:
            return {"form": form}
        out: dict[str, Any] = {}
        if self._phrases.get((lemma, particle)):
            out["phrase"] = self._phrases[(lemma, particle)]
        if self._forms.get((lemma, particle)):
            out["forms"] = self._forms[(lemma, particle)]
        return out

    def finish(self) -> VerbDictionary:
        self.result.verbs = [
            _with_pair({"lemma": lm, "particle": p, **self._written(lm, p, f), "code": c}, paired)
            for (lm, p, f), (c, paired) in sorted(self._verbs.items())
        ]
        self.result.patterns = [
            _with_pair(_pattern_row(v, o, pr, before, c), paired) | roles
            for (v, o, pr, before), (c, paired, roles) in self._patterns.items()
            if v
        ]
        return self.result


def _pattern_row(
    verbs: tuple[str, ...], obj: tuple[str, ...], prep: tuple[str, ...] | None, before: tuple[str, ...], code: str
) -> dict[str, Any]:
    row: dict[str, Any] = {"verbs": list(verbs), "object": list(obj), "prep": list(prep) if prep else None}
    words = [w for w in before if w not in ("%", "_")]
    if words:
        row["before"] = words
    if "_" in before:
        row["adjacent"] = True  # the last of the words comes right before the verb
    if "%" in before:
        row["compound"] = True  # "%": the subject is a compound ("Gondor and Osgiliath")
    row["code"] = code
    return row


def _with_pair(row: dict[str, Any], paired: str) -> dict[str, Any]:
    if paired:
        row["paired"] = paired
    return row


def _section(lines: list[str]) -> Iterable[tuple[str, bool]]:
    """The verb-section lines, markup removed, each with whether it is inside a synset definition.

    ``CAMEO.2.0.txt`` puts its synsets first and the blocks after ``####### VERB PATTERNS``; TABARI-style
    files interleave them, so there a synset's ``+WORD`` members are told apart from a block's
    ``+COMPOUND_VERB`` lines by what came before."""
    marker = any(line.strip().startswith("####### VERB PATTERNS") for line in lines)
    in_verbs, in_synset = not marker, False
    for line in lines:
        stripped = re.sub(r"<!.*?(?:-->|$)", "", line).strip()
        if stripped.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("&"):
            in_synset = True
        elif not stripped.startswith("+"):
            in_synset = False
        yield stripped, in_synset


def convert(path: Path, valid_codes: set[str], options: Options = PACKAGED) -> VerbDictionary:
    """Read a verb dictionary; codes outside ``valid_codes`` are dropped (counted)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines, multiword=options.underscore_synsets)
    reader = _Reader(valid_codes, options, synsets)
    for stripped, in_synset in _section(lines):
        if not in_synset:
            reader.line(stripped)
    return reader.finish()
