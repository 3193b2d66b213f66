"""A lone surname that several office holders share on the date: the context's country chooses, and
where all of them hold the same code that day, the surname is that code ("Bush" in 2005: the president
and Florida's governor, USAGOV both), not a village of the same name (Bush in Egypt)."""

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
