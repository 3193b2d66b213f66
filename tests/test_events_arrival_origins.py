"""Where a traveller arrives is the target of the arrival, never the place it comes from ("arrived in
Seoul from China": Seoul); a departure's target is the place left. Sentences we wrote."""

from __future__ import annotations

import pytest


def _targets(events) -> set[str]:
    return {e.target.code for e in events if e.target is not None}


@pytest.mark.spacy
def test_the_place_arrived_in_is_the_target_not_the_place_left(code_text):
    text = "The American envoy arrived in Seoul on Tuesday from China to revive the stalled nuclear talks."
    targets = _targets(code_text(text, "2004-11-02"))
    assert any(t.startswith("KOR") for t in targets) and not any(t.startswith("CHN") for t in targets), targets


@pytest.mark.spacy
def test_an_arrival_with_only_a_place_left_has_no_target_there(code_text):
    events = code_text("The Egyptian foreign minister arrived from Cairo on Sunday.", "2004-11-02")
    assert not any(t.startswith("EGY") for t in _targets(events)), events


@pytest.mark.spacy
def test_a_departure_still_targets_the_place_left(code_text):
    events = code_text("Israeli troops withdrew from Gaza on Monday.", "2005-09-12")
    assert any(t.startswith("PSE") for t in _targets(events)), events
