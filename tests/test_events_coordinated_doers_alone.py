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
    # the Panamanian officers are the party the grant of asylum was aimed at: no act of Peru's alone
    found = _alone(code_text("Peru granted asylum to five Panamanian officers.", "1987-10-22"))
    assert ("PER", "07") not in found and ("PER", "08") not in found
