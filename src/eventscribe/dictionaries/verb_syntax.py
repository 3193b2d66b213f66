"""One line of a PETRARCH/TABARI verb dictionary read: a pattern's object, preposition groups, words
before the verb and roles, a verb line's entries, written forms and codes; :class:`Options` says which
readings of older syntax apply (see :mod:`eventscribe.dictionaries.verbs` for the rules)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from eventscribe.dictionaries.verb_words import clean_word, expand, lemma_candidates, split_synsets

__all__ = [
    "MARKERS",
    "MAX_EXPANSIONS",
    "PARTICLES",
    "PREPOSITIONS",
    "Options",
    "inflection_list",
    "marked_phrase",
    "more_groups",
    "paired_code",
    "parse_before",
    "parse_pattern",
    "parse_roles",
    "pick_code",
    "verb_entries",
]

MAX_EXPANSIONS = 200  # cap on the synset product of one pattern


MARKERS = frozenset({"$", "+", "^", "%"})


#: Words that open a preposition group when a pattern writes it without parentheses.
PREPOSITIONS = frozenset(
    "about against among at between by for from in into of on onto over through to toward towards "
    "under upon with within without".split()
)


#: Words that, right after the verb, are a phrasal-verb particle rather than an object.
PARTICLES = frozenset("out up down off back away".split())


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


def _phrase(text: str, synsets: dict[str, list[list[str]]], options: Options) -> list[list[str]]:
    """Alternatives for a run of words ("{HUMANITARIAN &AID}" or "AID"), markers removed."""
    words = [w for w in re.sub(r"[{}()]", " ", text).split() if w not in MARKERS]
    if options.underscore_synsets:
        words = split_synsets(words)
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
    groups = [[w for part in g for w in clean_word(part)] for g in kept]
    return [g for g in groups if g], len(raw) - len(kept)


def parse_before(body: str, synsets: dict[str, list[list[str]]]) -> list[list[str]]:
    """Alternatives of the words a pattern puts before ``*`` ("WILL NOT *", "&NEGATVAUXVRB *"), as
    lower-case words (no singulars: "HAS", "DOES" are auxiliaries), markers removed."""
    before = body.split("*", 1)[0]
    words = [w for w in split_synsets(before.replace("_", " ").split()) if w == "%" or w not in MARKERS]
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


def verb_entries(line: str, options: Options) -> list[tuple[str, str, str, str, str]]:
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
