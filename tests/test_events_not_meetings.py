"""Meeting with objections or success meets no one, and holding a press conference is no meeting; meeting
a person still is. A backer named to describe a thing ("a channel backed by Hezbollah") and a prize won
are no praise; backing a government is. Calling for attacks on a party threatens it, and
what one uses a speech to do is the act ("used his speech to urge China")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    "text",
    [
        "European Community Commission President Jacques Delors said he met with strong objections from some EC"
        " government heads to his radical plan.",
        "Despite Alan Milburn holding his first press conference as Labour's election strategist yesterday,"
        " Tony Blair spoke in London.",
    ],
)
def test_no_meeting(code_text, text):
    assert not [e for e in code_text(text, "1987-03-11") if e.cameo.root == "04"]


def test_meeting_a_person_is_a_meeting(code_text):
    events = code_text("Delors met with German Chancellor Helmut Kohl.", "1987-03-11")
    assert ("IGOEUREEC", "04", "DEUGOV") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}


@pytest.mark.parametrize(
    "text",
    [
        "The French prime minister calls for a satellite TV channel backed by Hezbollah to be taken off air.",
        "Kenyan tree planter and government minister Wangari Maathai has won the Nobel Peace Prize.",
    ],
)
def test_a_backer_described_or_a_prize_won_is_no_praise(code_text, text):
    assert not [e for e in code_text(text, "2004-08-15") if e.cameo.code.startswith("051")]


def test_backing_a_government_is_support(code_text):
    events = code_text("The United States backed the Iraqi government.", "2004-08-15")
    assert ("USA", "051", "IRQGOV") in {(e.source.code, e.cameo.code, e.target.code) for e in events if e.target}


def test_calling_for_attacks_on_a_party_threatens_it(code_text):
    events = code_text("Hamas called for attacks on Israel.", "2004-08-15")
    assert ("PSEREBHMS", "13", "ISR") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}


def test_what_a_speech_is_used_to_do_is_the_act(code_text):
    text = "Taiwan's leader used his National Day speech Sunday to urge China to begin peace talks."
    events = code_text(text, "2004-10-10")
    assert ("TWNGOV", "02", "CHN") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}
