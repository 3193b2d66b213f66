"""One name, several people. A lone surname that several office holders share on the date: the
context's country chooses, and where all of them hold the same code that day, the surname is that code
("Bush" in 2005: the president and Florida's governor, USAGOV both), not a village of the same name
(Bush in Egypt). A full name of two dictionary entries: the one with a code on the date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.model import Article
from eventscribe.pipeline import Pipeline
from eventscribe.places.gazetteer import Gazetteer


def _answer(resolver: ActorResolver, text: str, date: dt.date, context: str = "") -> str:
    record = MentionRecord(id="m", text=text, context=context or None, date=date)
    return resolve_mention(resolver, record, Gazetteer.load())["code"]


def test_holders_of_one_code_answer_that_code(resolver: ActorResolver) -> None:
    day = dt.date(2005, 1, 15)
    assert len(resolver.kb.holders_by_surname("BUSH", day)) >= 2
    assert _answer(resolver, "Bush", day) == "USAGOV"
    assert _answer(resolver, "Bush", day, "In a meeting with Putin, Bush said the talks went well.") == "USAGOV"


@pytest.mark.parametrize(("text", "context", "code"), [("Howard", "British opposition leader Howard said", "GBR")])
def test_the_context_still_chooses_between_countries(resolver: ActorResolver, text, context, code) -> None:
    assert _answer(resolver, text, dt.date(2005, 1, 15), context)[:3] == code


@pytest.mark.spacy
def test_a_sentence_with_the_lone_surname_codes_the_president(pipeline: Pipeline) -> None:
    coded = pipeline.code(Article(id="a", text="Bush met Putin in Moscow on Tuesday.", date="2005-01-15"))
    pairs = {(e.source.code if e.source else "", e.target.code if e.target else "") for e in coded.events}
    assert ("USAGOV", "RUSGOV") in pairs, json.dumps(sorted(pairs))


@pytest.mark.parametrize(
    ("text", "year"),
    [("Vice President George Bush", 1987), ("President George Bush", 1990), ("President George Bush", 2004)],
)
def test_one_name_of_two_people_is_the_one_in_office_that_day(resolver: ActorResolver, text, year) -> None:
    # "PRESIDENT GEORGE BUSH" names the father's and the son's dictionary entries: the date chooses, and
    # "Vice" before the title is no unknown given name of the person
    actor = resolver.resolve_text(text, date=dt.date(year, 3, 1))
    assert actor is not None and actor.code == "USAGOV"


def test_where_the_date_does_not_choose_the_last_entry_of_a_name_still_wins(resolver: ActorResolver) -> None:
    assert resolver.resolve_text("the Islamic Group", date=dt.date(2019, 1, 1)).code == "INTREB"


@pytest.mark.parametrize(
    ("day", "code"),
    [("1987-04-01", "DEUGOV"), ("2000-06-01", "NORGOV"), ("2016-04-01", "IGOWSTNAT"), ("2026-04-01", "NORGOV")],
)
def test_a_surname_of_two_office_holders_is_whoever_holds_office_that_day(resolver: ActorResolver, day, code) -> None:
    # Gerhard Stoltenberg, West Germany's finance minister; Jens Stoltenberg, Norway's prime minister,
    # NATO's secretary general, then Norway's finance minister
    assert _answer(resolver, "Stoltenberg", dt.date.fromisoformat(day)) == code
