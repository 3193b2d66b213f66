"""The right code for one act: a threat gets the threat code the codebook pairs with the act threatened;
a protest's aim told by a participle ("marched, demanding the president's resignation") is the
protest's sub-code, not a second event; peacekeepers named as "a deployment of peacekeeping troops"
keep the peace (074), they make no visit. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

from eventscribe.events.intent import intended


@pytest.mark.parametrize(
    ("act", "threat"),
    [
        ("1724", "1324"),  # martial law
        ("1723", "1323"),  # curfew
        ("1722", "1322"),  # banning a party
        ("172", "132"),
        ("191", "1381"),  # blockade
        ("192", "1382"),  # occupation
        ("193", "1384"),  # conventional attacks
        ("195", "1384"),
        ("190", "138"),
        ("166", "136"),  # expelling observers: halting international involvement
        ("164", "134"),
        ("161", "1313"),
        ("173", "137"),  # arrests: repression
        ("183", "1383"),
        ("0874", "0356"),  # cooperation is unchanged: de-escalation
    ],
)
def test_threat_of_each_act_is_the_codebooks(act, threat):
    assert intended(act) == threat


def test_statement_has_no_threat():
    assert intended("010") is None


@pytest.mark.spacy
def test_march_demanding_a_resignation_is_one_protest_for_leadership_change(code_text):
    codes = [
        c
        for _, _, c in code_triples(
            code_text("Thousands of Egyptians marched in Cairo on Friday, demanding the resignation of the president.")
        )
    ]
    assert codes == ["1411"]


@pytest.mark.spacy
def test_demand_told_on_its_own_stays(code_text):
    codes = [
        c
        for _, _, c in code_triples(
            code_text("Thousands of Egyptians demanded the resignation of the president on Friday.")
        )
    ]
    assert any(c.startswith("104") for c in codes)


@pytest.mark.spacy
def test_demand_with_a_subject_of_its_own_stays(code_text):
    events = code_text(
        "Thousands of Egyptians marched in Cairo on Friday, while the opposition demanded the resignation of the president."
    )
    assert "10" in {e.cameo.root for e in events}


@pytest.mark.spacy
def test_deployment_of_peacekeepers_keeps_the_peace(code_text):
    codes = [
        c
        for _, _, c in code_triples(
            code_text("The first deployment of UN peacekeeping troops arrived in Liberia on Monday.")
        )
    ]
    assert codes == ["074"]


@pytest.mark.spacy
def test_deployment_of_other_troops_is_no_peacekeeping(code_text):
    codes = [
        c
        for _, _, c in code_triples(code_text("The first deployment of Nigerian troops arrived in Liberia on Monday."))
    ]
    assert "074" not in codes


@pytest.mark.spacy
def test_lender_approving_a_loan_provides_aid(code_text):
    events = code_text("The World Bank approved a loan of 200 million dollars for Kenya.")
    assert any(e.cameo.code == "071" and e.target and e.target.code.startswith("KEN") for e in events)


@pytest.mark.spacy
def test_approving_a_budget_is_no_aid(code_text):
    assert not any(e.cameo.code.startswith("07") for e in code_text("Parliament approved the budget on Tuesday."))


@pytest.mark.spacy
def test_capital_where_two_states_sign_is_no_party(code_text):
    pairs = {
        (s[:3], t[:3])
        for s, t, _ in code_triples(code_text("Japan and Vietnam signed a defence pact in Manila on Monday."))
    }
    assert pairs == {("JPN", "VNM"), ("VNM", "JPN")}


@pytest.mark.spacy
def test_third_party_named_with_with_stays_a_party(code_text):
    pairs = {
        (s[:3], t[:3])
        for s, t, _ in code_triples(code_text("Japan and Vietnam signed a defence pact with Australia in Manila."))
    }
    assert ("JPN", "AUS") in pairs and not any(t == "PHL" for _, t in pairs)


@pytest.mark.spacy
def test_visit_announced_is_an_intention_to_visit(code_text):
    codes = [c for _, _, c in code_triples(code_text("The Japanese prime minister announced a visit to China."))]
    assert codes == ["036"]


@pytest.mark.spacy
def test_visit_made_stays_a_visit(code_text):
    codes = [c for _, _, c in code_triples(code_text("The Japanese prime minister visited China on Monday."))]
    assert codes and all(c.startswith("04") and c != "036" for c in codes)


@pytest.mark.spacy
def test_sanctions_announced_are_sanctions(code_text):
    assert any(
        c.startswith("163")
        for _, _, c in code_triples(code_text("The United States announced new sanctions on Iran on Friday."))
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday.", "183"),
        ("Israeli forces killed ten Palestinian militants in an air strike in Gaza.", "195"),
    ],
)
@pytest.mark.spacy
def test_violence_told_in_an_attack_takes_the_attacks_means(code_text, text, code):
    assert [c for _, _, c in code_triples(code_text(text))] == [code]


@pytest.mark.spacy
def test_violence_in_a_time_keeps_its_code(code_text):
    assert [c for _, _, c in code_triples(code_text("Rebels attacked the town in the morning."))] == ["190"]
