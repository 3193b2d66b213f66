"""Events the coder used to miss or code backwards: acts told from their receiving end ("drew
condemnation from Turkey"), relative pronoun objects ("Hamas, which Israel bombed"), "X became the first N
to <act>", group nouns ("a convoy of Turkish troops") and "voted to <act>". Sentences we wrote in wire
style, with sentences beside them that must give no event or no change."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy


RECEIVED = [
    # (sentence, the giver's act on the receiver, the backwards reading that must not come out)
    ("The Israeli prime minister drew condemnation from Turkey over the raid.", ("TUR", "ISR", "111")),
    ("Iran received a stern warning from the United States on Friday.", ("USA", "IRN", "13")),
    ("The Indian minister won praise from Pakistan for the deal.", ("PAK", "IND", "051")),
    ("The Kenyan government faced criticism from Amnesty International over the arrests.", ("NGO", "KEN", "111")),
    ("The Egyptian president received a visit from the Israeli prime minister.", ("ISR", "EGY", "042")),
    # a deed drew it: its owner receives it; verbs of causing read the same way
    ("Israel's raid on the camp drew condemnation from the United Nations.", ("IGO", "ISR", "111")),
    ("The Turkish decision brought warnings from the European Union.", ("IGO", "TUR", "13")),
    ("North Korea's missile test sparked protests from Japan.", ("JPN", "PRK", "11")),
]


@pytest.mark.parametrize(("text", "act"), RECEIVED)
def test_act_told_from_its_receiving_end_is_the_givers(code_text, text, act):
    events = code_text(text)
    giver, receiver, code = act
    assert has_event(events, giver, receiver, code), code_triples(events)
    assert not has_event(events, receiver, giver, code[:2]), code_triples(events)


def test_act_received_from_no_one_named_gives_no_event(code_text):
    # who criticised is not said: the plan's makers did not criticise anyone
    events = code_text("The Kenyan government's plan drew criticism on Monday.")
    assert not any(c.startswith("11") for _, _, c in code_triples(events)), code_triples(events)


def test_receiving_people_stays_a_hosts_act(code_text):
    events = code_text("Iraqi protesters received ministers from the Iraqi government in Basra.")
    assert not any(c.startswith("05") or c.startswith("13") for _, _, c in code_triples(events)), code_triples(events)


RELATIVE_OBJECTS = [
    ("Hamas, which Israel bombed on Monday, vowed revenge.", "ISR", "PSE", "19"),
    ("The opposition leader, whom Zimbabwean police arrested on Friday, was released.", "ZWECOP", "", "173"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), RELATIVE_OBJECTS)
def test_relative_pronoun_object_is_the_noun_it_stands_for(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


DESCRIBED_SUBJECTS = [
    ("Jordan became the only Arab state to condemn the Syrian government.", "JOR", "SYR", "111"),
    ("Egypt became the first Arab country to sign a peace treaty with Israel.", "EGY", "ISR", "057"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), DESCRIBED_SUBJECTS)
def test_first_n_to_act_is_the_subjects_act(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_the_man_to_watch_is_no_event(code_text):
    assert code_triples(code_text("The Iraqi prime minister is the man to watch.")) == []


GROUP_NOUNS = [
    ("A convoy of Turkish troops shelled Kurdish positions in Syria.", "TURMIL", "19"),
    ("A column of Russian tanks attacked Ukrainian positions near Donetsk.", "RUS", "19"),
]


@pytest.mark.parametrize(("text", "source", "code"), GROUP_NOUNS)
def test_group_noun_takes_its_of_phrase_as_actor(code_text, text, source, code):
    events = code_text(text)
    assert any(s.startswith(source) and c.startswith(code) for s, _, c in code_triples(events)), code_triples(events)


def test_voted_to_act_is_the_act(code_text):
    events = code_text("The Greek parliament voted to expel the Turkish ambassador.")
    assert has_event(events, "GRC", "TUR", "16"), code_triples(events)


def test_voting_on_a_budget_is_no_event(code_text):
    assert code_triples(code_text("The Greek parliament voted on the budget on Monday.")) == []


SETTINGS = [
    # an event noun giving the occasion of a news verb is that verb's subject's act
    (
        "The French president said after talks with the Iranian foreign minister that progress was made.",
        "FRA",
        "IRN",
        "046",
    ),
    (
        "Speaking after talks with the Iranian foreign minister, the French president said progress was made.",
        "FRA",
        "IRN",
        "046",
    ),
    ("The Japanese prime minister spoke to reporters during a visit to China.", "JPN", "CHN", "042"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), SETTINGS)
def test_event_noun_of_the_occasion_is_the_subjects_act(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_occasion_of_a_passive_verb_is_not_its_subjects_act(code_text):
    # the one arrested did not meet the diplomats by being arrested; nor is it told who arrested him
    events = code_text("The Kenyan opposition leader was arrested after a meeting with American diplomats.")
    assert not any(c.startswith("04") for _, _, c in code_triples(events)), code_triples(events)


def test_occasion_inside_a_claim_is_no_news_of_it(code_text):
    events = code_text(
        "Critics said there was evidence that the Kenyan minister approved the sale during talks with Somali officials."
    )
    assert not any(c.startswith("04") for _, _, c in code_triples(events)), code_triples(events)


def test_attack_with_a_means_names_no_party(code_text):
    events = code_text("The Kenyan president sent condolences to Uganda after the attack with grenades in Kampala.")
    assert not any(c.startswith("19") and s.startswith("KEN") for s, _, c in code_triples(events)), code_triples(events)


def test_headline_infinitive_is_the_names_scheduled_act(code_text):
    events = code_text("Merkel to visit China next week.")
    assert any(t == "CHN" and c.startswith(("036", "042")) for _, t, c in code_triples(events)), code_triples(events)


def test_support_thrown_behind_a_party_is_aimed_at_it(code_text):
    events = code_text("Japan threw its support behind the Philippine government.")
    assert has_event(events, "JPN", "PHLGOV", "051"), code_triples(events)


CODEBOOK_RULES = [
    ("Islamic State militants held thousands of civilians as human shields in Mosul.", "184"),
    ("The Sri Lankan army used Tamil civilians as human shields.", "184"),
    ("Germany has made available medical supplies to Liberia.", "07"),
    ("Russia launched cyber warfare against Estonia.", "19"),
]


@pytest.mark.parametrize(("text", "code"), CODEBOOK_RULES)
def test_codebook_acts_that_had_no_rule(code_text, text, code):
    events = code_text(text)
    assert any(c.startswith(code) for _, _, c in code_triples(events)), code_triples(events)


def test_making_a_report_available_is_no_aid(code_text):
    events = code_text("The Kenyan government made the report available to journalists.")
    assert not any(c.startswith("07") for _, _, c in code_triples(events)), code_triples(events)


ATTACK_AGENTS = [
    # harm told in the passive inside an attack "by" someone: that someone is the doer, not the target
    ("Two security guards were injured on Monday in a grenade attack by suspected Maoist rebels in Bihar.", "INDREB"),
    ("Three Afghan soldiers were killed in an attack by Taliban fighters in Helmand.", "AFGREB"),
]


@pytest.mark.parametrize(("text", "doer"), ATTACK_AGENTS)
def test_harm_in_an_attack_by_someone_is_that_someones_act(code_text, text, doer):
    triples = code_triples(code_text(text))
    assert any(s == doer and c.startswith(("18", "19")) for s, _, c in triples), triples
    assert not any(t == doer for _, t, _ in triples), triples


def test_harm_in_a_bombing_by_no_one_named_keeps_an_unnamed_doer(code_text):
    triples = code_triples(code_text("Five people were killed in a bombing in Baghdad."))
    assert all(s.endswith("UAF") for s, _, _ in triples), triples


def test_explosions_triggered_are_bombings(code_text):
    events = code_text("Suspected militants triggered two grenade explosions in Srinagar on Friday.")
    assert any(c.startswith("183") for _, _, c in code_triples(events)), code_triples(events)


def test_a_crisis_triggered_is_no_bombing(code_text):
    events = code_text("The new tax triggered a political crisis in Kenya.")
    assert not any(c.startswith("18") for _, _, c in code_triples(events)), code_triples(events)


LIGHT_VERB_PAIRS = [
    ("Kenya clinched a deal with Uganda on Monday.", "KEN", "UGA", "057"),
    ("Kenya pressed charges against the Ugandan rebels on Monday.", "KEN", "UGAREB", "115"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), LIGHT_VERB_PAIRS)
def test_light_verb_pairs_that_were_coded_wrong(code_text, text, source, target, code):
    events = code_text(text)
    assert has_event(events, source, target, code), code_triples(events)


def test_jets_scrambled_are_a_show_of_force_aimed_at_no_one(code_text):
    triples = code_triples(code_text("Turkey scrambled jets on Monday."))
    assert any(s == "TUR" and c.startswith("15") for s, _, c in triples), triples
    assert not any(t.endswith("MIL") for _, t, _ in triples), triples


def test_pressing_someone_to_act_stays_an_appeal(code_text):
    triples = code_triples(code_text("Kenya pressed Uganda to release the prisoners."))
    assert not any(c.startswith("115") for _, _, c in triples), triples


def test_the_target_of_an_attack_by_someone_is_attacked_by_them(code_text):
    events = code_text("The Afghan army base was the target of an attack by Taliban fighters.")
    assert has_event(events, "AFGREB", "AFG", "19"), code_triples(events)


def test_the_target_of_an_investigation_named_as_subject_is_no_attack(code_text):
    triples = code_triples(code_text("The target of the Kenyan investigation was the Somali government."))
    assert not any(c.startswith(("18", "19")) for _, _, c in triples), triples


def test_agreeing_with_a_partner_to_act_on_a_third_is_both_partners_act(code_text):
    events = code_text("France agreed with Germany to impose sanctions on Russia.")
    assert has_event(events, "FRA", "RUS", "16"), code_triples(events)
    assert has_event(events, "DEU", "RUS", "16"), code_triples(events)
    assert not has_event(events, "FRA", "DEU", "16"), code_triples(events)


def test_agreeing_with_a_lender_to_cut_spending_stays_an_agreement_with_it(code_text):
    events = code_text("Kenya agreed with the IMF to cut spending.")
    assert has_event(events, "KEN", "IGO", "03"), code_triples(events)
