"""Who an event is aimed at and who acts together, read off news grammar: the owner of an event noun is
the target ("protested over India's decision"), the content of a threat names what it is aimed at,
coordinated parties act on each other ("X and his Moroccan counterpart agreed"), the coordinated dead of
a battle fought each other, a "when" clause names the doer of violence told in the passive, and a
subject the parser hung on "after" is still the subject. Sentences we wrote in wire style; each family
has sentences beside it that must not give the event."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2010-05-20"


OWNED = [
    # the possessor or "by" agent of the noun an act is over, about or aimed at is its target
    ("Pakistan protested over India's decision to build a dam on the Chenab river.", "PAK", "IND", "11"),
    ("Iran protested about Britain's treatment of its diplomats.", "IRN", "GBR", "11"),
    ("Venezuela complained about Colombia's plan to host American troops.", "VEN", "COL", "11"),
    ("Kurdish rebels rejected an attempt by the Turkish government to disarm them.", "", "TURGOV", "12"),
    ("Italy welcomed Germany's decision to send troops to Lebanon.", "ITA", "DEU", "05"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), OWNED, ids=[c[0][:40] for c in OWNED])
def test_the_owner_of_an_event_noun_is_the_target(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


def test_an_owner_deeper_in_the_phrase_wins_over_a_foreign_place(code_text):
    # Nigeria is only where the talks will be held: the attempt is the Sudanese government's
    text = "Darfur rebels rejected an attempt by the Sudanese government to split them ahead of talks in Nigeria."
    triples = code_triples(code_text(text, DATE))
    assert any(t.startswith("SDNGOV") and c.startswith("12") for _, t, c in triples), triples
    assert not any(t.startswith("NGA") for _, t, _ in triples), triples


def test_a_protest_over_a_thing_has_no_owner_target(code_text):
    # nobody owns fuel prices: the farmers' protest is aimed at their government, as CAMEO codes it
    triples = code_triples(code_text("Farmers protested over fuel prices in Paris on Monday.", DATE))
    assert triples and all(t in ("", "FRAGOV") for _, t, _ in triples), triples


def test_ones_own_decision_is_no_target(code_text):
    triples = code_triples(code_text("The minister defended his decision to close the embassy.", DATE))
    assert all(s != t for s, t, _ in triples), triples


THREATS = [
    ("Hamas renewed its threats to fire rockets at Israeli towns.", "PSEREBHMS", "ISR", "13"),
    ("North Korea repeated its threat to attack South Korea.", "PRK", "KOR", "13"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), THREATS, ids=[c[0][:40] for c in THREATS])
def test_the_content_of_a_threat_names_its_target(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


def test_a_threatened_act_is_not_coded_as_done(code_text):
    # "renewed its threats to fire rockets": the rockets are threatened, not fired
    triples = code_triples(code_text("Hamas renewed its threats to fire rockets at Israeli towns.", DATE))
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in triples), triples


PAIRS = [
    (
        "The Spanish foreign minister and his Moroccan counterpart agreed to reopen the border.",
        "ESPGOV",
        "MARGOV",
        "03",
    ),
    ("Mr Lavrov and his Chinese counterpart signed a border treaty in Moscow.", "RUSGOV", "CHNGOV", "057"),
]


@pytest.mark.parametrize(("text", "first", "second", "code"), PAIRS, ids=[c[0][:40] for c in PAIRS])
def test_a_counterpart_and_the_minister_act_on_each_other(code_text, text, first, second, code):
    events = code_text(text, DATE)
    assert has_event(events, first, second, code) and has_event(events, second, first, code), code_triples(events)


def test_a_companion_who_names_no_country_is_no_counterpart(code_text):
    triples = code_triples(code_text("Mr Straw and his wife visited Madrid on Monday.", "2004-10-01"))
    assert ("GBRGOV", "ESPGOV", "042") in triples, triples
    assert not any(s.startswith("ESP") for s, _, _ in triples), triples


BATTLES = [
    "Six soldiers and four militants died in fierce fighting in Helmand province.",
    "Two soldiers and three rebels were killed in a clash in Kashmir on Sunday.",
]


@pytest.mark.parametrize("text", BATTLES)
def test_the_coordinated_dead_of_a_battle_fought_each_other(code_text, text):
    # (the roles, without the country, which only the place gives one side of)
    triples = [(s[3:], t[3:]) for s, t, c in code_triples(code_text(text, DATE)) if c.startswith("19")]
    assert len(triples) == 2 and triples[0] == triples[1][::-1], triples
    assert all(s and t and s != t for s, t in triples), triples


@pytest.mark.parametrize(
    "text", ["Four people died in a battle of the bands in London.", "Two soldiers died in a car crash near Kabul."]
)
def test_a_contest_or_a_crash_is_no_battle(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in triples), triples


def test_a_when_clause_names_the_doer_of_a_passive_killing(code_text):
    text = "Three policemen were killed when Taliban fighters attacked a checkpoint in Kandahar."
    events = code_text(text, DATE)
    assert has_event(events, "AFGREB", "AFGCOP", "19"), code_triples(events)


def test_a_when_clause_of_an_accident_names_no_doer(code_text):
    triples = code_triples(code_text("Three policemen were killed when their car hit a tree in Kandahar.", DATE))
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in triples), triples


def test_a_subject_the_parser_hung_on_after_is_the_subject(code_text):
    # spaCy reads "after [Colombia]" as a preposition's object; the bombing is Colombia's, not Ecuador's
    text = "Ecuador expelled the Colombian ambassador after Colombia bombed a rebel camp inside its territory."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "COL" and c.startswith("19") for s, _, c in triples), triples
    assert not any(s.startswith("ECU") and c[:2] in ("18", "19") for s, _, c in triples), triples


def test_an_object_the_parser_stranded_after_to_is_the_recipient(code_text):
    # spaCy reads "five Panamanian army officers" as the subject of "holed up", leaving "to" bare
    text = "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a diplomatic residence."
    events = code_text(text, DATE)
    assert has_event(events, "PER", "PANMIL", "07"), code_triples(events)


def test_a_subject_after_a_bare_preposition_is_no_recipient(code_text):
    # "to" has its own object here: the soldiers who stayed are no recipient of the aid
    text = "Japan sent aid to Haiti as soldiers from Brazil remained in the capital."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "JPN" and t.startswith("HTI") and c.startswith("07") for s, t, c in triples), triples
    assert not any(t.startswith("BRA") for _, t, _ in triples), triples


def test_parties_agreeing_to_joint_efforts_act_on_each_other(code_text):
    events = code_text("Egypt and Jordan agreed to launch a joint initiative to revive peace talks.", DATE)
    assert has_event(events, "EGY", "JOR", "03") and has_event(events, "JOR", "EGY", "03"), code_triples(events)


MANDATES = [
    ("The European Union sent a team to investigate the killings in Kosovo.", "IGOEU", "KSV"),
    ("Kenya formed a commission to probe police killings.", "KEN", ""),
]


@pytest.mark.parametrize(("text", "source", "target"), MANDATES, ids=[c[0][:40] for c in MANDATES])
def test_a_body_set_up_or_sent_to_investigate_is_an_investigation(code_text, text, source, target):
    events = code_text(text, DATE)
    assert has_event(events, source, target, "09"), code_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        # a body only demanded, and a measure only proposed, do nothing yet
        "The Kenyan opposition demanded a commission to investigate the election.",
        "A resolution to impose sanctions on Iran was rejected by Russia.",
    ],
)
def test_a_demanded_body_or_a_proposal_is_no_act(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c[:2] in ("09", "16") for _, _, c in triples), triples


def test_where_two_leaders_sign_is_no_party_to_the_treaty(code_text):
    triples = code_triples(code_text("Mr Blair and Mr Chirac signed the treaty in Rome.", "2004-10-01"))
    assert ("GBRGOV", "FRAGOV", "057") in triples and ("FRAGOV", "GBRGOV", "057") in triples, triples
    assert not any(t.startswith("ITA") for _, t, _ in triples), triples


def test_two_senders_do_not_send_to_each_other(code_text):
    triples = code_triples(code_text("Britain and France sent aid to Haiti.", DATE))
    assert ("GBR", "HTI", "070") in triples and ("FRA", "HTI", "070") in triples, triples
    assert not any({s, t} == {"GBR", "FRA"} for s, t, _ in triples), triples
