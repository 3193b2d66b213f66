"""A section label that opens a line ("World News:") is a sentence of its own, and a dateline written
"Islamabad, Nov 9 :" is no party of the story; a colon after a verb ("He said:") stays in its sentence."""

from __future__ import annotations

import pytest

from eventscribe.model import Article

pytestmark = pytest.mark.spacy

TEXT = (
    "World News: Islamabad, Nov 9 : US Deputy Secretary of State Richard Armitage Tuesday met top Pakistani"
    " leaders to exchange views on a wide array of issues."
)


def sentences(pipeline, text):
    (parsed,) = pipeline.parser.pipe([Article(id="s", text=text)])
    return [s.text for s in parsed.sentences]


def test_a_section_label_is_a_sentence_of_its_own(pipeline):
    assert sentences(pipeline, TEXT)[0] == "World News:"


@pytest.mark.parametrize(
    "text", ["He said: Iran must stop enrichment now.", "The minister told reporters: we will not sign."]
)
def test_a_colon_after_speech_is_no_label(pipeline, text):
    assert len(sentences(pipeline, text)) == 1


def test_a_story_after_a_label_and_a_dated_place_keeps_its_subject(code_text):
    events = code_text(TEXT, "2004-11-10")
    assert ("USAGOV", "04", "PAKGOV") in {(e.source.code, e.cameo.root, e.target.code) for e in events if e.target}


def test_a_place_in_capitals_that_opens_the_story_is_a_dateline(code_text):
    # "BAGHDAD US warplanes": filed in Baghdad, the warplanes are American
    text = "BAGHDAD US warplanes fired on targets in the Sadr City slum of Baghdad on Thursday."
    sources = {e.source.code for e in code_text(text, "2004-10-01") if e.source is not None}
    assert sources and all(s.startswith("USA") for s in sources), sources


def test_a_place_in_capitals_that_is_the_subject_stays(code_text):
    sources = {e.source.code for e in code_text("IRAN accused Israel of spying on Monday.", "2004-10-01") if e.source}
    assert "IRN" in sources, sources


def test_a_conjuncts_apposition_is_not_the_first_conjuncts(code_text):
    # "militia" parsed as the apposition of "US forces": the forces stay American
    text = "US forces and radical Shiite cleric Muqtada al-Sadr's militia battled Saturday in Baghdad."
    codes = {e.source.code for e in code_text(text, "2004-10-01") if e.source is not None}
    assert "USAMIL" in codes and "IRQMIL" not in codes, codes


def test_a_travellers_destination_does_not_make_the_story_that_countrys(code_text):
    text = (
        "Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak and"
        " Egyptian ambassador to Moscow Salah Bassiouni to discuss the issue."
    )
    sources = {e.source.code for e in code_text(text, "1987-04-01") if e.source is not None}
    assert "SUNGOV" not in sources, sources
