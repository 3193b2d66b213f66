"""Verbal events that news tells in many words: insults and verbal attacks on a policy, questioning a
claim, misgivings, official protests, lashing out, name-calling, snubs, waving away, renewed threats and
calls, threats to obstruct or to strike, vows of revenge, deadlines, blockades, envoys ordered out,
walkouts, agreeing to set something up together, readiness and assurances, and denials of what a content
clause says. Sentences we wrote in wire style, with sentences beside them that must give no event
(questions, conditions, hypotheticals, opinions, an event that is only the topic of another)."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


VERBAL = [
    # disapproval: insults, attacks on a policy, questioning a claim, misgivings (11)
    ("North Korea hurled invective at President Bush on Tuesday.", "PRK", "USAGOV", "111"),
    ("Venezuela's foreign minister heaped scorn on the US plan for the region.", "VENGOV", "USA", "111"),
    ("The opposition leader attacked the government's economic policy on Monday.", "---OPP", "---GOV", "111"),
    ("Sudan questioned UN estimates of the death toll in Darfur.", "SDN", "IGOUNO", "111"),
    ("The Conservatives expressed reservations about the government's plan.", "GBROPP", "GBRGOV", "110"),
    ("Germany renewed its criticism of Turkey on Friday.", "DEU", "TUR", "111"),
    ("France protested over the decision to close the ports.", "FRA", "", "114"),
    # lashing out and name-calling (111)
    ("China lashed out at Japan over the shrine visit.", "CHN", "JPN", "111"),
    ("Russia hit out at NATO on Monday.", "RUS", "IGOWSTNAT", "111"),
    ("The EU took aim at China's trade practices.", "IGOEUREEC", "CHN", "111"),
    ("North Korea branded the sanctions an act of war.", "PRK", "", "111"),
    # rejection: snubs (12)
    ("Pakistan shunned the summit in New Delhi.", "PAK", "IND", "125"),
    # waving a thing away: a warning rejected (120), an accusation denied (016)
    ("Moscow shrugged off the warning.", "RUSGOV", "", "120"),
    ("Israel brushed aside the criticism.", "ISR", "", "016"),
    ("Israel brushed off the accusations.", "ISR", "", "016"),
    # renewed threats and calls (13, 02)
    ("Hamas renewed its threat against Israel on Tuesday.", "PSEREBHMS", "ISR", "130"),
    ("The Kremlin repeated its call for talks with Ukraine.", "RUSGOV", "UKR", "020"),
    # threats to obstruct (131) and to protest or strike (133)
    ("Russia threatened to block the plan.", "RUS", "", "131"),
    ("The unions threatened to stage a general strike.", "---LAB", "", "133"),
    ("Unions threatened industrial action over pensions.", "---LAB", "", "133"),
    # vowing revenge is a threat of force (138); a deadline imposed is an ultimatum (139)
    ("Iran vowed revenge for the killing.", "IRN", "", "138"),
    ("The US imposed a deadline on Iran.", "USA", "IRN", "139"),
    # threatening to close a strait or a border is threatening a blockade (1381)
    ("Iran threatened to close the Strait of Hormuz.", "IRN", "", "1381"),
    ("Turkey threatened to close its border with Syria.", "TUR", "SYR", "1381"),
    # ordering an envoy out is cutting diplomatic ties (161)
    ("Venezuela ordered the US ambassador to leave the country.", "VEN", "USAGOV", "161"),
    # walking off the job and downing tools are strikes (143)
    ("Thousands of workers walked off the job in protest.", "---LAB", "", "143"),
    ("Dock workers downed tools on Monday.", "---LAB", "", "143"),
    # agreeing or pledging to build something together (031) or to strengthen ties (032)
    ("Britain agreed to establish a joint commission with Spain.", "GBR", "ESP", "031"),
    ("China and Russia pledged to strengthen ties.", "CHN", "RUS", "032"),
    # readiness and assurances told by a noun (030)
    ("Washington signalled its readiness to talk to Tehran.", "USAGOV", "IRNGOV", "030"),
    # going back to talks is resuming them: the readiness names the act, the intent to negotiate
    ("North Korea expressed willingness to return to the talks.", "PRK", "", "036"),
    ("Russia gave assurances to Ukraine on Monday.", "RUS", "UKR", "030"),
    # a denial whose content is a clause is still a denial (016)
    ("Egypt denied that its troops had crossed the border.", "EGY", "", "016"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), VERBAL, ids=[c[0][:40] for c in VERBAL])
def test_a_verbal_act_told_in_many_words_is_coded(code_text, text, source, target, code):
    triples = code_triples(code_text(text, "2008-05-20"))
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in triples), triples


STILL_MATERIAL = [
    # a threat to strike a country stays a military threat, and an attack on a town stays an attack
    ("Iran threatened to strike Israel.", "IRN", "ISR", "138"),
    ("Israeli tanks attacked the Palestinian town of Jenin.", "ISR", "PSE", "190"),
    ("Russian troops hit the town of Bakhmut.", "RUSMIL", "", "190"),
    ("Taliban militants attacked security forces positions from three directions.", "AFGREB", "AFGCOP", "19"),
    ("Israel attacked Iran's nuclear program.", "ISR", "IRN", "190"),
    ("The rebels renewed their attack on the city.", "---REB", "", "190"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), STILL_MATERIAL, ids=[c[0][:40] for c in STILL_MATERIAL])
def test_force_against_a_place_or_country_is_not_read_as_words(code_text, text, source, target, code):
    triples = code_triples(code_text(text, "2008-05-20"))
    assert (source, target, code) in {(s[: len(source)], t[: len(target)], c[: len(code)]) for s, t, c in triples}, (
        triples
    )
    assert not any(c.startswith(("11", "131", "133")) for _, _, c in triples), triples


NO_EVENT = [
    # questions, conditions and hypotheticals
    "Would Russia block the plan?",
    "If Russia blocks the plan, Europe will respond.",
    "Japan might snub the summit.",
    "Analysts said the plan could be attacked in parliament.",
    # opinions and states, not acts
    "Critics question whether the policy will work.",
    "The Conservatives have reservations about the plan.",
    # a negated denial, and events that are only the topic of another
    "Egypt did not deny the report.",
    "The ministers discussed Russia's threat to block the plan.",
    "Officials discussed the criticism of the policy.",
    "Officials discussed Washington's readiness to talk to Tehran.",
    "A report on the government's economic policy was released on Monday.",
    # aiming a weapon, and hitting out in a game, are no criticism
    "The army took aim at the rebel positions.",
    "The striker hit out at his coach after the match.",
    "The general brushed past the reporters.",
    # a port that bad weather may close is no threat
    "Bad weather threatened to close the port of Dover.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_a_verbal_act_not_told_as_done_gives_no_event(code_text, text):
    events = code_text(text, "2008-05-20")
    assert events == (), code_triples(events)
