""" "The country" refers back to the latest state named as a party before it ("condemned actions by Rwanda
in the eastern Congo and demanded the country withdraw": Rwanda), not to a place, not to a word inside
another name ("the Democratic Republic of Congo") and not to a modifier ("US-led forces"); the owner of a
thing named before is a state named ("concerned about Brazil's economy and urged the country to …").
Likewise "the company" is the firm named before it in its sentence."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _targets(events, root: str) -> set[str]:
    return {e.target.code for e in events if e.target and e.cameo.root == root}


def test_the_country_is_the_state_named_as_a_party(code_text):
    text = (
        "The UN Security Council on Tuesday condemned reported military actions by Rwanda in the eastern"
        " Democratic Republic of Congo and demanded the country immediately withdraw any troops it may have in"
        " the DRC."
    )
    assert _targets(code_text(text, "2004-08-15"), "10") == {"RWA"}


def test_a_modifier_is_no_state_the_country_refers_to(code_text):
    text = "The US-led coalition forces invaded the country in March 2003."
    assert "USA" not in _targets(code_text(text, "2004-08-15"), "19")


def test_the_country_in_a_later_sentence_is_the_state_named_before(code_text):
    events = code_text(
        "Rwanda has sent troops across the border. The UN on Tuesday urged the country to withdraw its troops."
    )
    assert "RWA" in _targets(events, "02")


def test_the_country_may_be_the_owner_of_a_thing_named_before(code_text):
    text = "The World Bank said it was concerned about Brazil's economy and urged the country to come up with a plan."
    assert "BRA" in _targets(code_text(text, "1987-03-26"), "02")


def test_the_company_is_the_firm_named_before_it(code_text):
    text = "Indonesia plans to prosecute U.S.-based Newmont Mining, accusing the company of polluting a bay."
    assert "USABUS" in {e.target.code for e in code_text(text, "2004-08-15") if e.target and e.cameo.root == "11"}
