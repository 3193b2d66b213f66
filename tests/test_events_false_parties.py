"""Fewer false events and fewer wrong parties: a place in the name of a treaty is no party, one word
tells one act on one dyad, a country named inside another mention of it counts once, and a warning of
a danger that no one brings about is no threat. Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

from eventscribe.events.records import APPRAISAL, one_act_per_trigger, public_extra
from eventscribe.model import Actor, CameoCode, Event, Evidence

SENATOR = Actor(code="USALEG", name="", country="USA", sectors=("LEG",))
PARTY = Actor(code="USAPTY", name="", country="USA", sectors=("PTY",))
VOTERS = Actor(code="USACVL", name="", country="USA", sectors=("CVL",))


def _event(code: str, target: Actor | None, *, span: tuple[int, int] = (10, 19), score: float = 0.8, **extra) -> Event:
    return Event(
        event_id=f"{code}{span}",
        article_id="a",
        sentence_index=0,
        sentence="",
        date=None,
        source=SENATOR,
        target=target,
        cameo=CameoCode(code=code, root=code[:2], name="", goldstein=0.0, quad_class=0),
        plover=None,
        location=None,
        confidence=0.5,
        evidence=Evidence(trigger="", start=0, end=0, trigger_start=span[0], trigger_end=span[1]),
        extra={"score": score, **extra},
    )


def test_one_word_on_one_dyad_keeps_one_act_the_best_scored():
    kept = one_act_per_trigger([_event("120", PARTY, score=0.8), _event("112", PARTY, score=0.6)])
    assert [e.cameo.code for e in kept] == ["120"]


def test_the_appraisal_of_a_word_is_preferred_to_its_bare_reading():
    kept = one_act_per_trigger([_event("120", PARTY, score=0.9), _event("111", PARTY, score=0.5, **{APPRAISAL: True})])
    assert [e.cameo.code for e in kept] == ["111"]


@pytest.mark.parametrize(
    "events",
    [
        [_event("120", PARTY), _event("111", PARTY, span=(30, 38))],  # two words: two acts
        [_event("120", PARTY), _event("111", VOTERS)],  # one word, two parties
        [_event("120", PARTY), _event("111", None)],
    ],
)
def test_other_words_or_other_parties_stay(events):
    assert len(one_act_per_trigger(events)) == 2


def test_the_appraisal_mark_stays_inside():
    assert APPRAISAL not in public_extra({"rule": "x", APPRAISAL: True, "score": 0.4})


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Canada ratified the Kyoto Protocol on Tuesday.", "JPN"),
        ("The rebels rejected the Oslo accords.", "NOR"),
        ("Serbia said it had respected the Geneva Conventions.", "CHE"),
    ],
)
def test_a_place_in_a_treaty_name_is_no_party(code_text, text, country):
    assert not any(country in (s[:3], t[:3]) for s, t, _ in code_triples(code_text(text)))


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile rejected the Peru border treaty.", "CHL", "PER"),
        ("Japan condemned the China trade pact.", "JPN", "CHN"),
    ],
)
def test_a_country_named_in_a_treaty_name_is_its_party(code_text, text, source, target):
    assert any(s == source and t.startswith(target) for s, t, _ in code_triples(code_text(text)))


@pytest.mark.spacy
def test_an_organisation_in_a_document_name_stays_and_a_party_beside_a_treaty_too(code_text):
    assert any(
        t.startswith("IGO") for _, t, _ in code_triples(code_text("Syria violated the UN Charter, Britain said."))
    )
    events = code_text("Egypt signed a peace treaty with Israel in Washington.")
    assert any(s == "EGY" and t.startswith("ISR") for s, t, _ in code_triples(events))


@pytest.mark.spacy
def test_the_ruler_of_a_former_colony_is_no_party(code_text):
    events = code_text("Rebels shelled the capital of the former French colony on Sunday, killing twelve people.")
    assert not any("FRA" in (s[:3], t[:3]) for s, t, _ in code_triples(events))
    kept = code_text("French troops shelled rebel positions in the former colony on Sunday.")
    assert any(s.startswith("FRA") for s, _, _ in code_triples(kept))


@pytest.mark.spacy
def test_a_country_named_inside_a_victims_mention_counts_once(code_text):
    # the police of one state arrest one of their own soldiers for an act against a foreign family: the
    # family's country, named once ("the father of a Lebanese boy"), is not the article's main country
    events = code_text("Israeli military police arrested a soldier suspected of beating the father of a Lebanese boy.")
    assert ("ISRMILCOP", "ISRMIL", "173") in {(s, t, c[:3]) for s, t, c in code_triples(events)}


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "The agency warned the committee that the drought could ruin the harvest.",
        "The central bank warned parliament that inflation might climb further next year.",
    ],
)
def test_a_warning_of_a_danger_with_no_doer_is_no_threat(code_text, text):
    assert not [c for _, _, c in code_triples(code_text(text)) if c.startswith("13")]


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "Russia warned Ukraine that it would pay a heavy price.",
        "The army warned villagers that the fighting could spread.",
        "The president warned Iran on Monday.",
    ],
)
def test_a_warning_with_a_doer_or_a_hostile_act_stays_a_threat(code_text, text):
    assert [c for _, _, c in code_triples(code_text(text)) if c.startswith("13")]


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "North Korea agreed to return to the six-party talks.",
        "China hosted the four-party talks on Korea.",
        "Kenyan MPs formed a cross-party group to question the minister.",
    ],
)
def test_a_count_of_sides_is_no_party(code_text, text):
    """'six-party talks' says how many sides there are; it names no political party (---PTY)."""
    assert not any("PTY" in (s[3:], t[3:]) for s, t, _ in code_triples(code_text(text)))


@pytest.mark.spacy
def test_a_party_named_beside_a_count_stays(code_text):
    triples = code_triples(code_text("Kenya's ruling party criticised the two-party system."))
    assert any(s.startswith("KEN") for s, _, _ in triples), triples
