"""A score tells a game: "beat England 18-17" is no assault; numbers that are no score leave violence
alone. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.false_events import is_sport


def _sentence(*words: str):
    rows = [(w, w.lower(), "X", "X", "dep", 0) for w in words]
    return sentence_from_rows(rows)


@pytest.mark.parametrize("score", ["18-17", "3-0", "6-4,", "104-98"])
def test_a_score_is_a_game(score):
    assert is_sport(_sentence("Italy", "beat", "Spain", score, "on", "Sunday"))


@pytest.mark.parametrize("number", ["1999-2000", "2-1/2", "F-16", "152-mm", "2-hour", "$5-10"])
def test_other_hyphenated_numbers_are_no_score(number):
    assert not is_sport(_sentence("Troops", "attacked", "rebels", number, "near", "Kabul"))


@pytest.mark.spacy
def test_a_team_beating_another_by_a_score_gives_no_assault(code_text):
    codes = [c for _, _, c in code_triples(code_text("Italy beat Spain 21-16 in Rome on Sunday."))]
    assert not [c for c in codes if c[:2] in ("18", "19", "20")]


@pytest.mark.spacy
def test_an_attack_with_a_hyphenated_number_is_still_an_attack(code_text):
    codes = [
        c for _, _, c in code_triples(code_text("Iraqi troops attacked insurgents in a 2-hour battle near Falluja."))
    ]
    assert [c for c in codes if c[:2] in ("18", "19", "20")]
