"""Words of a PETRARCH/TABARI verb dictionary: base forms of written verbs and nouns, and synsets
(``&WEAPON``) read and expanded into their words (see :mod:`eventscribe.dictionaries.verbs`)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from eventscribe.yaml_text import load_yaml

__all__ = ["clean_word", "expand", "lemma_candidates", "read_synsets", "singular", "split_synsets"]


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
    return {str(k): str(v) for k, v in (load_yaml(text)["forms"] or {}).items()}


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


def clean_word(raw: str) -> list[str]:
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
            words = [w for part in parts for w in clean_word(part)]
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
    return [clean_word(word)]


def split_synsets(words: list[str]) -> list[str]:
    """``NEW_&TIETYPES_RELATIONS`` -> ``NEW``, ``&TIETYPES``, ``RELATIONS``."""
    out: list[str] = []
    for word in words:
        if "&" in word and not word.startswith("&") or ("&" in word and "_" in word.rstrip("_")):
            parts = [p for p in re.split(r"_(?=&)|(?<=[A-Z0-9])_", word) if p]
            out.extend(parts)
        else:
            out.append(word)
    return out
