"""Attacks with no named doer, told the way wire copy tells them: the dead and the wounded in one breath
("six were killed and 20 wounded when …"), the scene as "the city of …", hostages "taken" with no
auxiliary, and the victims' country read off the scene. Beside them, blasts that are accidents, a natural
death, and a named doer, which must give no unidentified attacker. The sentences are our own."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


UNNAMED = [
    # the "when" clause hangs on the second verb of harm but tells the cause of both
    ("Six people were killed and 20 wounded when a bomb exploded near a mosque in Peshawar, officials said.",
     "PAKUAF", "PAK", "183"),
    ("Nine villagers were killed and four wounded in a bomb attack in Kirkuk, police said.", "IRQUAF", "IRQ", "183"),
    # the scene named as "the city of …"
    ("Three guards were shot dead in the southern city of Basra on Sunday, police said.", "IRQUAF", "IRQ", "19"),
    # the scene as a bearing from a place
    ("Two traffic policemen were killed when a roadside bomb exploded 40 km south of Baghdad.", "IRQUAF", "IRQ", "183"),
    # a blast whose harm a participle tells: the participle, which names the victims, is the attack
    ("A car bomb exploded outside a hotel in Kirkuk on Monday, killing four policemen.", "IRQUAF", "IRQ", "183"),
    # a weapon sent with no one named who sent it; the scene is where the base is, not whose it is
    ("Three rockets were fired at a US military base near Baghdad on Sunday, officials said.", "IRQUAF", "USA", "19"),
    # hostages taken, the participle with no auxiliary
    ("Four Dutch nurses taken hostage in the Niger Delta last month were freed on Sunday.", "NGAUAF", "", "181"),
    # a convoy struck by an unnamed doer is of the scene's country, as the doer is
    ("A roadside bomb hit an army convoy outside Kandahar on Friday.", "AFGUAF", "AFGMIL", "183"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "code"), UNNAMED, ids=[c[0][:40] for c in UNNAMED])
def test_unnamed_attack_in_wire_style_is_an_unidentified_force_of_the_scene(code_text, text, source, target, code):
    triples = code_triples(code_text(text, "2010-05-20"))
    assert any(s == source and t.startswith(target) and c.startswith(code) for s, t, c in triples), triples


SHARED_CAUSE = [
    ("Six people were killed and 20 wounded when a bomb exploded near a mosque in Peshawar.", "PAKUAF"),
    # the gap parsed as a noun with a participle ("and [nine] wounded by rockets")
    ("Four pilgrims were killed and nine wounded by rockets fired at a shrine in Karbala on Friday.", "IRQUAF"),
]


@pytest.mark.parametrize(("text", "source"), SHARED_CAUSE, ids=[c[0][:40] for c in SHARED_CAUSE])
def test_the_first_verb_of_harm_shares_the_cause_of_the_second(code_text, text, source):
    # the killing (not only the wounding) is coded, with those killed as its target
    events = code_text(text, "2010-05-20")
    killed = [e for e in events if "killed" in e.evidence.trigger]
    assert any(e.source and e.source.code == source and e.target for e in killed), code_triples(events)


NO_ATTACK = [
    # blasts that are accidents: what exploded, or where, says so
    "A gas explosion killed six people in an apartment block in Kiev on Sunday.",
    "Four workers were killed and 10 injured in an explosion at a fireworks factory near Manila.",
    "Eleven miners died in a coal mine explosion in Shanxi province on Tuesday.",
    "Two cooks were injured when a gas cylinder exploded in a restaurant in Lahore.",
    # a natural death
    "An elderly poet died in hospital in Lahore on Monday, his family said.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_an_accident_or_a_natural_death_gives_no_unidentified_attacker(code_text, text):
    triples = code_triples(code_text(text, "2010-05-20"))
    assert not any(s.endswith("UAF") or c.startswith(("18", "19")) for s, _, c in triples), triples


def test_a_bomb_blast_is_still_an_attack(code_text):
    # "blast" alone, or of a bomb, is no accident
    triples = code_triples(code_text("A bomb blast killed six people in a market in Kirkuk on Sunday.", "2010-05-20"))
    assert any(s == "IRQUAF" and c.startswith("18") for s, _, c in triples), triples


def test_a_named_doer_is_kept_when_two_verbs_of_harm_share_its_act(code_text):
    text = "Two policemen were killed and three wounded when Taliban fighters ambushed their patrol in Kandahar."
    triples = code_triples(code_text(text, "2010-05-20"))
    assert triples and not any(s.endswith("UAF") for s, _, _ in triples), triples


def test_fireworks_fired_are_no_attack(code_text):
    triples = code_triples(code_text("Fireworks were fired over the river in Sydney on New Year's Eve."))
    assert not any(s.endswith("UAF") for s, _, _ in triples), triples


def test_a_blast_with_no_harm_told_is_no_attack_on_anyone(code_text):
    triples = code_triples(code_text("A car bomb exploded outside a hotel in Kirkuk on Monday.", "2010-05-20"))
    assert not any(t for _, t, _ in triples), triples


def test_a_bomb_that_hit_someone_keeps_its_own_victims(code_text):
    # "hit a convoy, killing three": the convoy is the target of the one act, not the participle's dead
    triples = code_triples(code_text("A roadside bomb hit an army convoy near Kandahar, killing three soldiers."))
    assert ("AFGUAF", "AFGMIL", "183") in triples, triples
    assert len([c for _, _, c in triples if c.startswith("18")]) == 1, triples


def test_a_bearing_that_names_no_place_gives_no_scene(code_text):
    # "north of the border" names no place: no country for an unnamed doer
    triples = code_triples(code_text("Two soldiers were shot dead north of the border on Monday.", "2010-05-20"))
    assert not any(s.endswith("UAF") for s, _, _ in triples), triples
