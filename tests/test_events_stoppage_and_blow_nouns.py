"""Strikes and boycotts told by a noun that is the subject of what it did ("a strike by dock workers
entered its third day"), and the strikes, blows and shots that must give no stoppage. Sentences we
wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2010-05-20"

STOPPAGES = [
    ("A strike by Nigerian oil workers entered its third day on Wednesday.", "NGALAB"),
    ("A two-day strike by Kenyan dock workers shut the port of Mombasa.", "KENLAB"),
    ("A walkout by Canadian postal workers halted mail deliveries across the country.", "CANLAB"),
    ("An indefinite strike by Indian truckers has disrupted supplies of vegetables.", "IND"),
]


@pytest.mark.parametrize(("text", "source"), STOPPAGES, ids=[c[0][:40] for c in STOPPAGES])
def test_a_stoppage_noun_with_its_doer_is_a_strike(code_text, text, source):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and c.startswith("143") for s, _, c in triples), triples


NO_STOPPAGE = [
    # a hypothetical or looming strike has not happened
    "A strike by South African miners would hurt the economy.",
    "A strike by French rail workers looms.",
    "A strike by Nigerian oil workers could cut exports.",
    # a blow, a natural strike, a sports strike
    "Lightning strike kills three farmers in Bangladesh.",
    "An Israeli air strike hit a house in Gaza.",
    "Messi's strike gave Barcelona the lead.",
    "The striker scored twice for Barcelona.",
    # a strike only talked of
    "Greek lawmakers debated the right to strike.",
    "The strike by South African miners did not end.",
]


@pytest.mark.parametrize("text", NO_STOPPAGE, ids=[c[:40] for c in NO_STOPPAGE])
def test_no_stoppage_is_coded(code_text, text):
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("143") for _, _, c in triples), triples


def test_a_stoppage_noun_needs_a_doer(code_text):
    # no one named who struck: the noun alone is not coded as anyone's strike
    triples = code_triples(code_text("The strike entered its third day on Wednesday.", DATE))
    assert not any(c.startswith("143") for _, _, c in triples), triples


def test_a_boycott_that_forced_a_party_keeps_its_target(code_text):
    triples = code_triples(code_text("An opposition boycott has forced the Kenyan government to delay the vote.", DATE))
    assert any(s.endswith("OPP") and t.startswith("KENGOV") and c.startswith("143") for s, t, c in triples), triples


def test_stoppage_reader_unit():
    """The reader itself, on a hand-built parse: a doer's "by" phrase gives the source, no target."""
    from eventscribe.events.stoppages import stoppage_clause
    from eventscribe.model import Sentence, Token

    words = [
        ("A", "a", "DET", "det", 1), ("strike", "strike", "NOUN", "nsubj", 5), ("by", "by", "ADP", "prep", 1),
        ("miners", "miner", "NOUN", "pobj", 2), ("has", "have", "AUX", "aux", 5), ("ended", "end", "VERB", "ROOT", 5),
    ]  # fmt: skip
    tokens = tuple(
        Token(i=i, text=w, lemma=lem, pos=pos, tag="VBN" if pos == "VERB" else "NN", dep=dep, head=h, idx=0)
        for i, (w, lem, pos, dep, h) in enumerate(words)
    )
    sentence = Sentence(index=0, text="A strike by miners has ended", start=0, end=28, tokens=tokens)
    kids = [sentence.children(i) for i in range(len(tokens))]
    clause = stoppage_clause(sentence, tokens[1], kids)
    assert clause is not None and clause.sources == (3,) and clause.targets == ()
    assert stoppage_clause(sentence, tokens[3], kids) is None  # "miners" is no stoppage noun


def test_a_general_strike_in_a_country_is_its_peoples(code_text):
    # no doer named but the kind of strike: the people of the place struck, against their government
    triples = code_triples(code_text("A general strike in Nepal entered its third day on Wednesday.", DATE))
    assert any(s.startswith("NPL") and t.startswith("NPLGOV") and c.startswith("143") for s, t, c in triples), triples


def test_a_boycott_of_a_thing_is_the_doers_protest(code_text):
    # "the vote" is no party: the boycott is aimed at the doers' own government
    text = "The Kenyan opposition's boycott of the vote left parliament without a quorum."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "KENOPP" and c.startswith("143") for s, _, c in triples), triples


def test_a_boycott_of_owned_goods_keeps_the_owner(code_text):
    triples = code_triples(code_text("The Palestinian boycott of Israeli goods hurt exporters.", DATE))
    assert any(s.startswith("PSE") and t.startswith("ISR") and c.startswith("143") for s, t, c in triples), triples


BLOWS = [
    ("Israeli strikes on Gaza killed 20 people.", "ISR"),
    ("A U.S. strike on a Syrian air base destroyed six jets.", "USA"),
    ("An Israeli strike killed two militants in Gaza.", "ISR"),
]


@pytest.mark.parametrize(("text", "source"), BLOWS, ids=[c[0][:40] for c in BLOWS])
def test_a_strike_aimed_at_a_place_or_that_kills_is_force(code_text, text, source):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and c.startswith("19") for s, _, c in triples), triples
    assert not any(c.startswith("143") for _, _, c in triples), triples


def test_a_workers_strike_against_a_party_stays_a_stoppage(code_text):
    triples = code_triples(
        code_text("A strike by Kenyan nurses against the health ministry entered its third day.", DATE)
    )
    assert any(s.startswith("KEN") and c.startswith("143") for s, _, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_a_day_after_on_is_no_target_of_a_strike(code_text):
    # "on Monday" is when, not what: a workers' strike stays a stoppage with its doers
    triples = code_triples(code_text("A strike by Nigerian oil workers on Monday shut the port.", DATE))
    assert any(s == "NGALAB" and c.startswith("143") for s, _, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


def test_an_opposition_strike_against_the_government_is_a_stoppage(code_text):
    text = "The Bangladeshi opposition's strike against the government shut Dhaka."
    triples = code_triples(code_text(text, DATE))
    assert any(s == "BGDOPP" and t.startswith("BGDGOV") and c.startswith("143") for s, t, c in triples), triples
    assert not any(c.startswith("19") for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Belgian rail strike hits Eurostar services to London.",
        "A French air traffic control strike hit flights across Europe on Tuesday.",
        "A transport strike against the Greek government's austerity plan hit Athens.",
    ],
)
def test_a_stoppage_that_hits_services_or_opposes_a_policy_is_no_blow(code_text, text):
    """A rail strike "hits" services and a strike "against" a plan opposes it: no military strike (190)."""
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("19") for _, _, c in triples), triples
