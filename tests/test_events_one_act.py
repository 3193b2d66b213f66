"""One act, one record, of the right kind: a verdict and the prison term it brings are one act (173,
the codebook's note to 116); a firm's commerce with no political party is no event; a definite noun
that repeats the doer ("…, the group said") is the doer telling of its own act, not an accuser.
Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples, triples

from eventscribe.events.false_events import is_commerce
from eventscribe.events.records import one_judicial_act
from eventscribe.model import Actor, CameoCode, Event, Evidence


def _event(code: str, source: Actor, target: Actor | None) -> Event:
    return Event(
        event_id=code + source.code,
        article_id="a",
        sentence_index=0,
        sentence="",
        date=None,
        source=source,
        target=target,
        cameo=CameoCode(code=code, root=code[:2], name="", goldstein=0.0, quad_class=0),
        plover=None,
        location=None,
        confidence=0.9,
        evidence=Evidence(trigger="", start=0, end=0),
    )


COURT = Actor(code="KENJUD", name="", country="KEN", sectors=("JUD",))
ACTIVIST = Actor(code="KENOPP", name="", country="KEN", sectors=("OPP",))
FIRM = Actor(code="JPNBUS", name="", country="JPN", sectors=("BUS",))
OTHER_FIRM = Actor(code="KORBUS", name="", country="KOR", sectors=("BUS",))
GOVERNMENT = Actor(code="INDGOV", name="", country="IND", sectors=("GOV",))


def test_verdict_beside_its_prison_term_is_dropped():
    kept = one_judicial_act([_event("173", COURT, ACTIVIST), _event("116", COURT, ACTIVIST)])
    assert [e.cameo.code for e in kept] == ["173"]


@pytest.mark.parametrize(
    "events",
    [
        [_event("116", COURT, ACTIVIST)],  # a verdict alone stays
        [_event("173", COURT, FIRM), _event("116", COURT, ACTIVIST)],  # jailing someone else
    ],
)
def test_verdict_without_its_prison_term_stays(events):
    assert "116" in {e.cameo.code for e in one_judicial_act(events)}


@pytest.mark.parametrize(
    ("event", "commerce"),
    [
        (_event("0311", FIRM, None), True),
        (_event("057", FIRM, OTHER_FIRM), True),
        (_event("057", FIRM, GOVERNMENT), False),  # a deal with a government is political
        (_event("057", GOVERNMENT, FIRM), False),
        (_event("111", FIRM, None), False),  # not cooperation
        (_event("0311", GOVERNMENT, None), False),
    ],
)
def test_commerce_between_firms(event, commerce):
    assert is_commerce(event) is commerce


@pytest.mark.spacy
def test_court_that_jails_after_a_verdict_codes_one_act(code_text):
    events = code_text(
        "A Kenyan court sentenced an opposition activist to ten years in prison on Monday after finding him "
        "guilty of treason."
    )
    assert [c for _, _, c in code_triples(events)] == ["173"]


@pytest.mark.spacy
def test_a_verdict_alone_stays(code_text):
    assert ("KENJUD", "KENOPP", "11") in triples(
        code_text("A Kenyan court found an opposition activist guilty of treason.")
    )


@pytest.mark.spacy
def test_firm_investing_is_no_event(code_text):
    assert code_text("Toyota said it would invest 3 billion dollars in new factories over the next five years.") == ()


@pytest.mark.spacy
def test_firm_dealing_with_a_government_stays(code_text):
    assert ("JPNBUS", "INDGOV", "05") in triples(code_text("Toyota signed a deal with the Indian government."))


@pytest.mark.spacy
def test_group_telling_of_its_own_killing_is_no_accusation(code_text):
    events = code_text(
        "A Chechen rebel group linked to al-Qaeda killed two Russian soldiers in Grozny, the group said."
    )
    assert "11" not in {e.cameo.root for e in events}
    assert any(e.cameo.root in ("18", "19") and e.target and e.target.code.startswith("RUS") for e in events)


@pytest.mark.spacy
def test_another_side_telling_of_a_killing_accuses(code_text):
    events = code_text("Taliban fighters killed three American soldiers in Helmand, the US army said.")
    assert any(e.cameo.code.startswith("112") and e.source.code.startswith("USA") for e in events)


@pytest.mark.spacy
def test_the_dead_of_a_shelling_are_no_second_attack(code_text):
    events = code_text("Sudanese rebels shelled the town of Juba, killing twenty civilians.")
    assert [e.evidence.trigger for e in events if e.cameo.root in ("18", "19", "20")] == ["shelled"]


@pytest.mark.spacy
def test_an_arrest_after_a_raid_is_a_second_act(code_text):
    events = code_text("Israeli troops raided the refugee camp, arresting ten Palestinian militants.")
    assert {"19", "17"} <= {e.cameo.root for e in events}


@pytest.mark.spacy
def test_a_killing_told_alone_stays(code_text):
    # rebels killing civilians: unconventional violence (18, see events/unconventional.py)
    assert ("SDNREB", "18") in {
        (s, r) for s, _, r in triples(code_text("Sudanese rebels killed twenty civilians near Juba."))
    }


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        (
            "Dow Jones Company, the publisher of The Wall Street Journal, has agreed to buy MarketWatch, the parent"
            " company of the financial news Web site CBS MarketWatch, for approximately $519 million."
        ),
        "Toyota has agreed in principle to sell its truck business to the Indian government.",
    ],
)
def test_a_firms_deal_to_buy_or_sell_is_no_event(code_text, text):
    assert not [e for e in code_text(text, "2004-11-22") if e.cameo.root == "03"]


@pytest.mark.spacy
def test_a_firms_promise_of_another_act_stays(code_text):
    # the same frame with a political act after it: Toyota's promise to a government to build stays
    assert ("JPNBUS", "INDGOV", "03") in triples(
        code_text("Toyota agreed to build a new factory for the Indian government.", "2004-11-22")
    )


@pytest.mark.spacy
def test_a_firm_suing_a_firm_is_no_event(code_text):
    assert code_text("Microsoft sued Google over patents on Monday.", "2004-11-22") == ()


@pytest.mark.spacy
def test_a_firm_suing_a_government_stays(code_text):
    found = triples(code_text("Toyota sued the California government over its emissions rules.", "2004-11-22"))
    assert ("JPNBUS", "USAGOV", "11") in found
