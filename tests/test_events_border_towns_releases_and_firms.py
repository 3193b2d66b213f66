"""Review fixes of violence, releases and economy pairs.

- A country's adjective on a border town names no scene: "the Syrian border town of Qaim" is in Iraq.
- Money once withheld or frozen, and property once seized, released to a party is CAMEO 0842 ("return,
  release property"), the receiver its target; figures and reports released stay no event.
- A firm and a government deal across borders: in a contract, deal or talks the firm takes no country
  from the government (nor the government from it), while a government asking its own firms still lends.
- Victims counted by a word whose text, not its lemma, is a count word ("20 more") are counted.
"""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.context import fill_country
from eventscribe.events.domestic_pairs import domestic_pair
from eventscribe.events.scene_country import SETTLEMENT_NOUNS
from eventscribe.events.scene_victims import _counted
from eventscribe.model import Actor


def role(code: str) -> Actor:
    return Actor(code, "", "", (code,))


IRAQ = Actor("IRQGOV", "Iraq", "IRQ", ("GOV",))


def test_border_is_no_settlement():
    assert "border" not in SETTLEMENT_NOUNS and "town" in SETTLEMENT_NOUNS


@pytest.mark.parametrize("act", ["057", "036", "043", "061", "081"])
def test_a_firm_in_a_deal_takes_no_country_from_the_government(act):
    assert fill_country(role("BUS"), [IRAQ], [IRAQ], act=act).code == "---BUS"
    assert not domestic_pair(role("BUS"), IRAQ, act=act)


@pytest.mark.parametrize("act", ["", "020", "071", "1712", "112"])
def test_a_government_acting_on_its_economy_still_lends_its_country(act):
    assert fill_country(role("BUS"), [IRAQ], [IRAQ], act=act).code == "IRQBUS"


def test_other_domestic_pairs_keep_their_country_in_a_deal():
    opposition = Actor("KENOPP", "Kenya", "KEN", ("OPP",))
    assert fill_country(role("GOV"), [opposition], [opposition], act="057").code == "KENGOV"
    assert fill_country(role("LAB"), [IRAQ], [IRAQ], act="057").code == "IRQLAB"


def test_count_word_known_by_its_text():
    # "wounding 20 more": a lemmatiser may give "more" the lemma "many"
    sentence = sentence_from_rows(
        [
            ("wounding", "wound", "VERB", "VBG", "ROOT", 0),
            ("20", "20", "NUM", "CD", "nummod", 2),
            ("more", "many", "ADJ", "JJR", "dobj", 0),
        ]
    )
    assert _counted(sentence, 2)
    other = sentence_from_rows(
        [
            ("wounding", "wound", "VERB", "VBG", "ROOT", 0),
            ("20", "20", "NUM", "CD", "nummod", 2),
            ("soldiers", "soldier", "NOUN", "NNS", "dobj", 0),
        ]
    )
    assert not _counted(other, 2)


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel released tax revenues it had withheld from the Palestinian Authority.", ("ISR", "PSEGOV", "0842")),
        ("French authorities released an impounded ship operated by Greenpeace.", ("FRAGOV", "NGOENV", "0842")),
        # a seized ship released is property returned (CAMEO 0842's own example is an impounded ship)
        ("Iran released a British tanker it seized in the Gulf.", ("IRN", "GBRBUS", "0842")),
        ("Police released two Turkish journalists on Friday.", ("---COP", "TURMED", "0841")),
    ],
)
def test_releases_of_property_and_people(code_text, expected, text):
    assert expected in code_triples(code_text(text))


@pytest.mark.spacy
@pytest.mark.parametrize(
    "text",
    [
        "Israel released the figures on Monday.",
        "The ministry released a report on the economy.",
        "The state government released funds for the new schools.",
    ],
)
def test_things_released_stay_no_event(code_text, text):
    assert not code_triples(code_text(text))


@pytest.mark.spacy
def test_border_town_names_no_scene_country(code_text):
    triples = code_triples(code_text("A bomb killed two Iraqi soldiers near the Syrian border town of Qaim."))
    assert not any(s.startswith("SYR") for s, _, _ in triples)
    # the near twin keeps its scene
    assert ("IRQUAF", "IRQPPL", "183") in code_triples(
        code_text("A car bomb exploded in the Iraqi city of Mosul, killing five.")
    )


@pytest.mark.spacy
def test_contract_with_a_firm(code_text):
    triples = code_triples(
        code_text("The Iraqi government signed a contract with an oil company to develop the field.")
    )
    assert ("IRQGOV", "---BUS", "057") in triples
    assert not any("IRQBUS" in (s, t) for s, t, _ in triples)
    # a government asking its own bankers still names them its own
    asked = code_triples(
        code_text("The finance minister asked the Danish Bankers Federation to cut card interest rates.")
    )
    assert ("DNKGOV", "DNKBUS", "020") in asked
