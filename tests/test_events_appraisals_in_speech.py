"""Criticism and praise told in reported speech are coded as the act the statement performs (CAMEO
111, 051), aimed at the party judged; neutral, negated and thing-directed statements are not.
Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

CRITICISM = [
    ("Opposition leader Michael Howard said the government was making a serious mistake on tax.", "GBR"),
    ("French Prime Minister Dominique de Villepin said the government of Iran was wrong to resume enrichment.", "IRN"),
    ("German Chancellor Gerhard Schroeder told reporters that Iran's leaders were irresponsible.", "IRN"),
    # a failure of conduct with a noun before it is still a failure ("power failure" is not)
    ("Opposition leader Michael Howard said the government's intelligence failure was a disgrace.", "GBR"),
    # words of blame of diplomatic speech
    ("Iran called the U.S. decision a hostile act.", "USA"),
    ("The Chinese foreign ministry said Japan's move was a provocation.", "JPN"),
]


@pytest.mark.parametrize(("text", "country"), CRITICISM)
def test_a_judgement_of_blame_is_criticism_of_the_party_judged(code_text, text, country):
    triples = code_triples(code_text(text, DATE))
    assert any(c == "111" and t.startswith(country) for _, t, c in triples), triples


PRAISE = [
    ("Tony Blair said the economy had changed for the better because of Gordon Brown's management.", "GBR"),
    ("President Bush said the Iraqi government's handling of the election was a success.", "IRQ"),
]


@pytest.mark.parametrize(("text", "country"), PRAISE)
def test_a_judgement_of_merit_is_praise_of_the_party_judged(code_text, text, country):
    triples = code_triples(code_text(text, DATE))
    assert any(c == "051" and t.startswith(country) for _, t, c in triples), triples


NO_JUDGEMENT = [
    # neutral statements
    "Opposition leader Michael Howard said the government would publish its budget on Tuesday.",
    "German Chancellor Gerhard Schroeder told reporters that Iran's leaders were meeting in Tehran.",
    # negated blame
    "French Prime Minister Dominique de Villepin said the government of Iran was not wrong to talk.",
    # a judgement of something that is no actor
    "President Bush said the storm was a disaster for farmers.",
    "Tony Blair said the weather had changed for the better.",
    # a condition suffered, not a failure of conduct
    "A Palestinian official said Yasser Arafat had suffered kidney failure.",
    # a hypothesis
    "President Bush said it would be a mistake if Iran resumed enrichment.",
]


@pytest.mark.parametrize("text", NO_JUDGEMENT)
def test_a_statement_without_a_judgement_of_an_actor_is_no_appraisal(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "111" not in codes and "051" not in codes, codes


def test_an_appraising_verb_judges_its_objects_owner(code_text):
    triples = code_triples(code_text("Senator John Kerry dismissed the Republican platform as dishonest.", DATE))
    assert any(c == "111" and t.startswith("USA") for _, t, c in triples), triples


def test_blame_put_on_a_party_is_criticism(code_text):
    text = "Pakistani President Pervez Musharraf said India's army was to blame for the delay."
    triples = code_triples(code_text(text, DATE))
    assert any(c == "111" and t.startswith("IND") for _, t, c in triples), triples


SCENE = [
    "Opposition leader Michael Howard said that following the failure of the talks, the government had worked hard.",
    "Opposition leader Michael Howard said the government met when the talks ended in failure.",
    "Opposition leader Michael Howard said that in spite of the failure of the talks, the government had worked hard.",
]


@pytest.mark.parametrize("text", SCENE)
def test_a_judgement_that_only_sets_the_scene_is_no_appraisal(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "111" not in codes, codes


MODIFIERS = [
    "Officials said a strong storm hit the coast of Taiwan on Friday, damaging houses.",
    "Pakistani officials said police had arrested a man wanted over a failed bid to kill President Pervez Musharraf.",
]


@pytest.mark.parametrize("text", MODIFIERS)
def test_a_blaming_word_that_only_modifies_is_no_appraisal(code_text, text):
    codes = [c for _, _, c in code_triples(code_text(text, DATE))]
    assert "111" not in codes, codes


def test_a_pronoun_speaker_is_the_person_named_before(code_text):
    text = (
        "Opposition leader Michael Howard spoke in London on Monday. "
        "He said the government had made a serious mistake on tax."
    )
    triples = code_triples(code_text(text, DATE))
    assert any(c == "111" and s.startswith("GBR") and t.startswith("GBR") for s, t, c in triples), triples
