"""The word lists of actor resolution, kept as data in ``actors/data/resolution.yaml``.

Knowledge-base words (role words, affiliation words, sport words, role codes) are upper case, as
:func:`~eventscribe.actors.codes.normalize` makes them; lemmas, prepositions and suffixes are lower case.
The file is checked when it loads: every list present, non-empty, in the right case, and no other list.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from typing import Any

import yaml

from eventscribe.errors import DataError

__all__ = ["LEXICON", "Lexicon", "load_lexicon", "parse_lexicon"]

LEXICON_FILE = "resolution.yaml"
UPPER = frozenset({"weak_roles", "affiliations", "sport_words", "igo_roles"})
ORDERED = frozenset({"person_suffixes"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    weak_roles: frozenset[str]
    collective_heads: frozenset[str]
    person_suffixes: tuple[str, ...]
    affiliations: frozenset[str]
    sport_words: frozenset[str]
    igo_roles: frozenset[str]
    phrase_preps: frozenset[str]


def parse_lexicon(text: str, where: str = f"actors/data/{LEXICON_FILE}") -> Lexicon:
    """Check and build a :class:`Lexicon`; a problem raises DataError naming the list."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc}); fix the syntax") from None
    if not isinstance(data, dict):
        raise DataError(f"{where}: expected a mapping of list names to word lists")
    names = [f.name for f in fields(Lexicon)]
    missing, unknown = set(names) - set(data), set(data) - set(names)
    if missing or unknown:
        raise DataError(f"{where}: missing lists {sorted(missing)}, unknown lists {sorted(unknown)}")
    values: dict[str, Any] = {}
    for name in names:
        words = data[name]
        case = str.upper if name in UPPER else str.lower
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == case(w) for w in words):
            kind = "upper" if name in UPPER else "lower"
            raise DataError(f"{where}: {name!r} must be a non-empty list of {kind}-case words")
        values[name] = tuple(words) if name in ORDERED else frozenset(words)
    return Lexicon(**values)


def load_lexicon() -> Lexicon:
    """The packaged word lists."""
    text = (resources.files("eventscribe.actors") / "data" / LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text)


#: Loaded once when the actors package is first imported (one small file).
LEXICON = load_lexicon()
