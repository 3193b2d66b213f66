"""The PLOVER modes that the codebook defines and our word lists first lacked: a third party's
mediation (CONSULT), deception operations (COERCE) and unconventional weapons (ASSAULT); and more of
the words by which news names a request's, a rejection's, a sanction's and a threat's mode."""

from __future__ import annotations

import csv

import pytest
from conftest import shared_path

from eventscribe.events.plover import mode_of, mode_words, with_contexts
from eventscribe.model import PloverCode


@pytest.mark.parametrize(
    ("event_type", "sentence", "mode"),
    [
        ("CONSULT", "Norway is mediating between the government and the rebels in Oslo.", "third-party"),
        ("CONSULT", "The talks were brokered by the Egyptian intelligence chief.", "third-party"),
        ("CONSULT", "Switzerland hosted talks between the two foreign ministers.", "third-party"),
        ("CONSULT", "The prime minister hosted his counterpart at his residence.", "visit"),
        ("CONSULT", "The two leaders spoke by telephone on Sunday.", "phone"),
        ("COERCE", "The agency ran a disinformation campaign aimed at the opposition.", "misinformation"),
        ("ASSAULT", "Government aircraft dropped sarin on the rebel-held suburb.", "unconventional"),
        ("ASSAULT", "A chemical attack killed dozens of people in the town.", "unconventional"),
        ("ASSAULT", "Warplanes struck the outskirts of the town.", "aerial"),
        ("REQUEST", "The envoy demanded that the country abandon its missile programme.", "change"),
        ("REQUEST", "The villagers asked for foreign troops to protect them.", "assist"),
        ("REQUEST", "The minister urged the union to call off the strike.", "yield"),
        ("REJECT", "The rebels refused to lay down their weapons.", "yield"),
        ("REJECT", "The government refused to extradite the suspect.", "yield"),
        ("SANCTION", "The president cancelled a planned trip to the capital after the coup.", "discontinue"),
        ("THREATEN", "The militia vowed to retaliate for the killings.", "violence"),
    ],
)
def test_the_sentence_names_the_mode(event_type, sentence, mode):
    assert mode_of(event_type, sentence) == mode


@pytest.mark.parametrize(
    ("event_type", "sentence"),
    [
        ("CONSULT", "The two foreign ministers met in Geneva on Tuesday."),
        ("COERCE", "The ministry imposed new rules on the two parties."),
        ("ASSAULT", "Fighting continued in the east of the country."),
        ("REQUEST", "The opposition demanded a recount of the votes."),
        ("SANCTION", "The ministry recalled its ambassador for consultations."),
    ],
)
def test_no_new_mode_where_the_words_name_none(event_type, sentence):
    assert mode_of(event_type, sentence) == ""


def test_a_codes_own_mode_is_kept_over_the_sentence_words():
    plover = PloverCode("CONSULT", "visit", ("diplomatic",))
    assert with_contexts(plover, "The envoy mediated between the two sides during the visit.").mode == "visit"


def test_every_mode_word_list_names_a_mode_of_the_codebook():
    path = shared_path("data", "plover", "PLOVER_structured_codebook_NGEC2025.csv")
    with open(path, encoding="utf-8") as f:
        book = {(row["event"], row["mode"]) for row in csv.DictReader(f) if row["mode"]}
    ours = {(kind, mode) for kind, modes in mode_words().items() for mode, _, _ in modes}
    assert ours <= book
    assert {("CONSULT", "third-party"), ("COERCE", "misinformation"), ("ASSAULT", "unconventional")} <= ours
