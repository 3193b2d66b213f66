"""The words of appraisal (``data/appraisal_lexicon.yaml``) that ``appraisals`` and ``displeasure`` read:
blame and praise, negators, appraising verbs, words of displeasure, and the nouns of acts done to a party.

Words of blame that judge only as a predicate ("the war was illegal", not "illegal immigrants") are
listed once, under ``predicative_criticism``: the loader adds them to the words of blame and marks them
as predicative only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventscribe.errors import DataError
from eventscribe.yaml_text import load_yaml

__all__ = ["LEXICON_FILE", "Lexicon", "packaged_lexicon"]

LEXICON_FILE = "appraisal_lexicon.yaml"
REQUIRED_SECTIONS = frozenset({"criticism", "praise", "negators", "appraising_verbs"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lemmas (and lemma phrases) of blame and praise, negators and appraising verbs."""

    criticism: tuple[tuple[str, ...], ...]
    praise: tuple[tuple[str, ...], ...]
    negators: frozenset[str]
    appraising_verbs: frozenset[str]
    criticism_verbs: frozenset[str] = frozenset()
    material_objects: frozenset[str] = frozenset()
    predicative_only: frozenset[str] = frozenset()
    displeasure: frozenset[str] = frozenset()
    #: Nouns of an act whose "of" phrase names the party it is done to ("the detention of the activists").
    patient_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: object) -> Lexicon:
        if not isinstance(data, dict):
            raise DataError(f"{LEXICON_FILE}: expected a mapping of sections to lists of lemmas")
        missing = REQUIRED_SECTIONS - set(data)
        if missing:
            raise DataError(f"{LEXICON_FILE}: missing sections {sorted(missing)}; add them as lists of lemmas")
        for name, words in data.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DataError(f"{LEXICON_FILE}: section {name!r} must be a list of lemmas")
        predicative = [w.lower() for w in data.get("predicative_criticism", ())]
        return cls(
            criticism=tuple(tuple(w.split()) for w in (*(w.lower() for w in data["criticism"]), *predicative)),
            praise=tuple(tuple(w.lower().split()) for w in data["praise"]),
            negators=_words(data, "negators"),
            appraising_verbs=_words(data, "appraising_verbs"),
            criticism_verbs=_words(data, "criticism_verbs"),
            material_objects=_words(data, "material_objects"),
            predicative_only=frozenset(predicative),
            displeasure=_words(data, "displeasure"),
            patient_nouns=_words(data, "patient_nouns"),
        )


def _words(data: dict[str, list[str]], section: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data.get(section, ()))


@cache
def packaged_lexicon() -> Lexicon:
    text = (resources.files("eventscribe.events") / "data" / LEXICON_FILE).read_text(encoding="utf-8")
    return Lexicon.from_mapping(load_yaml(text))
