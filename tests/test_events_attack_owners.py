"""Harm told in the passive through a military act that a country's adjective names is that country's
armed forces' ("was killed in an Israeli airstrike": ISRMIL), not an unidentified armed force of the place;
a town's name on the act ("a Gaza City airstrike") names where it struck. A teller who is one of the
doers accuses none of the others."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("One of the leaders of Hamas' military wing was killed in an Israeli airstrike in Gaza City.", "ISRMIL"),
        ("Three soldiers were wounded in Russian shelling.", "RUSMIL"),
        ("Two civilians were killed in a US air raid on Fallujah.", "USAMIL"),
    ],
)
def test_the_countrys_military_act_names_its_doer(code_text, text, doer):
    assert doer in {e.source.code for e in code_text(text, "2004-08-15") if e.source is not None}


def test_a_towns_name_on_the_act_is_no_doer(code_text):
    # nor is the town's own armed force: an airstrike is some state's air force, not Gaza's gunmen
    events = code_text("The commander was killed in a Gaza City airstrike on Tuesday.", "2004-08-15")
    assert not [e for e in events if e.source is not None and e.source.code[3:] in ("MIL", "UAF")], events


def test_a_teller_among_the_doers_accuses_no_partner(code_text):
    # the US military tells of an act its troops did with Afghan troops: no US accusation of the Afghans
    text = "Afghan and US troops shot dead two men at a checkpoint on Saturday, a US military statement said."
    events = code_text(text, "2004-11-20")
    assert not [e for e in events if e.cameo.code.startswith("112")], events
    assert "AFGMIL" in {e.source.code for e in events if e.source is not None and e.cameo.root == "19"}
