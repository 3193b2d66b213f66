"""An act with no target that several coordinated parties do is each one's ("Britain, West Germany and
Denmark rejected the measure": three rejections), the other doers being no party the act was aimed at;
and the one who reports a predicate adjective's act ("X said they were opposed to it") is its teller,
not a foreigner it was aimed at."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _alone(events) -> set[tuple[str, str]]:
    return {(e.source.code, e.cameo.root) for e in events if e.source and e.target is None}


def test_each_coordinated_doer_acts_alone(code_text):
    found = _alone(code_text("Britain, West Germany and Denmark rejected the measure.", "1987-10-22"))
    assert {("GBR", "12"), ("DEU", "12"), ("DNK", "12")} <= found


def test_the_teller_of_a_predicate_adjective_is_no_target_missed(code_text):
    text = (
        "Yesterday, British minister Michael Jopling said Britain, West Germany, Portugal, the Netherlands and"
        " Denmark were opposed to the measure."
    )
    found = _alone(code_text(text, "1987-10-22"))
    assert {("GBR", "12"), ("DEU", "12"), ("PRT", "12"), ("NLD", "12"), ("DNK", "12")} <= found


def test_a_foreigner_named_beside_a_lone_act_still_blocks_it(code_text):
    # Iran, named beside the concern and no doer of it, is the party it was most likely voiced at: the
    # other doers are discounted, Iran is not, so neither voices concern alone
    found = _alone(code_text("Britain and Denmark voiced concern after talks with Iran.", "1987-10-22"))
    assert ("GBR", "01") not in found and ("DNK", "01") not in found
