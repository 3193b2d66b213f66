"""PLOVER modes from the words of an event's sentence, for the types whose codebook defines modes."""

from __future__ import annotations

import pytest

from eventscribe.events.plover import contexts_of, mode_of, mode_words, with_contexts
from eventscribe.model import PloverCode

#: The PLOVER types with modes in the current codebook (PLOVER_structured_codebook_NGEC2025.csv).
MODAL_TYPES = {
    "CONSULT", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT",
}  # fmt: skip


def test_every_type_with_codebook_modes_has_mode_words_and_no_other_does():
    assert set(mode_words()) == MODAL_TYPES


@pytest.mark.parametrize(
    ("event_type", "sentence", "mode"),
    [
        ("ASSAULT", "Israeli jets carried out air strikes on the outskirts of Gaza City.", "aerial"),
        ("ASSAULT", "A drone strike killed four fighters in the province.", "drone"),
        ("ASSAULT", "Gunmen opened fire on a wedding party, killing nine.", "firearms"),
        ("ASSAULT", "Rebel artillery shelled the government-held district.", "heavy-weapons"),
        ("ASSAULT", "A suicide bomber struck a crowded mosque.", "suicide-attack"),
        ("ASSAULT", "Police fired tear gas at the crowd.", "crowd-control"),
        ("PROTEST", "Teachers went on strike across the country.", "strike"),
        ("PROTEST", "Rioters looted shops and torched cars.", "riot"),
        ("PROTEST", "Thousands rallied in the main square.", "demo"),
        ("CONSULT", "The chancellor spoke by telephone with the president.", "phone"),
        ("CONSULT", "The minister arrived in Tokyo for a three-day visit.", "visit"),
        ("COERCE", "Police arrested twenty demonstrators.", "arrest"),
        ("COERCE", "The government imposed a curfew on the city.", "curfew"),
        ("RETREAT", "The militants released the hostages on Sunday.", "release"),
        ("MOBILIZE", "The army deployed troops along the frontier.", "troops"),
    ],
)
def test_the_sentence_names_the_mode(event_type, sentence, mode):
    assert mode_of(event_type, sentence) == mode


def test_no_mode_where_the_codebook_defines_none_or_the_words_say_nothing():
    assert mode_of("AGREE", "The two sides agreed to talk by telephone.") == ""
    assert mode_of("ASSAULT", "The two sides fought for control of the town.") == ""


def test_with_contexts_fills_only_a_missing_mode_and_keeps_the_codes_own():
    filled = with_contexts(PloverCode("ASSAULT", "", ("military",)), "Warplanes bombed the bridge.")
    assert filled is not None and filled.mode == "aerial" and filled.context[0] == "military"
    kept = with_contexts(PloverCode("ASSAULT", "abduct", ()), "Gunmen kidnapped two engineers and shot a guard.")
    assert kept is not None and kept.mode == "abduct"
    agree = with_contexts(PloverCode("AGREE", "", ()), "The two countries agreed to build a railway.")
    assert agree is not None and agree.mode == ""


def test_every_plover_type_has_a_default_context_used_only_when_nothing_else_gives_one():
    from eventscribe.events.learned import PLOVER_TYPES
    from eventscribe.events.plover import default_contexts

    assert set(default_contexts()) == PLOVER_TYPES
    assert contexts_of("The union asked them to reconsider.") == ()
    bare = with_contexts(PloverCode("REQUEST", "", ()), "The union asked them to reconsider.")
    assert bare is not None and bare.context == ("diplomatic",)
    worded = with_contexts(PloverCode("REQUEST", "", ()), "The union asked the company to raise wages.")
    assert worded is not None and worded.context == ("economic",)
    own = with_contexts(PloverCode("COERCE", "arrest", ("legal",)), "Police detained him.")
    assert own is not None and own.context == ("legal",)
