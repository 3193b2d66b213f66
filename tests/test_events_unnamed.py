"""Violence with no named doer: CAMEO codes it as the act of an unidentified armed force (UAF) of the
country where it happened. Sentences we wrote in wire style; beside them, killings that are accidents or
disasters, and unplaced ones, which must give no such event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


UNNAMED = [
    # passive violence, the verb violent by itself
    ("Two journalists were shot dead in Mogadishu on Friday.", "SOMUAF", "SOM", "18"),  # unconventional
    ("Two aid workers were kidnapped in Darfur last week.", "SDNUAF", "", "181"),
    ("A tribal elder was stabbed to death near Kandahar on Tuesday.", "AFGUAF", "", "18"),
    # a killing made violence by its cause
    ("Three Afghan soldiers were killed in a roadside bombing in Kandahar province on Sunday.", "AFGUAF", "AFG", "183"),
    ("Four policemen were wounded by gunfire in Karachi overnight.", "PAKUAF", "PAK", "1"),
    # a weapon as the subject, its user not named
    ("A roadside bomb killed two Iraqi policemen in Mosul on Tuesday.", "IRQUAF", "IRQCOP", "183"),
    # a bomb's blast as the cause, told in a "when" clause
    ("Seven people were wounded when a grenade exploded in Davao City on Thursday.", "PHLUAF", "PHL", "183"),
    # those who died are the victims, not the doers
    ("Three children died in an explosion in Aleppo on Sunday.", "SYRUAF", "SYR", "183"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), UNNAMED, ids=[c[0][:40] for c in UNNAMED])
def test_violence_with_no_named_doer_is_an_unidentified_force_of_the_place(code_text, text, source, target, code):
    events = code_text(text, "2010-05-20")
    assert any(s == source and t.startswith(target) and c.startswith(code) for s, t, c in code_triples(events)), (
        code_triples(events)
    )


NOT_UNNAMED = [
    # accidents and disasters kill, but nobody attacked
    "Five people were killed in a car crash near Lagos on Sunday.",
    "Four people were killed in an earthquake in eastern Turkey.",
    "At least 20 people died when a bus overturned in western Kenya.",
    "Two people died when their bus overturned near Kandahar.",
    "Hundreds of people died of cholera in Haiti last month.",
    # a person only involved in a shooting did no shooting here
    "Police questioned a guard involved in a shooting in Sydney.",
]


@pytest.mark.parametrize("text", NOT_UNNAMED)
def test_a_killing_that_is_no_attack_gives_no_unidentified_attacker(code_text, text):
    events = code_text(text, "2010-05-20")
    assert not any(s.endswith("UAF") for s, _, _ in code_triples(events)), code_triples(events)


def test_an_unplaced_killing_gives_no_country_to_its_unnamed_doer(code_text):
    # the victims' country is not the doer's: with no place, no unidentified force is coded
    events = code_text("Two US soldiers were killed by a roadside bomb on Sunday.", "2010-05-20")
    assert not any(s.endswith("UAF") for s, _, _ in code_triples(events)), code_triples(events)


def test_an_unnamed_attack_told_by_a_side_is_no_accusation(code_text):
    # the teller does not accuse an unknown doer: the attack itself is the event
    events = code_text("A roadside bomb killed an American soldier in Baghdad on Sunday, the US military said.")
    triples = code_triples(events)
    assert any(s == "IRQUAF" and c.startswith("18") for s, _, c in triples), triples
    assert not any(c.startswith("112") for _, _, c in triples), triples


def test_a_named_doer_is_kept_rather_than_an_unidentified_one(code_text):
    events = code_text("Two journalists were shot dead by police in Mogadishu on Friday.", "2010-05-20")
    triples = code_triples(events)
    assert any(s == "SOMCOP" for s, _, _ in triples), triples
    assert not any(s.endswith("UAF") for s, _, _ in triples), triples


def test_a_capitalised_first_word_before_the_weapon_names_no_doer(code_text):
    # "Homemade", first in the sentence, is tagged a name; the bombs still have no named doer
    events = code_text("Homemade bombs exploded in Baghdad.", "2004-10-01")
    assert ("IRQUAF", "IRQGOV", "183") in code_triples(events)


def test_a_heart_attack_is_no_unnamed_attack(code_text):
    text = "Bollywood actress Nirupa Roy dies after a heart attack at her home in Mumbai aged 73."
    assert not [e for e in code_text(text, "2004-10-01") if e.cameo.root in ("18", "19")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed in an air raid near Kandahar on Sunday.",
        "Four civilians died in an airstrike near Kandahar.",
    ],
)
def test_an_air_attack_is_no_act_of_the_place_struck(code_text, text):
    # only a state's air force strikes from the air: the town's unidentified gunmen did not
    events = code_text(text, "2004-08-15")
    assert not [e for e in events if e.source is not None and e.source.code == "AFGUAF"], events
    bombing = code_text("Two men were killed in a bombing near Kandahar on Sunday.", "2004-08-15")
    assert [e for e in bombing if e.source is not None and e.source.code == "AFGUAF"], bombing
