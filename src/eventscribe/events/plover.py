"""PLOVER for every event: the type and mode its CAMEO code maps to, and contexts from its sentence.

The codebook gives each CAMEO code a PLOVER event type and mode and, for some codes, a context
(``173`` arrest: COERCE, arrest, legal). Contexts are the policy areas an event is about, which the
code alone rarely says, so the words of the sentence add more (``data/plover_contexts.yaml``): "troops"
makes an event military, "tariffs" economic. Where PLOVER defines modes for a type and the code gives
none (``190`` fight: ASSAULT), the sentence's words choose one (``data/plover_modes.yaml``): "warplanes"
make it aerial, "gunmen" firearms. An event with no context from either gets its type's default
(``data/plover_default_contexts.yaml``), so every typed event has one. CAMEO 01 statements have no PLOVER type (PLOVER does not code bare
statements), so they get none here either.

A few acts change type with what happened (``data/plover_type_moves.yaml``): a code's CONCEDE is RETREAT,
mode resign, when the sentence tells of a resignation that took place ("the minister resigned"), and a
code's RETREAT ceasefire is CONCEDE when the ceasefire is only declared; :func:`moved_type`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from eventscribe.errors import DataError
from eventscribe.model import PloverCode
from eventscribe.yaml_text import load_yaml

__all__ = [
    "context_words",
    "contexts_of",
    "default_contexts",
    "mode_of",
    "mode_words",
    "moved_type",
    "type_moves",
    "with_contexts",
]

CONTEXT_FILE = "plover_contexts.yaml"
MODE_FILE = "plover_modes.yaml"
DEFAULT_CONTEXT_FILE = "plover_default_contexts.yaml"
MOVE_FILE = "plover_type_moves.yaml"
#: Words after which a told act is only promised, wished, denied or conditional ("agreed to resign",
#: "will step down", "did not resign"): such an act keeps the type its code gives.
UNREAL = frozenset(
    "to will would could may might should shall must not never n't no refused refuses denied denies agreed "
    "agrees offered offers promised promises pledged pledges vowed vows threatened threatens if unless "
    "expected plans planned ready".split()
)
_REACH = 3  # words before a move's word that may make it unreal
_WORD = re.compile(r"[a-z][a-z'-]*")


@lru_cache(maxsize=1)
def context_words() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(context, one-word stems, multi-word phrases) in file order."""
    text = (resources.files("eventscribe.events") / "data" / CONTEXT_FILE).read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and v and all(isinstance(w, str) and w == w.lower() for w in v) for v in data.values()
    ):
        raise DataError(f"events/data/{CONTEXT_FILE}: expected context: [lower-case words] lists")
    return tuple(
        (str(name), tuple(w for w in words if " " not in w), tuple(w for w in words if " " in w))
        for name, words in data.items()
    )


def _entries(words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(w for w in words if " " not in w), tuple(w for w in words if " " in w)


@lru_cache(maxsize=1)
def mode_words() -> dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]]:
    """PLOVER type -> (mode, one-word entries, phrases) in file order."""
    text = (resources.files("eventscribe.events") / "data" / MODE_FILE).read_text(encoding="utf-8")
    data = load_yaml(text)
    ok = isinstance(data, dict) and all(
        isinstance(modes, dict)
        and all(
            isinstance(v, list) and v and all(isinstance(w, str) and w == w.lower() for w in v) for v in modes.values()
        )
        for modes in data.values()
    )
    if not ok:
        raise DataError(f"events/data/{MODE_FILE}: expected TYPE: {{mode: [lower-case words]}} maps")
    return {
        str(kind): tuple((str(mode), *_entries(words)) for mode, words in modes.items()) for kind, modes in data.items()
    }


@lru_cache(maxsize=1)
def default_contexts() -> dict[str, str]:
    """PLOVER type -> the context an event of that type gets when nothing else gives one."""
    text = (resources.files("eventscribe.events") / "data" / DEFAULT_CONTEXT_FILE).read_text(encoding="utf-8")
    data = load_yaml(text)
    if not isinstance(data, dict) or not all(isinstance(v, str) and v for v in data.values()):
        raise DataError(f"events/data/{DEFAULT_CONTEXT_FILE}: expected TYPE: context pairs")
    return {str(k): str(v) for k, v in data.items()}


@dataclass(frozen=True)
class TypeMove:
    """One entry of :data:`MOVE_FILE`: the new type and mode, the CAMEO codes it is for, and its words."""

    kind: str
    mode: str
    codes: tuple[str, ...]
    stems: tuple[str, ...]
    phrases: tuple[str, ...]


@lru_cache(maxsize=1)
def type_moves() -> dict[str, TypeMove]:
    """FROM (``TYPE`` or ``TYPE/mode``) -> the move of :data:`MOVE_FILE` for acts of that mapping."""
    from eventscribe.events.learned import PLOVER_TYPES

    where = f"events/data/{MOVE_FILE}"
    text = (resources.files("eventscribe.events") / "data" / MOVE_FILE).read_text(encoding="utf-8")
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not data:
        raise DataError(f"{where}: expected FROM: {{to: TYPE, codes: [...], words: [...]}} entries")
    return {str(key): _type_move(where, str(key), entry, PLOVER_TYPES) for key, entry in data.items()}


def _type_move(where: str, key: str, entry: object, types: Collection[str]) -> TypeMove:
    if not isinstance(entry, dict):
        raise DataError(f"{where}: {key!r} needs 'to: TYPE[/mode]', 'codes' and 'words'")
    kind, _, mode = str(entry.get("to", "")).partition("/")
    words, codes = entry.get("words"), entry.get("codes")
    if kind not in types or key.partition("/")[0] not in types:
        raise DataError(f"{where}: {key!r}: 'to' and the key must name current PLOVER types")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
        raise DataError(f"{where}: {key!r}: 'words' must be a list of lower-case strings")
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c.isdigit() for c in codes):
        raise DataError(f"{where}: {key!r}: 'codes' must be a list of CAMEO codes, quoted")
    if mode and not mode.isalpha():
        raise DataError(f"{where}: {key!r}: the mode after '/' must be one word")
    stems, phrases = _entries(words)
    return TypeMove(kind, mode, tuple(codes), stems, phrases)


def moved_type(plover: PloverCode, sentence: str, code: str | None) -> PloverCode:
    """``plover``, the mapping of CAMEO ``code``, moved to the type (and mode) of :data:`MOVE_FILE` whose
    words tell, in ``sentence``, an act of one of the move's codes that took place; unchanged where the
    code is another, none of the words occurs, or each follows a word of :data:`UNREAL`."""
    move = type_moves().get(f"{plover.event}/{plover.mode}") or type_moves().get(plover.event)
    if move is None or code is None or code not in move.codes:
        return plover
    lower = sentence.lower().replace("\u2019", "'")
    words = _WORD.findall(lower)
    starts = [i for i, w in enumerate(words) if _word_matches(w, move.stems)]
    for phrase in move.phrases:
        first = phrase.split()
        starts += [i for i in range(len(words)) if words[i : i + len(first)] == first]
    if any(not UNREAL.intersection(words[max(0, i - _REACH) : i]) for i in starts):
        return PloverCode(move.kind, move.mode, plover.context)
    return plover


def mode_of(event_type: str, sentence: str) -> str:
    """The first mode of ``event_type`` whose words occur in ``sentence`` ("" when none does)."""
    lower = sentence.lower()
    words = _WORD.findall(lower)
    for mode, stems, phrases in mode_words().get(event_type, ()):
        if any(p in lower for p in phrases) or any(_word_matches(w, stems) for w in words):
            return mode
    return ""


def contexts_of(sentence: str) -> tuple[str, ...]:
    """The contexts whose words occur in ``sentence``."""
    lower = sentence.lower()
    words = _WORD.findall(lower)
    found = []
    for name, stems, phrases in context_words():
        if any(p in lower for p in phrases) or any(_word_matches(w, stems) for w in words):
            found.append(name)
    return tuple(found)


def _word_matches(word: str, entries: tuple[str, ...]) -> bool:
    """An entry of six letters or more is a stem ("militar"); a shorter one is a word with its endings
    ("tax", "taxes"; not "taxi")."""
    for entry in entries:
        if len(entry) >= 6:
            if word.startswith(entry):
                return True
        elif word == entry or (word.startswith(entry) and word[len(entry) :] in _ENDINGS):
            return True
    return False


_ENDINGS = frozenset({"s", "es", "ed", "ing", "ies"})


def with_contexts(plover: PloverCode | None, sentence: str, code: str | None = None) -> PloverCode | None:
    """``plover`` with the sentence's contexts added after the code's own (or, with neither, its type's
    default context), and, where the code gives no mode and PLOVER defines modes for its type, the mode
    the sentence's words name. ``code`` is the CAMEO code ``plover`` maps, for :func:`moved_type`."""
    if plover is None:
        return None
    plover = moved_type(plover, sentence, code)
    context = [*plover.context, *(c for c in contexts_of(sentence) if c not in plover.context)]
    if not context and plover.event in default_contexts():
        context = [default_contexts()[plover.event]]
    mode = plover.mode or mode_of(plover.event, sentence)
    if mode == plover.mode and tuple(context) == plover.context:
        return plover
    return PloverCode(plover.event, mode, tuple(context))
