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
kept as ``source`` and ``target`` (see :func:`parse_roles`), and with ``options.inflection_lists`` the
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

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["MAX_EXPANSIONS", "Options", "VerbDictionary", "convert", "lemma_candidates", "singular"]

MAX_EXPANSIONS = 200  # cap on the synset product of one pattern
MARKERS = frozenset({"$", "+", "^", "%"})
#: Words that open a preposition group when a pattern writes it without parentheses.
PREPOSITIONS = frozenset(
    "about against among at between by for from in into of on onto over through to toward towards "
    "under upon with within without".split()
)
#: Words that, right after the verb, are a phrasal-verb particle rather than an object.
PARTICLES = frozenset("out up down off back away".split())

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
#: Block headers as older files write them: two-word names, a second code, a comment before the dashes.
_LOOSE_BLOCK = re.compile(r"^---\s+(\S+(?:\s+[A-Z_]+)?)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]\s*(?:#.*)?$")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


@dataclass(frozen=True)
class Options:
    """Readings of older syntax; all off reproduces the packaged conversion of ``CAMEO.2.0.txt``."""

    underscore_synsets: bool = False
    bare_prepositions: bool = False
    inflected_blocks: bool = False
    marked_verb_word: bool = False
    paired_codes: bool = False
    words_before: bool = False
    roles: bool = False  # keep where $ (source) and + (target) are, with ^ skips: see parse_roles
    inflection_lists: bool = False  # keep the written forms listed in {…} after a verb
    more_preps: bool = False  # keep a pattern's preposition groups after the first (more_preps)

    @classmethod
    def full(cls) -> Options:
        return cls(True, True, True, True, True, True, True, True, True)


@dataclass
class VerbDictionary:
    verbs: list[dict[str, Any]] = field(default_factory=list)
    patterns: list[dict[str, Any]] = field(default_factory=list)
    stats: Counter[str] = field(default_factory=Counter)


def singular(word: str) -> str:
    """A simple singular for a lower-case noun ("sanctions" -> "sanction", "supplies" -> "supply")."""
    if len(word) <= 3 or not word.endswith("s") or not word.isalpha():
        return word
    if word.endswith(("ss", "us", "is", "ics", "ous", "news")):
        return word
    if word.endswith("ies"):
        return word[:-1] if len(word) == 4 else word[:-3] + "y"  # "ties" -> "tie", "supplies" -> "supply"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


@cache
def _irregular() -> dict[str, str]:
    text = (resources.files("eventscribe.dictionaries") / "data" / "irregular_verbs.yaml").read_text("utf-8")
    return {str(k): str(v) for k, v in (yaml.safe_load(text)["forms"] or {}).items()}


def lemma_candidates(word: str) -> list[str]:
    """Possible lemmas of a verb form as a dictionary writes it ("left" -> leave, "eased" -> eas, ease;
    "urging" -> urg, urge; "says" -> say); a base form is returned as it is."""
    irregular = _irregular()
    if word in irregular:
        return [irregular[word]]
    if len(word) > 4 and word.endswith("ied"):
        return [word[:-3] + "y"]
    for suffix in ("ed", "ing"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and not word.endswith("eed") and re.search("[aeiouy]", stem):
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                return [stem[:-1]]
            return [stem, stem + "e"]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return [word[:-2]] if word.endswith(("shes", "ches", "xes")) else [word[:-1]]
    return [word]


def _clean_word(raw: str) -> list[str]:
    """Dictionary word -> lower-case words ("CASH_" -> ["cash"], "IS_TO" -> ["is", "to"])."""
    no_plural = raw.endswith("_")
    words = [w for w in raw.lower().strip("+").split("_") if w]
    if not no_plural and words:
        words[-1] = singular(words[-1])
    return words


def read_synsets(lines: list[str], *, multiword: bool = False) -> dict[str, list[list[str]]]:
    """Synsets by name (``&NAME``; a trailing ``_`` is also accepted when it is used). ``multiword``
    reads members written with spaces (``+AUSTRIAN FLORIN``) as several words; otherwise only the
    first word of a member line is taken. A line that is neither a member nor a synset ends one."""
    synsets: dict[str, list[list[str]]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("####### VERB PATTERNS"):
            break
        if text.startswith("&"):
            raw = text.split()[0]
            current = raw.rstrip("_")
            synsets[current] = []
            synsets.setdefault(raw, synsets[current])
        elif text.startswith("+") and current:
            parts = text[1:].split() if multiword else [text.split()[0]]
            words = [w for part in parts for w in _clean_word(part)]
            if words:
                synsets[current].append(words)
        elif text and multiword:
            current = None
    return synsets


def expand(word: str, synsets: dict[str, list[list[str]]], depth: int = 0) -> list[list[str]]:
    """Alternatives (each a word list) for one dictionary word; synsets expand to all their members."""
    if word.startswith("&"):
        key = word.upper()
        if key not in synsets:
            key = key.rstrip("_")
        if key not in synsets or depth > 5:
            raise ValueError(f"unknown synset {word}")
        out: list[list[str]] = []
        for member in synsets[key]:
            if len(member) == 1 and member[0].startswith("&"):
                out.extend(expand(member[0].upper(), synsets, depth + 1))
            else:
                out.append(member)
        return out
    return [_clean_word(word)]


def _split_synsets(words: list[str]) -> list[str]:
    """``NEW_&TIETYPES_RELATIONS`` -> ``NEW``, ``&TIETYPES``, ``RELATIONS``."""
    out: list[str] = []
    for word in words:
        if "&" in word and not word.startswith("&") or ("&" in word and "_" in word.rstrip("_")):
            parts = [p for p in re.split(r"_(?=&)|(?<=[A-Z0-9])_", word) if p]
            out.extend(parts)
        else:
            out.append(word)
    return out


def _phrase(text: str, synsets: dict[str, list[list[str]]], options: Options) -> list[list[str]]:
    """Alternatives for a run of words ("{HUMANITARIAN &AID}" or "AID"), markers removed."""
    words = [w for w in re.sub(r"[{}()]", " ", text).split() if w not in MARKERS]
    if options.underscore_synsets:
        words = _split_synsets(words)
    options_per_word = [expand(w, synsets) for w in words]
    result = []
    for combo in itertools.islice(itertools.product(*options_per_word), MAX_EXPANSIONS):
        result.append([w for part in combo for w in part])
    return result


def _split_bare_groups(words: list[str]) -> tuple[list[str], list[str] | None]:
    """Object words and the first preposition group (the preposition and the words up to the next one)
    of a pattern written without parentheses, after synsets are expanded."""
    for k, word in enumerate(words):
        if word in PREPOSITIONS or (k == 0 and word in PARTICLES):
            end = next((j for j in range(k + 1, len(words)) if words[j] in PREPOSITIONS), len(words))
            return words[:k], words[k:end]
    return words, None


def parse_pattern(
    body: str, synsets: dict[str, list[list[str]]], options: Options = Options()
) -> list[tuple[list[str], list[str] | None]]:
    """Pattern text after "- " and before the code -> alternatives of (object words, prep words)."""
    if "*" not in body:
        raise ValueError("no '*'")
    before, after = body.split("*", 1)
    if [w for w in before.replace("_", " ").split() if w not in MARKERS]:
        raise LookupError("subject-side words")
    if options.bare_prepositions and "(" not in after:
        split = [_split_bare_groups(words) for words in _phrase(after.replace("_", " "), synsets, options)]
        bare = [(o, p) for o, p in split if o or p]
        if not bare:
            raise LookupError("nothing after '*'")
        return bare[:MAX_EXPANSIONS]
    object_text: list[str] = []
    prep_text: str | None = None
    for token in _TOKEN.findall(after):
        if token.startswith("("):
            if prep_text is None:
                prep_text = token
        elif token not in MARKERS:
            object_text.append(token)
    objects = _phrase(" ".join(object_text), synsets, options) if object_text else [[]]
    preps: list[list[str] | None] = [None]
    if prep_text is not None:
        preps = [p for p in _phrase(prep_text, synsets, options) if p] or [None]
    combos = [(o, p) for o, p in itertools.product(objects, preps) if o or p]
    if not combos:
        raise LookupError("nothing after '*'")
    return combos[:MAX_EXPANSIONS]


def more_groups(body: str, options: Options) -> tuple[list[list[str]], int]:
    """The preposition groups of a pattern after its first one (``* EID AT ^ WITH +``: [[with]];
    ``* (FOR X) (WITH Y)``: [[with, y]]), and how many were left out for holding a synset."""
    after = body.split("*", 1)[1]
    if "(" in after:
        raw = [t[1:-1].replace("_", " ").split() for t in _TOKEN.findall(after) if t.startswith("(")][1:]
    elif options.bare_prepositions:
        words = [w for w in after.replace("_", " ").split() if w not in MARKERS and w not in "{}"]
        starts = [k for k, w in enumerate(words) if w.lower() in PREPOSITIONS or (k == 0 and w.lower() in PARTICLES)]
        ends = [*starts[1:], len(words)]
        raw = [words[a:b] for a, b in zip(starts[1:], ends[1:], strict=True)]
    else:
        raw = []
    kept = [g for g in raw if g and not any(w.startswith("&") for w in g)]
    groups = [[w for part in g for w in _clean_word(part)] for g in kept]
    return [g for g in groups if g], len(raw) - len(kept)


def parse_before(body: str, synsets: dict[str, list[list[str]]]) -> list[list[str]]:
    """Alternatives of the words a pattern puts before ``*`` ("WILL NOT *", "&NEGATVAUXVRB *"), as
    lower-case words (no singulars: "HAS", "DOES" are auxiliaries), markers removed."""
    before = body.split("*", 1)[0]
    words = [w for w in _split_synsets(before.replace("_", " ").split()) if w == "%" or w not in MARKERS]
    options: list[list[list[str]]] = []
    for word in words:
        if word.startswith("&"):
            options.append(expand(word, synsets))
        else:
            options.append([[word.lower()]])
    if before.endswith("_") and words and words[-1] != "%":
        options.append([["_"]])  # "RECENTLY_*": the last word comes right before the verb
    return [[w for part in combo for w in part] for combo in itertools.islice(itertools.product(*options), 50)]


def parse_roles(body: str) -> dict[str, dict[str, Any]]:
    """Where a pattern puts its source (``$``) and target (``+``): ``{"source": {"after": "day"}}`` for
    "``* MAY_DAY $``" (the first actor after "day"), ``{"target": {"after": "in", "skip": 1}}`` for
    "``* IFTAR IN ^ +``" (each ``^`` skips one actor), ``{"target": {"before": "hosting"}}`` for
    "``+ HOSTING *``" (the nearest actor before "hosting"). ``"*"`` stands for the verb itself. A role
    next to a synset (``&NAME``) is left out: its anchor is not one word."""
    tokens = [t for t in re.sub(r"[{}()_]", " ", body).split() if t]
    if "*" not in tokens:
        return {}
    star = tokens.index("*")
    roles: dict[str, dict[str, Any]] = {}
    for m, token in enumerate(tokens):
        if token not in ("$", "+"):
            continue
        step = 1 if m < star else -1
        k, skip = m + step, 0
        while tokens[k] in MARKERS:  # the "*" ends the walk on either side
            skip += tokens[k] == "^"
            k += step
        anchor = tokens[k]
        if anchor.startswith("&"):
            continue
        role: dict[str, Any] = {"before" if m < star else "after": anchor.lower()}
        if skip:
            role["skip"] = skip
        roles["source" if token == "$" else "target"] = role
    return roles


def pick_code(raw: str) -> str:
    parts = [p.strip() for p in raw.split(":")]
    return next((p for p in parts if p), "")


def paired_code(raw: str) -> str:
    """The target's code of a paired code ``[032:033]`` (the act the target does in return), or ""."""
    parts = [p.strip() for p in raw.split(":")]
    return parts[1] if len(parts) == 2 and parts[0] and parts[1] else ""


def _verb_words(text: str, options: Options) -> tuple[str, str]:
    """``CRACK_DOWN`` -> ("crack", "down"); ``WIRE_+TAP`` -> ("tap", "") when a ``+`` marks the verb."""
    raw = text.strip("+")
    if options.marked_verb_word and "_+" in raw:
        raw = raw.split("_+", 1)[1]
    words = [w for w in raw.lower().replace(" ", "_").split("_") if w]
    return words[0], " ".join(words[1:])


def inflection_list(line: str, options: Options) -> list[str]:
    """The written forms a verb line lists in ``{…}`` ("``+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}``":
    cordoned, cordons; "``WIRE_+TAP {WIRE_+TAPPED}``": tapped), lower case."""
    found = re.search(r"\{([^}]*)\}", line.split("#", 1)[0])
    if not found:
        return []
    return list(dict.fromkeys(_verb_words(w, options)[0] for w in found.group(1).split() if w.strip("+_")))


def marked_phrase(line: str) -> list[str]:
    """The words of a compound verb whose verb word is marked with ``+`` ("``WIRE_+TAP``": wire, tap),
    or [] for a verb line without such a mark."""
    text = re.sub(r"\{[^}]*\}", " ", line.split("#", 1)[0]).strip()
    word = text.split("[", 1)[0].strip().lstrip("+")
    if "_+" not in word:
        return []
    return [w for w in word.lower().replace("+", "").split("_") if w]


def _verb_entries(line: str, options: Options) -> list[tuple[str, str, str, str, str]]:
    """A verb line -> (lemma, particle, own code, raw code, form) for each reading of its verb; ``form``
    is the inflected form the line names ("left"), or "" for a base form."""
    text = line.split("#", 1)[0]
    text = re.sub(r"\{[^}]*\}", " ", text).strip()
    if not text:
        return []
    m = re.match(r"^(\+?[A-Z][A-Z_'\-+ ]*?)\s*(?:\[([^\]]*)\])?\s*$", text)
    if not m or (" " in m.group(1).strip() and not options.inflected_blocks):
        raise ValueError(f"verb line {text!r}")
    lemma, particle = _verb_words(m.group(1).strip(), options)
    code = pick_code(m.group(2) or "")
    lemmas = lemma_candidates(lemma) if options.inflected_blocks else [lemma]
    form = lemma if lemmas != [lemma] else ""
    return [(candidate, particle, code, m.group(2) or "", form) for candidate in lemmas]


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
        befores: list[list[str]] = [[]]
        compound = self.options.words_before and "%" in body.split("*", 1)[0].replace("_", " ").split()
        try:
            combos = parse_pattern(body, self.synsets, self.options)
            if compound:
                befores = [["%"]]
        except LookupError as exc:
            if not self.options.words_before or (str(exc) != "subject-side words" and not compound):
                stats[f"dropped: pattern with {exc}"] += 1
                return
            try:
                befores = parse_before(body, self.synsets)
                combos = parse_pattern("*" + body.split("*", 1)[1], self.synsets, self.options)
            except LookupError:
                combos = [([], None)]
            except ValueError:
                stats["dropped: pattern that does not parse"] += 1
                return
            stats["pattern lines with words before the verb"] += 1
        except ValueError:
            stats["dropped: pattern that does not parse"] += 1
            return
        stats["pattern lines kept"] += 1
        roles = parse_roles(body) if self.options.roles else {}
        more, dropped = more_groups(body, self.options) if self.options.more_preps else ([], 0)
        if more:
            stats["pattern lines with preposition groups after the first (kept)"] += 1
        if dropped:
            stats["pattern preposition groups after the first dropped (synset)"] += dropped
        marked = sum(t in ("$", "+") for t in re.sub(r"[{}()_]", " ", body).split())
        if self.options.roles and len(roles) < marked:
            stats["pattern roles dropped ($ or + next to a synset)"] += 1
        names = tuple(" ".join(filter(None, v)) for v in self.block_verbs)
        for before in befores:
            for obj, prep in combos:
                key = (names, tuple(obj), tuple(prep) if prep else None, tuple(before))
                if key in self._patterns:
                    stats["duplicate patterns in a block (first kept)"] += 1
                    continue
                self._patterns[key] = (code, self._paired(m.group(1)), roles | ({"more_preps": more} if more else {}))

    def verb(self, stripped: str) -> None:
        try:
            entries = _verb_entries(stripped, self.options)
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


def convert(path: Path, valid_codes: set[str], options: Options = Options()) -> VerbDictionary:
    """Read a verb dictionary; codes outside ``valid_codes`` are dropped (counted)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines, multiword=options.underscore_synsets)
    reader = _Reader(valid_codes, options, synsets)
    for stripped, in_synset in _section(lines):
        if not in_synset:
            reader.line(stripped)
    return reader.finish()
