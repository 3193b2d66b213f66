"""Seizing people is abducting them (CAMEO 181), or arresting them when the state's police or troops do
it (173); seizing things stays a confiscation (1711)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen seized three Turkish truck drivers in Iraq.", "181"),
        ("Militants seized an Italian journalist in Baghdad.", "181"),
        ("Iraqi police seized two Syrian men in Mosul.", "173"),
        ("An Australian journalist was seized by militants in Iraq.", "181"),
        ("Iran seized a British tanker in the Gulf.", "1711"),
        ("A British tanker was seized by Iran in the Gulf.", "1711"),
    ],
)
def test_what_is_seized_decides_the_code(code_text, text, code):
    assert code in {e.cameo.code for e in code_text(text, "2004-11-02")}
