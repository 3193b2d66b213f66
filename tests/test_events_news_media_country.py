"""A news medium that is told of the story ("a government source told Reuters") lends no country to the
story's actors: Reuters is British, the people it reports on are not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _codes(events) -> set[str]:
    return {a.code for e in events for a in (e.source, e.target) if a is not None}


def test_the_people_a_medium_reports_on_take_the_storys_country(code_text):
    text = (
        "Peruvian authorities have detained a former army major who led a three-day uprising in a southern"
        " Peruvian town and are preparing to storm the police station he took over with 200 supporters,"
        " a government source told Reuters early on Tuesday."
    )
    codes = _codes(code_text(text, "2004-08-15"))
    assert "PERELI" in codes and not any(c.startswith("GBR") for c in codes - {"GBRMED"})


def test_the_islamists_of_a_story_told_to_a_french_agency_are_not_french(code_text):
    text = (
        "Islamist rebels have attacked a major police patrol and taken a number of hostages in a remote area of"
        " northeastern Nigeria near the Cameroon border, the missing officers' commander told AFP."
    )
    codes = _codes(code_text(text, "2004-08-15"))
    assert "NGAREB" in codes and not any(c.startswith("FRA") for c in codes)
