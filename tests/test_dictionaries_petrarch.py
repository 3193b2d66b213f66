"""PETRARCH unit-test sentences coded through the imported PETRARCH validation dictionaries only.

Needs ../shared (skips without it) and the spaCy model. The records are a handful from the suite's
``dev`` half whose expected codes are all CAMEO; the expected events come from the gold file.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import shared_path

from eventscribe import Article, Pipeline
from eventscribe.dictionaries import import_legacy, write_import

pytestmark = pytest.mark.spacy

#: One record per mechanism: a bare verb and an object pattern, a role word joined to an actor, a
#: dated role, a synonym, a paired code (a visit and its reception), a compound subject, a discard,
#: words before the verb for a compound subject ("% HAVE *": "Gondor and Osgiliath have delayed"), an
#: object of an infinitive ("vowed to wage war"), a pattern's preposition holding the target ("clashed
#: over the efforts of"), the first actor after the verb ("allow that Mordor ..."), a pattern for a
#: compound subject ("% * [030:030]": "A and B agree"), a word right before the verb ("RECENTLY_*" does
#: not match "recently did allow"), object words anywhere after the verb ("* THE_NEATEST_PLACE"), an entry
#: naming several actors at once ("THE_SHIRE [FRO/BIL/SAM]"); the subject of a passive clause as the
#: source, alone and with words before the verb ("HEAVILY UNJUSTLY *"); a pattern's source and target
#: ("+ HOSTING * MAY_DAY $") and actors skipped ("* IFTAR AT ^ ^ +"); a verb's written forms
#: ("{+CORDONED_OFF}"); a negation pattern on a verb written as two words ("WIRE_+TAP", "WILL NOT *"); the
#: longest actor phrase ("the Gondor main opposition group"); an actor in the first words of a phrase
#: ("The K.U. basketball team"); a pattern's preposition under the object ("warned their populations
#: about"); "former" as an elite (the second record named AGENTS-18: ids repeat, "/2" picks it).
RECORDS = (
    "DEMO-00", "AGENT-01", "DATE-01", "DEMO-17", "COMPOUND-01", "DISCARD-03", "DEMO-19", "DEMO-26", "DEMO-14",
    "SYNSET-12", "PATTERN-18", "COMPOUND-39", "PATTERN-16", "PATTERN-17", "COMPOUND-10",
    "PATTERN-29", "PATTERN-30", "PATTERN-22", "PATTERN-25", "DEMO-29", "DEMO-31", "AGENT-04", "ACTOR-07",
    "COMPOUND-21", "AGENTS-18/2",
)  # fmt: skip


@pytest.fixture(scope="module")
def validation(tmp_path_factory):
    base = shared_path("data", "dictionaries", "petrarch_validation")
    gold = shared_path("gold", "petrarch_unit_tests_fictional.jsonl")
    out = tmp_path_factory.mktemp("petrarch")
    result = import_legacy(
        actors=[base / "PETR.Validate.actors.txt"],
        agents=[base / "PETR.Validate.agents.txt"],
        verbs=[base / "PETR.Validate.verbs.txt"],
        discards=[base / "PETR.Validate.discards.txt"],
    )
    write_import(result, out)
    records = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        n = sum(key == rec["id"] or key.startswith(rec["id"] + "/") for key in records)
        records[rec["id"] if n == 0 else f"{rec['id']}/{n + 1}"] = rec
    return Pipeline(dictionaries=[out], packaged_dictionaries=False), records


@pytest.mark.parametrize("record_id", RECORDS)
def test_unit_test_sentence_gets_exactly_its_expected_events(validation, record_id):
    pipeline, records = validation
    rec = records[record_id]
    date = dt.date.fromisoformat(rec["date"])
    events = pipeline.code(Article(id=record_id, text=rec["text"], date=date)).events
    coded = {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo.code) for e in events}
    assert coded == {tuple(e) for e in rec["events"]}


def test_fictional_actors_are_unknown_to_the_packaged_coder(validation):
    _, records = validation
    rec = records["DEMO-00"]
    events = Pipeline().code(Article(id="p", text=rec["text"], date=dt.date(1995, 1, 1))).events
    assert not any(e.source and e.source.code == "ARN" for e in events)
