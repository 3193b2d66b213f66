"""Parties and acts read from the clause's own words: the party of a "with" phrase on an act's object is
its partner, whatever its country; a call for a party to be acted on, and a call "upon" one, is aimed at
it. And acts that are none: voting in an election, an operation that is not military, agreeing that
something is so, figures of speech of force, a defendant's plea."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def triples(events):
    return {(e.source.code, e.cameo.root, e.target.code) for e in events if e.source and e.target}


def test_a_talk_partner_of_the_same_country_is_the_target(code_text):
    text = (
        "Israel's opposition Labour party began talks with Prime Minister Ariel Sharon's Likud party yesterday"
        " about joining its coalition - a partnership that would provide a parliamentary majority for"
        " Sharon's plan to withdraw from Gaza."
    )
    found = triples(code_text(text, "2004-11-01"))
    assert ("ISROPP", "04", "ISRPTY") in found
    assert not {t for t in found if t[2] == "PSE"}  # Gaza is where the plan withdraws from


def test_coordinated_talk_partners_are_each_a_target(code_text):
    text = "Afghan militants holding three U.N. workers hostage began talks with the government and the United Nations."
    found = triples(code_text(text, "2004-11-01"))
    assert "IGOUNO" in {t[2] for t in found if t[1] == "04"}


def test_a_foreign_party_inside_the_object_is_still_found(code_text):
    found = triples(code_text("The United States demanded sanctions on Iran and Syria.", "2004-11-01"))
    assert {("USA", "10", "IRN"), ("USA", "10", "SYR")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Troops of Pakistani para-military force check Afghan refugee voters before they enter in polling"
        " station to vote in Afghanistan's presidential election.",
        "Finns cast their final votes in two-day general elections today.",
        "Venezuelans voted in a referendum on Sunday.",
    ],
)
def test_voting_in_an_election_is_no_act(code_text, text):
    assert not [e for e in code_text(text, "2004-10-01") if e.cameo.root in ("03", "01")]


@pytest.mark.parametrize(
    "text",
    [
        "Margaret Hassan, the director of CARE International's operation in Iraq, is seen in this image.",
        "Bill Clinton underwent a successful quadruple heart bypass operation Monday.",
    ],
)
def test_an_operation_that_is_not_military_is_no_force(code_text, text):
    assert not [e for e in code_text(text, "2004-10-01") if e.cameo.root == "19"]


def test_a_military_operation_and_a_launched_one_are_force(code_text):
    found = triples(code_text("Israel launched an operation against Hamas in Gaza.", "2004-10-01"))
    assert ("ISR", "19", "PSEREBHMS") in found
    found = triples(code_text("Russian forces began a military operation in Chechnya.", "2004-10-01"))
    assert ("RUSMIL", "19", "RUS") in found


def test_a_call_for_a_party_to_be_acted_on_is_aimed_at_it(code_text):
    events = code_text("The United Nations called for the prisoners to be released.", "2004-11-01")
    assert {e.cameo.root for e in events if e.source and e.source.code == "IGOUNO" and e.target} & {"02", "10"}


def test_upon_is_on(code_text):
    events = code_text("Iran called upon the United Nations to condemn Iraq.", "1987-11-01")
    assert ("IRN", "02", "IGOUNO") in triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Finance Minister Chung In-yong and Bank of Korea Governor Park Sung-sang agreed that the stock market was over-heated.",
        "The EC Cereals Management Committee agreed in Brussels today that 300,000 tonnes of wheat would be made available.",
    ],
)
def test_agreeing_that_something_is_so_is_no_intent_to_cooperate(code_text, text):
    assert not [e for e in code_text(text, "1987-03-01") if e.cameo.code == "030"]


def test_two_countries_agreeing_that_a_thing_will_be_done_still_cooperate(code_text):
    events = code_text("Iran and Iraq agreed that a ceasefire would take effect on Monday.", "1987-03-01")
    assert ("IRN", "03", "IRQ") in triples(events)
    assert ("IRN", "03", "CAN") in triples(code_text("Iran agreed to buy wheat from Canada.", "1987-03-01"))


@pytest.mark.parametrize(
    "text",
    [
        "President Bush is getting in another meeting with a foreign leader before hitting the road to Pennsylvania.",
        "Australian Prime Minister John Howard was fighting to maintain his credibility after the transcripts came out.",
    ],
)
def test_figures_of_speech_of_force_are_no_force(code_text, text):
    assert not [e for e in code_text(text, "2004-11-01") if e.cameo.root == "19"]


def test_troops_that_fight_to_take_a_city_fight(code_text):
    events = code_text("Iraqi troops fought to retake the city from the rebels.", "2004-11-01")
    assert [e for e in events if e.cameo.root == "19"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Pitcairn Island has changed his plea to guilty and faces sentencing.",
        "The former minister entered a plea of not guilty in the Paris court.",
    ],
)
def test_a_plea_in_court_is_no_appeal(code_text, text):
    assert not [e for e in code_text(text, "2004-11-01") if e.cameo.root == "02"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the "with" the parser hung beside "in talks", on the verb of the discussed need
        (
            "French Finance Minister Edouard Balladur discussed the need to control public spending in talks"
            " here today with British Chancellor of the Exchequer Nigel Lawson, a Treasury spokesman said.",
            "1987-04-01",
            ("FRAGOV", "04", "GBRGOV"),
        ),
        # "is engaged in": the subject is doing it, whatever the passive form says
        ("Iraq is engaged in talks with Iran on the border.", "2004-11-01", ("IRQ", "04", "IRN")),
        ("Barack Obama has chatted by phone with President Bush.", "2004-11-05", ("USAELI", "04", "USAGOV")),
        # the "with" hung on the telephone
        (
            "President Garcia had recently spoken by telephone with Mexican President Miguel de la Madrid.",
            "1987-04-01",
            ("PERGOV", "04", "MEXGOV"),
        ),
        (
            "Russia has begun making overtures to Japan to end the territorial dispute.",
            "2004-11-01",
            ("RUS", "03", "JPN"),
        ),
    ],
)
def test_talks_and_overtures_the_parse_hides(code_text, text, date, expected):
    assert expected in triples(code_text(text, date))


def test_one_engaged_by_another_is_still_the_patient(code_text):
    found = triples(code_text("The rebels were engaged by Nigerian troops near the border.", "2004-11-01"))
    assert not [t for t in found if t[0].endswith("REB") and t[2].startswith("NGA")], found
