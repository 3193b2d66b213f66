"""Being placed under house arrest is an arrest (173); told in the passive with no agent and no place,
it is by the police of the country of the one arrested, not of a foreign government that tells of it; a
militant of no nation lends no state to arrest him."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _arrests(events) -> set[tuple[str, str]]:
    return {(e.source.code, e.target.code) for e in events if e.cameo.root == "17" and e.source and e.target}


def test_house_arrest_told_by_a_foreign_government_is_the_home_police(code_text):
    text = (
        "Myanmar's Prime Minister General Khin Nyunt has been sacked and placed under house arrest for alleged"
        " corruption, a Thai government spokesman said."
    )
    assert _arrests(code_text(text, "2004-10-19")) == {("MMRCOP", "MMRGOV")}


def test_police_that_tell_of_an_arrest_made_it(code_text):
    found = _arrests(code_text("A Briton was arrested on Monday, Pakistani police said.", "2004-10-19"))
    assert ("PAKCOP", "GBR") in found


def test_a_militant_of_no_nation_lends_no_state(code_text):
    text = "Four suspected Al Qaeda fighters will be formally charged with war crimes this week."
    assert not [e for e in code_text(text, "2004-10-19") if e.source and e.source.code.startswith("IMG")]
