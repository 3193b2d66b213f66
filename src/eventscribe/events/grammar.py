"""The closed-class word lists the event reader uses (auxiliaries, prepositions, verbs of saying …).

They are data, kept in ``events/data/grammar.yaml`` and checked when loaded: every list must be present,
non-empty and lower case, and no unknown list may appear. Lists whose order matters (``target_preps``,
``patient_preps``) are tuples; the others are sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from eventscribe.wordlists import parse_word_lists

__all__ = ["GRAMMAR", "Grammar", "load_grammar"]

GRAMMAR_FILE = "grammar.yaml"
ORDERED = frozenset({"target_preps", "patient_preps"})


@dataclass(frozen=True, slots=True)
class Grammar:
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    negations: frozenset[str]
    target_preps: tuple[str, ...]
    transfer_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    obligation_aux: frozenset[str]
    aspectual_verbs: frozenset[str]
    opposition_nouns: frozenset[str]
    sport_words: frozenset[str]
    sport_weak_words: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    intent_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    future_aux: frozenset[str]
    patient_preps: tuple[str, ...]
    unreal_modifiers: frozenset[str]
    reporting_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    undoing_verbs: frozenset[str]
    place_preps: frozenset[str]
    background_adverbs: frozenset[str]
    duration_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    group_descriptions: frozenset[str]
    person_noun_endings: frozenset[str]
    partitive_nouns: frozenset[str]
    weapon_nouns: frozenset[str]
    impact_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    attitude_adjectives: frozenset[str]
    occurrence_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    violent_verbs: frozenset[str]
    violence_causes: frozenset[str]
    accident_nouns: frozenset[str]
    accident_verbs: frozenset[str]
    vehicle_nouns: frozenset[str]
    commerce_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    refusable_verbs: frozenset[str]
    content_nouns: frozenset[str]
    fight_nouns: frozenset[str]
    peer_nouns: frozenset[str]
    aircraft_nouns: frozenset[str]
    mandated_bodies: frozenset[str]
    receiving_verbs: frozenset[str]
    gaining_verbs: frozenset[str]


def parse_grammar(text: str, where: str = f"events/data/{GRAMMAR_FILE}") -> Grammar:
    """Check and build a :class:`Grammar` from the YAML text; a problem raises DataError naming the list."""
    return parse_word_lists(text, Grammar, where=where, ordered=ORDERED)


def load_grammar() -> Grammar:
    """The packaged word lists."""
    text = (resources.files("eventscribe.events") / "data" / GRAMMAR_FILE).read_text(encoding="utf-8")
    return parse_grammar(text)


#: Loaded once when the events package is first imported (one small file).
GRAMMAR = load_grammar()
