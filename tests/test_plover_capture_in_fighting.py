"""CAMEO 192 (occupy territory) maps to COERCE, mode seize; the current PLOVER codebook keeps COERCE for
coercion "falling short of violence", so ground taken in fighting is ASSAULT (events/data/
plover_type_moves.yaml). Sentences of our own, including occupations without fighting that stay COERCE."""

from __future__ import annotations

import pytest

from eventscribe.events.codebook import Codebook
from eventscribe.events.plover import with_contexts


@pytest.fixture(scope="module")
def book():
    return Codebook.load()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Government troops recaptured the river port after two days of heavy fighting.", "ASSAULT"),
        ("Insurgents overran an army outpost in the hills, killing its commander, after fierce clashes.", "ASSAULT"),
        ("The rebels took the airport in an offensive backed by artillery.", "ASSAULT"),
        ("Troops moved into the demilitarised zone and occupied three border villages.", "COERCE"),
        ("Soldiers occupied the disputed island and raised the national flag.", "COERCE"),
        ("The army said it would seize the pass if fighting resumed.", "COERCE"),
    ],
)
def test_ground_taken_in_fighting_is_an_assault(book, sentence, kind):
    plover = with_contexts(book.plover("192"), sentence, "192")
    assert plover is not None and plover.event == kind


def test_a_capture_in_fighting_takes_its_mode_from_the_weapons(book):
    plover = with_contexts(
        book.plover("192"), "The rebels took the airport in an offensive backed by artillery.", "192"
    )
    assert plover is not None and (plover.event, plover.mode) == ("ASSAULT", "heavy-weapons")


def test_fighting_words_do_not_move_other_coercion(book):
    sentence = "Police arrested dozens of protesters after the fighting outside parliament."
    plover = with_contexts(book.plover("173"), sentence, "173")
    assert plover is not None and plover.event == "COERCE"
