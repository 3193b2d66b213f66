"""A role of unknown country ("the government", "prisoners") takes the one country its sentence names when a
partner of that country shares it: a body or people of a state's own life, or a state acting on people in
its jurisdiction (``events.sole_country``); not when the partner is a state dealing with another, an
armed group, or the people that police, courts or an army act on."""

from __future__ import annotations

import pytest

from eventscribe.events.sole_country import sole_country, with_sole_country
from eventscribe.model import Actor


def role(code: str) -> Actor:
    return Actor(code, "", "", (code,))


def test_the_one_nation_named_is_the_sole_country():
    assert sole_country(["KEN", "", "KEN", "IGO"]) == "KEN"
    assert sole_country(["KEN", "SOM"]) == ""
    assert sole_country(["---", "IGO", ""]) == ""


@pytest.mark.parametrize(
    ("actor", "partner", "act", "code"),
    [
        ("GOV", Actor("KENLEG", "Kenya", "KEN", ("LEG",)), "111", "KENGOV"),  # a parliament and its government
        ("PTY", Actor("ESPCVL", "Spain", "ESP", ("CVL",)), "111", "ESPPTY"),  # victims and their politicians
        ("CVL", Actor("PER", "Peru", "PER"), "0841", "PERCVL"),  # a state releases its own prisoners
        ("CVL", Actor("JPNGOV", "Japan", "JPN", ("GOV",)), "173", "JPNCVL"),  # arrests in its jurisdiction
    ],
)
def test_a_partner_of_a_states_own_life_lends_the_sole_country(actor, partner, act, code):
    filled = with_sole_country(role(actor), [partner], partner.country, act=act)
    assert filled is not None and filled.code == code


@pytest.mark.parametrize(
    ("actor", "partner", "act"),
    [
        ("GOV", Actor("CHN", "China", "CHN"), "051"),  # "the government thanked China"
        ("GOV", Actor("CHNGOV", "China", "CHN", ("GOV",)), "036"),  # two governments may be two states
        ("MED", Actor("EGY", "Egypt", "EGY"), "174"),  # expelled journalists are foreigners
        ("CVL", Actor("IRQREB", "Iraq", "IRQ", ("REB",)), "181"),  # hostages of militants are often foreign
        ("CRM", Actor("JPNCVL", "Japan", "JPN", ("CVL",)), "138"),  # kidnappers are not their victims'
        ("COP", Actor("COLELI", "Colombia", "COL", ("ELI",)), "173"),  # police arrest foreigners too
        ("MIL", Actor("PHLCVL", "Philippines", "PHL", ("CVL",)), "190"),  # an army fights abroad
        ("CVL", Actor("PSEREBHMS", "Hamas", "PSE", ("REB",)), "181"),  # a named group says nothing of them
        ("BUS", Actor("USABUS", "United States", "USA", ("BUS",)), "120"),  # firms deal across borders
    ],
)
def test_other_partners_lend_no_sole_country(actor, partner, act):
    assert with_sole_country(role(actor), [partner], partner.country, act=act) is None


def test_no_sole_country_lends_nothing():
    kenya = Actor("KENLEG", "Kenya", "KEN", ("LEG",))
    assert with_sole_country(role("GOV"), [kenya], "", act="111") is None


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "date", "pair"),
    [
        (
            "The Kenyan parliament criticised the government over rising food prices.",
            "2008-05-02",
            ("KENLEG", "KENGOV"),
        ),
        (
            "Leaders of the Nigerian teachers' union accused the ministry of breaking its promises.",
            "2009-10-12",
            ("NGAEDU", "NGAGOV"),
        ),
        ("Peru released 40 prisoners on Sunday.", "2001-07-29", ("PER", "PERCVL")),
    ],
)
def test_roles_take_the_one_country_of_the_sentence(code_text, text, date, pair):
    events = code_text(text, date)
    pairs = {(e.source.code, e.target.code) for e in events if e.source is not None and e.target is not None}
    assert pair in pairs, pairs


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "date", "unknown"),
    [
        ("The government thanked China for its aid.", "2004-08-15", "---GOV"),
        ("Egypt expelled two journalists on Sunday.", "2004-08-15", "---MED"),
        ("The Kenyan parliament criticised the government over Somali border raids.", "2008-05-02", None),
    ],
)
def test_a_state_partner_or_a_second_country_lends_no_sole_country(code_text, text, date, unknown):
    events = code_text(text, date)
    codes = {a.code for e in events for a in (e.source, e.target) if a is not None}
    assert events and not {"CHNGOV", "EGYMED", "KENGOV"} & codes, codes
    assert unknown is None or unknown in codes, codes
