"""Killing and shooting by irregulars of people who do not fight is unconventional violence (CAMEO 180),
not a military engagement (19); fighting with a state's forces, and anything soldiers do, stays 19."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def _codes(events) -> set[tuple[str, str]]:
    return {(e.source.code if e.source else "", e.cameo.code) for e in events}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Suspected Algerian Islamic militants killed 16 people on Saturday.", "DZAMUSUAF"),
        ("Rebels killed five civilians in northern Uganda.", "UGAREB"),
        ("Gunmen shot dead a journalist in Manila.", "---UAF"),
    ],
)
def test_irregulars_killing_people_is_unconventional_violence(code_text, text, source):
    assert (source, "180") in _codes(code_text(text, "2004-08-15"))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed ten Ugandan soldiers in an ambush.",
        "Gunmen killed three policemen in Baghdad on Monday.",
        "Israeli soldiers shot and killed a Palestinian.",
    ],
)
def test_fighting_armed_men_and_soldiers_acts_stay_military_force(code_text, text):
    codes = {c for _, c in _codes(code_text(text, "2004-08-15"))}
    assert codes and "180" not in codes and codes & {"190", "193"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three suspected Muslim militants gunned down a Briton in the Saudi capital Riyadh on Wednesday.", "SAUREB"),
        ("Militants killed two Americans in Baghdad.", "IRQREB"),
    ],
)
def test_people_of_a_country_are_no_state_at_war(code_text, text, source):
    # "a Briton", "two Americans": people counted, not the country, so their killing is no fighting
    assert (source, "180") in _codes(code_text(text, "2004-08-15"))


def test_a_country_attacked_stays_fighting(code_text):
    codes = {c for _, c in _codes(code_text("Rebels attacked the Philippines.", "2004-08-15"))}
    assert codes and "180" not in codes
