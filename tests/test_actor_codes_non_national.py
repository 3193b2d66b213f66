"""The one test of "this code names no nation" (actors/codes.py), shared by actors/ and events/."""

from __future__ import annotations

import pytest

from eventscribe.actors.codes import is_international_body, is_national, is_non_national


@pytest.mark.parametrize("code", ["IGO", "IGOUNO", "NGOHRI", "IMGMUSALQ", "IGOWSTNAT"])
def test_international_bodies_and_armed_groups_name_no_nation(code):
    assert is_non_national(code)


@pytest.mark.parametrize("code", ["IRN", "IRNGOV", "USAMIL", "GBR", "MNCUSA", "---", ""])
def test_national_and_other_codes_are_not_counted_without_a_further_prefix(code):
    assert not is_non_national(code)


def test_a_caller_can_count_further_prefixes_as_no_nation():
    assert is_non_national("MNCUSA", also=("MNC",))
    assert is_non_national("---", also=("---",))
    assert is_non_national("-", also=("-",))
    assert not is_non_national("USAGOV", also=("MNC", "---"))
    # the further prefixes add to the three, never replace them
    assert is_non_national("IMGREB", also=("MNC",))


@pytest.mark.parametrize(("code", "body"), [("IGOUNO", True), ("NGOHRI", True), ("IMGMUSALQ", False), ("FRA", False)])
def test_an_international_body_is_an_igo_or_ngo_not_an_armed_group(code, body):
    assert is_international_body(code) is body


@pytest.mark.parametrize(
    ("country", "national"),
    [("IRQ", True), ("PSE", True), ("", False), ("---", False), ("IGO", False), ("NGO", False), ("US", False)],
)
def test_a_nation_is_a_three_letter_code_that_is_no_international_body(country, national):
    assert is_national(country) is national
