"""What leaders say they will do: "X said it would …" is X's intention, whoever was named last; a
statement keeps no party of the act it describes; "aims to" and "wishes to" are intentions, not acts
done; aid got names no giver. Sentences we wrote, each beside a near
twin that keeps its reading."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def _triples(code_text, text: str) -> list[tuple[str, str, str]]:
    return code_triples(code_text(text))


def _sources(code_text, text: str, root: str) -> set[str]:
    return {s[:3] for s, _, c in _triples(code_text, text) if c.startswith(root)}


# -- "it" and "they" of what a body says (said_it) -------------------------------------------------


def test_it_of_what_a_country_says_is_that_country(code_text):
    text = "Iran, angered by the United States, said it would resume talks with the European Union."
    assert _sources(code_text, text, "03") == {"IRN"}


def test_it_of_a_participle_of_saying_is_its_subject(code_text):
    text = "Syria, criticised by Israel, said it was ready to resume talks with Turkey."
    assert ("SYR", "TUR") in {(s[:3], t[:3]) for s, t, c in _triples(code_text, text) if c.startswith("03")}


def test_they_of_what_a_plural_group_says_is_that_group(code_text):
    text = "Ugandan rebels, attacked by the army, said they would join peace talks with the government."
    sources = {s for s, _, c in _triples(code_text, text) if c.startswith("03")}
    assert sources and all(s.endswith("REB") for s in sources)


def test_it_of_words_told_to_a_party_keeps_its_reading(code_text):
    text = "Iran told the United States it must resume talks with the European Union."
    assert ("IRN", "USA") in {(s[:3], t[:3]) for s, t, _ in _triples(code_text, text)}


# -- statements and the parties of the act they describe (statement_targets) ------------------------


def test_a_plan_dated_by_a_visit_is_not_aimed_at_the_host(code_text):
    text = "Japan's ruling party drew up a plan to boost imports in time for the premier's visit to Washington."
    assert not any(t.startswith("USA") for _, t, _ in _triples(code_text, text))


def test_a_plan_considered_for_a_party_keeps_it(code_text):
    text = "Israel is considering plans for the West Bank."
    assert any(c.startswith("014") and t.startswith("PSE") for _, t, c in _triples(code_text, text))


def test_a_plan_only_announced_is_a_bare_statement_and_no_event(code_text):
    assert not [c for _, _, c in _triples(code_text, "Israel announced plans for the West Bank.") if c.startswith("01")]


# -- "aims to", "wishes to": intentions (intent.INTENT_VERBS) --------------------------------------


def test_aiming_to_sign_an_agreement_is_no_agreement_signed(code_text):
    codes = [
        c
        for _, _, c in _triples(
            code_text, "The European Union aims to sign a trade agreement with Mercosur by October."
        )
    ]
    assert codes and all(c.startswith("03") for c in codes)


def test_signing_an_agreement_is_still_coded_as_done(code_text):
    codes = [c for _, _, c in _triples(code_text, "The European Union signed a trade agreement with Mercosur.")]
    assert "057" in codes


def test_wishing_to_resume_talks_is_an_intention_to_meet(code_text):
    codes = [c for _, _, c in _triples(code_text, "Egypt wishes to resume talks with Israel on the border crossing.")]
    assert "036" in codes and not any(c.startswith("04") for c in codes)


def test_a_firms_aim_or_plan_to_cut_jobs_is_no_event(code_text):
    assert _triples(code_text, "The company aims to cut 500 jobs by next year.") == []
    assert _triples(code_text, "The retailer plans to cut 500 jobs at its stores in Ohio.") == []


# -- aid got names no giver (aid_alone) ------------------------------------------------------------


def test_funds_sent_with_no_recipient_named_are_still_aid(code_text):
    assert any(
        c.startswith("07") for _, _, c in _triples(code_text, "Norway sent money to help flood victims in Bangladesh.")
    )


def test_loans_received_are_no_promise_of_aid_by_the_receiver(code_text):
    assert _triples(code_text, "Jordan will receive two loans worth 90 million dollars.") == []


def test_loans_promised_to_a_country_are_still_a_promise_of_aid(code_text):
    triples = _triples(code_text, "Japan will give Jordan two loans worth 90 million dollars.")
    assert any(s.startswith("JPN") and t.startswith("JOR") and c.startswith("033") for s, t, c in triples)


def test_aid_promised_by_its_giver_to_no_one_named_is_still_coded(code_text):
    triples = _triples(code_text, "The Conservatives say they would offer cheap loans to students.")
    assert any(c.startswith("033") for _, _, c in triples)


def test_a_firms_it_is_not_read_as_the_firm(code_text):
    text = "Acme Corp, which competes with Sony of Japan, said it would sign an agreement with Sharp."
    assert not any(s.endswith("BUS") for s, _, _ in _triples(code_text, text))


def test_they_of_what_coordinated_states_say_is_each_of_them(code_text):
    text = "Russia and China said they will veto the resolution."
    assert _sources(code_text, text, "13") == {"RUS", "CHN"}


def test_they_of_what_two_states_say_they_will_do_together_is_both(code_text):
    text = "Israel and Egypt said they would reopen the border crossing."
    assert {(s[:3], t[:3]) for s, t, c in _triples(code_text, text) if c.startswith("03")} >= {("ISR", "EGY")}
