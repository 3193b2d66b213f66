"""Parse-level behaviour of the coder on real sentences: voice, negation, speech, compounds, dates."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops attacked Hamas fighters in Gaza.", ("ISRMIL", "PSEREBHMS", "19")),
        ("Hamas fighters were attacked by Israeli troops in Gaza.", ("ISRMIL", "PSEREBHMS", "19")),
        ("Iraqi police arrested three Syrian rebels on Monday.", ("IRQCOP", "SYRREB", "17")),
        ("Three Syrian rebels were arrested by Iraqi police on Monday.", ("IRQCOP", "SYRREB", "17")),
    ],
)
def test_active_and_passive_clauses_give_the_same_event(code_text, text, expected):
    assert expected in triples(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops did not attack Hamas fighters in Gaza.",
        "Israeli troops never attacked Hamas fighters.",
        "The deal would allow Iran to attack Israel.",
        "If Israel attacks Iran, the region will burn.",
        "Will Russia invade Ukraine?",
    ],
)
def test_negated_hypothetical_conditional_and_questions_give_no_event(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.root in ("19", "18", "17")]


def test_reported_attack_by_another_side_is_an_accusation(code_text):
    events = code_text("Iran's foreign minister said on Tuesday that Israel had attacked Syria.")
    assert ("IRNGOV", "ISR", "11") in triples(events)
    assert not [t for t in triples(events) if t[2] == "19"]


def test_reported_speech_from_a_non_actor_keeps_the_event(code_text):
    events = code_text("Israeli troops attacked Hamas fighters in Gaza, witnesses said.")
    assert ("ISRMIL", "PSEREBHMS", "19") in triples(events)


def test_a_demand_targets_whom_it_asks_to_act(code_text):
    events = code_text("The United States demanded that Syria withdraw its troops from Lebanon.")
    assert any(t[0] == "USA" and t[1] == "SYR" and t[2] == "10" for t in triples(events))
    assert not [t for t in triples(events) if t[0] == "SYR"]


def test_a_promised_act_is_an_intention(code_text):
    events = code_text("Britain pledged to send military aid to Mozambique.")
    assert any(t[0] == "GBR" and t[1] == "MOZ" and t[2] == "03" for t in triples(events))


def test_warning_against_a_country_is_disapproval(code_text):
    events = code_text("Prime Minister Binyamin Netanyahu on Thursday warned against Iran.")
    found = {t for t in triples(events) if t[1] == "IRN"}
    assert found and {t[2] for t in found} <= {"11", "13"}


def test_compound_subjects_give_one_event_per_actor(code_text):
    events = code_text("France and Germany condemned Russia on Monday.")
    sources = {t[0][:3] for t in triples(events) if t[1].startswith("RUS") and t[2] == "11"}
    assert sources == {"FRA", "DEU"}


def test_compound_objects_give_one_event_per_actor(code_text):
    events = code_text("The United States imposed sanctions on Iran and Syria.")
    targets = {t[1][:3] for t in triples(events) if t[0].startswith("USA")}
    assert {"IRN", "SYR"} <= targets


def test_calling_on_an_actor_to_act_is_an_appeal(code_text):
    events = code_text("Hamas leader Khaled Mashaal called on Egypt to open the border.")
    assert any(t[0] == "PSEREBHMS" and t[1].startswith("EGY") and t[2] == "02" for t in triples(events))


def test_a_letter_to_an_actor_targets_the_recipient(code_text):
    events = code_text("Khaled Mashaal sent a letter to Iranian President Hassan Rouhani, calling on him to help.")
    assert any(t[1] == "IRNGOV" for t in triples(events))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Israeli troops attacked Hamas fighters on Monday.", "2014-06-23"),
        ("Israeli troops attacked Hamas fighters on Thursday.", "2014-06-26"),
        ("Israeli troops attacked Hamas fighters last month.", "2014-05-01"),
        ("Israeli troops attacked Hamas fighters.", "2014-06-26"),
    ],
)
def test_relative_dates_resolve_against_the_article_date(code_text, text, date):
    events = [e for e in code_text(text, "2014-06-26") if e.cameo.root == "19"]
    assert events and events[0].date.isoformat() == date


def test_rouhani_is_government_only_from_2013(code_text):
    before = code_text("Rouhani criticized Israel.", "2010-05-05")
    after = code_text("Rouhani criticized Israel.", "2014-05-05")
    assert not any(t[0] == "IRNGOV" for t in triples(before))
    assert any(t[0] == "IRNGOV" for t in triples(after))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli air strikes on Gaza killed 20 people on Monday.", ("ISR", "PSE", "19")),
        ("Russia's invasion of Ukraine began in 2022.", ("RUS", "UKR", "19")),
        ("Talks between Iran and France resumed in Geneva.", ("IRN", "FRA", "04")),
    ],
)
def test_events_named_by_a_noun_are_coded(code_text, text, expected):
    assert expected in {(s[:3], t[:3], root) for s, t, root in triples(code_text(text))}


@pytest.mark.parametrize(
    "text",
    ["A possible Israeli attack on Iran worries Washington.", "Officials discussed a planned Russian attack on Kyiv."],
)
def test_events_only_possible_are_not_coded(code_text, text):
    assert not [t for t in triples(code_text(text)) if t[2] == "19"]


def test_affiliation_compounds_do_not_give_nationality(code_text):
    events = code_text("Iranian-backed Houthi rebels attacked a commercial ship in the Red Sea.", "2024-01-10")
    assert not [t for t in triples(events) if t[0].startswith("IRN")]


def test_role_words_take_the_country_the_article_is_about(pipeline):
    import datetime as dt

    from eventscribe.model import Article

    text = (
        "Kenya's parliament debated the budget in Nairobi. Kenyan opposition leaders walked out.\n\n"
        "Police arrested three protesters outside the parliament on Monday."
    )
    coded = pipeline.code(Article(id="k", text=text, date=dt.date(2024, 6, 26)))
    assert any(e.source.code == "KENCOP" and e.cameo.root == "17" for e in coded.events)


def test_statements_to_the_media_are_not_events(code_text):
    events = code_text("Iranian President Hassan Rouhani told the BBC that talks would continue.")
    assert not [e for e in events if e.target and "MED" in e.target.sectors]


def test_violence_from_a_place_told_by_the_target_is_an_accusation(code_text):
    events = code_text("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert any(t[0] == "ISR" and t[1].startswith("PSE") and t[2] == "11" for t in triples(events))


def test_a_promised_hostile_act_is_coded_as_the_act(code_text):
    events = code_text("Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood.")
    assert any(t[0] == "QAT" and t[1].startswith("EGY") and t[2] == "17" for t in triples(events))


def test_wanting_a_hostile_act_is_a_threat(code_text):
    events = code_text("Obama wants to attack Switzerland.", "2012-01-01")
    assert ("USAGOV", "CHE", "13") in triples(events)


def test_verbs_with_a_re_prefix_read_as_their_stem(code_text):
    events = code_text("Israel reimposed a blockade on Gaza on Friday.")
    assert any(t[0] == "ISR" and t[1].startswith("PSE") and t[2] in ("16", "17", "19") for t in triples(events))


def test_talks_with_a_party_are_mutual(code_text):
    events = code_text("The US commander held talks with Lebanese President Michel Suleiman in Beirut.", "2008-08-06")
    pairs = {(t[0][:3], t[1][:3]) for t in triples(events) if t[2] == "04"}
    assert {("USA", "LBN"), ("LBN", "USA")} <= pairs


def test_wanting_to_re_examine_codes_the_examination(code_text):
    events = code_text("The United Nations inspectors want to re-examine the refineries in Iran.")
    assert ("IGOUNO", "IRN", "09") in triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "KABUL (Reuters) - The United States has brokered a cease-fire between rival militias.",
        "BAGHDAD, Iraq - Delegates called on radical cleric Muqtada al-Sadr to pull out of Najaf.",
        "GAZA CITY, Gaza Strip - Israeli troops attacked Hamas fighters on Monday.",
        "GAZA CITY - Israeli troops attacked Hamas fighters on Monday.",
    ],
)
def test_a_wire_dateline_is_where_the_story_was_filed_not_an_actor(code_text, text):
    events = code_text(text, "2004-08-16")
    assert events and not [e for e in events if e.source and e.source.text in ("KABUL", "BAGHDAD", "Reuters")]
    assert not [e for e in events if e.source and "GAZA" in e.source.text]
    if "troops" in text:
        assert ("ISRMIL", "PSEREBHMS", "19") in triples(events)


def test_a_game_is_not_violence(code_text):
    events = code_text("Argentina defeated the United States basketball team 89-81 in the Olympic semi-finals.")
    assert not [t for t in triples(events) if t[2] in ("18", "19", "20")]


def test_every_actor_has_a_country_or_is_marked_unknown(code_text):
    events = code_text("US forces and Shiite militiamen battled on Saturday in the capital.")
    for event in events:
        for actor in (event.source, event.target):
            assert len(actor.country) == 3 or actor.code.startswith("---"), actor


def test_the_same_act_on_two_days_is_two_events(code_text):
    events = code_text(
        "Israeli forces attacked Hamas in Gaza on Monday. On Thursday, Israeli forces attacked Hamas in Rafah."
    )
    dates = sorted(e.date.isoformat() for e in events if e.cameo.root == "19")
    assert dates == ["2014-06-23", "2014-06-26"]
