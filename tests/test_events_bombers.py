"""Violence by a suicide or car bomber is a non-military bombing (CAMEO 1831, 1832), done by an armed
group, not the military; bombers that are aircraft stay the military's."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A suicide bomber killed 10 people in Baghdad.", "1831"),
        ("Three Iraqis were killed when a suicide car bomber attacked a U.S. convoy in Samarra.", "1831"),
        ("A suicide attacker killed five policemen in Kabul.", "1831"),
        ("A car bomber attacked a police station in Mosul.", "1832"),
    ],
)
def test_a_bombers_violence_is_a_bombing(code_text, text, code):
    events = code_text(text, "2004-11-02")
    assert code in {e.cameo.code for e in events}, events
    assert all(e.source is None or "MIL" not in e.source.sectors for e in events)


def test_bomber_aircraft_are_no_bombers(code_text):
    found = triples(code_text("US bombers struck Taliban positions in Afghanistan.", "2004-11-02"))
    assert found and all(not r.startswith("18") for _, _, r in found)
