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
