"""Event nouns directed "to" a party: "Japan's apology to South Korea" is Japan's apology to South Korea,
"China's aid to Zambia" China's aid to Zambia. Sentences we wrote in wire style, beside ones whose "to"
phrase names no recipient ("rise to power", "return to growth") and must give no event."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

from eventscribe.events.recipients import recipient_of

pytestmark = pytest.mark.spacy

DATE = "2012-09-14"

DIRECTED = [
    ("Germany's apology to Namibia for the colonial killings was welcomed by church leaders.", "DEU", "NAM", "055"),
    ("Norway's aid to Haiti doubled last year.", "NOR", "HTI", "07"),
    ("Washington's warning to Tehran came a day after the missile test.", "USA", "IRN", "13"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), DIRECTED, ids=[d[0][:40] for d in DIRECTED])
def test_an_event_noun_is_directed_at_its_to_party(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


NO_RECIPIENT = [
    "Italy's return to growth surprised economists in Rome.",
    "Mandela's rise to power inspired a generation of South Africans.",
]


@pytest.mark.parametrize("text", NO_RECIPIENT, ids=[t[:40] for t in NO_RECIPIENT])
def test_a_to_phrase_of_no_party_gives_no_event(code_text, text):
    assert code_triples(code_text(text, DATE)) == []


def test_a_pronoun_doer_leaves_the_noun_to_its_verb(pipeline):
    """ "his visit to Japan" names its doer by a pronoun only: no recipient is read off the noun."""
    from eventscribe.model import Article

    parsed = next(iter(pipeline.parser.pipe([Article(id="t", text="He spoke during his visit to Japan.")])))
    sentence = parsed.sentences[0]
    visit = next(t for t in sentence.tokens if t.text == "visit")
    assert recipient_of(sentence, visit) == []


def test_a_named_doer_gives_the_recipient(pipeline):
    from eventscribe.model import Article

    parsed = next(iter(pipeline.parser.pipe([Article(id="t", text="Sweden's offer to Finland was accepted.")])))
    sentence = parsed.sentences[0]
    offer = next(t for t in sentence.tokens if t.text == "offer")
    assert [sentence.tokens[i].text for i in recipient_of(sentence, offer)] == ["Finland"]
