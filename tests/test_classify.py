"""The pattern classifier: verb frames in, CAMEO codes out."""

from __future__ import annotations

import pytest

from eventscribe.events.classify import DICTIONARY_VERB, VerbClassifier, classify, classify_noun
from eventscribe.events.codebook import Codebook
from eventscribe.events.frame import VerbFrame as F

# (frame, expected code prefix)
CASES = [
    (F("say", preps=(("in", "statement"),)), "010"),
    (F("decline", xcomp="comment"), "011"),
    (F("express", objects=("concern",)), "012"),
    (F("call", preps=(("on", "he"),), xcomp="join", xcomp_objects=("struggle",)), "0212"),
    (F("urge", objects=("israel",), xcomp="withdraw"), "0256"),
    (F("ask", preps=(("for", "help"),)), "023"),
    (F("call", preps=(("for", "talk"),)), "026"),
    (F("pledge", objects=("aid",)), "033"),
    (F("offer", xcomp="mediate"), "039"),
    (F("meet", objects=("minister", "deputy")), "04"),
    (F("visit", objects=("tehran",)), "042"),
    (F("hold", objects=("talk",), preps=(("with", "iran"),)), "046"),
    (F("praise", objects=("decision",)), "051"),
    (F("apologize", preps=(("for", "remark"),)), "055"),
    (F("sign", objects=("agreement",)), "057"),
    (F("cooperate", preps=(("on", "security"),)), "062"),
    (F("share", objects=("intelligence",)), "064"),
    (F("provide", objects=("aid", "humanitarian")), "073"),
    (F("send", objects=("weapon",)), "072"),
    (F("release", objects=("prisoner",)), "0841"),
    (F("lift", objects=("sanction",)), "085"),
    (F("declare", objects=("ceasefire",)), "0871"),
    (F("investigate", objects=("corruption",)), "091"),
    (F("launch", objects=("investigation",)), "090"),
    (F("demand", objects=("release",)), "1053"),
    (F("demand", xcomp="resign"), "1041"),
    (F("complain", preps=(("of", "punishment"),)), "111"),
    (F("warn", preps=(("against", "deal"),)), "111"),
    (F("condemn", objects=("attack",)), "111"),
    (F("accuse", objects=("hamas",), preps=(("of", "terrorism"),)), "1121"),
    (F("reject", objects=("proposal",)), "127"),
    (F("refuse", xcomp="release", xcomp_objects=("hostage",)), "1243"),
    (F("threaten", xcomp="attack"), "138"),
    (F("threaten", objects=("sanction",)), "1312"),
    (F("protest", preps=(("against", "government"),)), "14"),
    (F("stage", objects=("demonstration",)), "141"),
    (F("go", preps=(("on", "strike"),)), "143"),
    (F("deploy", objects=("troop",)), "154"),
    (F("put", objects=("army",), preps=(("on", "alert"),)), "152"),
    (F("sever", objects=("tie",)), "161"),
    (F("impose", objects=("sanction",)), "163"),
    (F("expel", objects=("ambassador",)), "161"),
    (F("arrest", objects=("activist",)), "173"),
    (F("crack", particle="down", preps=(("on", "infrastructure"),)), "175"),
    (F("impose", objects=("curfew",)), "1723"),
    (F("abduct", objects=("teen", "three")), "181"),
    (F("take", objects=("hostage",)), "181"),
    (F("carry", particle="out", objects=("bombing", "suicide")), "1831"),
    (F("assassinate", objects=("leader",)), "186"),
    (F("attack", objects=("base",)), "190"),
    (F("fire", preps=(("on", "protester"),)), "190"),
    (F("shell", objects=("town",)), "194"),
    (F("launch", objects=("airstrike",)), "195"),
    (F("massacre", objects=("villager",)), "202"),
    (F("use", objects=("weapon", "chemical")), "2041"),
]


@pytest.mark.parametrize(("frame", "prefix"), CASES, ids=[f"{c[0].verb}-{c[1]}" for c in CASES])
def test_frame_gets_the_expected_cameo_code(frame, prefix):
    result = classify(frame)
    assert result is not None
    assert result.code.startswith(prefix), result
    assert 0.0 < result.confidence <= 1.0
    assert result.trigger.startswith(frame.verb)


def test_cases_cover_every_root_at_least_twice():
    roots = [prefix[:2] for _, prefix in CASES]
    for n in range(1, 21):
        assert roots.count(f"{n:02d}") >= 2, f"root {n:02d}"


@pytest.mark.parametrize(
    "frame",
    [
        F("eat", objects=("apple",)),
        F("be"),
        F("have", objects=("car",)),
        F("sleep", preps=(("in", "bed"),)),
        F("see", objects=("film",)),
        F("like", objects=("music",)),
        F("call"),
    ],
    ids=lambda f: f.verb,
)
def test_verbs_without_political_meaning_give_none(frame):
    assert classify(frame) is None


def test_every_code_the_classifier_returns_is_in_the_codebook():
    book = Codebook.load()
    for frame, _ in CASES:
        assert classify(frame).code in book


def test_a_more_specific_rule_beats_the_bare_verb():
    bare = classify(F("call", preps=(("on", "iran"),)))
    specific = classify(F("call", preps=(("on", "iran"),), xcomp="join", xcomp_objects=("struggle",)))
    assert bare.code == "020"
    assert specific.code == "0212"
    assert specific.confidence > bare.confidence
    assert specific.trigger == "call on join struggle"


def test_curated_rules_beat_dictionary_patterns_which_beat_dictionary_verbs():
    curated = classify(F("crack", particle="down"))
    pattern = classify(F("expedite", objects=("shipment", "arm")))
    bare = classify(F("expedite"))
    assert (curated.code, curated.trigger) == ("175", "crack down")
    assert pattern.code == "072" and pattern.confidence == 0.7
    assert bare is None or bare.confidence < pattern.confidence < curated.confidence


def test_dictionary_bare_verb_is_the_last_resort():
    result = classify(F("hijack"))  # curated
    assert result.code == "181"
    result = classify(F("accredit"))  # not curated, only in the PETRARCH dictionary
    assert result is None or result.confidence == DICTIONARY_VERB


def test_verb_lemma_is_case_insensitive():
    assert classify(F("Attack")).code == "190"


@pytest.mark.parametrize(
    ("noun", "code"),
    [("attack", "190"), ("talks", "046"), ("kidnapping", "181"), ("suicide bombing", "1831"), ("ceasefire", "0871")],
)
def test_event_nouns_without_a_verb(noun, code):
    result = classify_noun(noun)
    assert result is not None and result.code == code
    assert result.trigger == noun


def test_nouns_without_event_meaning_give_none():
    assert classify_noun("table") is None
    assert classify_noun("weather") is None


def test_classifier_is_loaded_once():
    assert VerbClassifier.load() is VerbClassifier.load()
