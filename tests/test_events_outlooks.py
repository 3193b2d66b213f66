"""Outlook statements (CAMEO 012 pessimistic, 013 optimistic comment): an attitude with a content
clause and a forecast of a turn for the worse or better, coded as the speaker's comment on the party
the content names. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

from eventscribe.errors import DataError
from eventscribe.events.outlooks import OPTIMISM, PESSIMISM, OutlookWords, packaged_words

DATE = "2011-03-14"

OUTLOOKS = [
    ("Chile said it was optimistic that the border talks with Peru would succeed.", "CHL", "PER", "013"),
    ("The Mexican president said he was confident that the United States would lift the tariffs.", "MEX", "USA", "013"),
    ("The Danish foreign minister said he was sceptical that Russia would keep its promise.", "DNK", "RUS", "012"),
    ("Egypt warned that the truce with Israel could collapse within days.", "EGY", "ISR", "012"),
    # a warning of a danger no one brings about, told to a party, is a comment to that party, no threat
    ("Egypt warned Israel that the truce could collapse.", "EGY", "ISR", "012"),
    ("Ghana cautioned that the peace deal with Togo was likely to break down.", "GHA", "TGO", "012"),
    ("The IMF predicted that the Greek economy would recover next year.", "IGO", "GRC", "013"),
    # verbs of attitude with a content clause (and "hopes", which the lemmatiser reads as "hop")
    ("Chile hopes the border talks with Peru will succeed.", "CHL", "PER", "013"),
    ("Bolivia said it feared that the gas deal with Brazil would fail.", "BOL", "BRA", "012"),
]


@pytest.mark.spacy
@pytest.mark.parametrize(("text", "source", "target", "code"), OUTLOOKS)
def test_an_outlook_is_the_speakers_comment_on_the_party_named(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


@pytest.mark.spacy
def test_an_outlook_naming_no_party_is_no_event(code_text):
    # an attitude about no party is no interaction (alone.TARGETLESS_EXCLUDED)
    events = code_text("The Kenyan finance minister warned that the economy could stall this year.", DATE)
    assert not [c for _, _, c in code_triples(events) if c.startswith("01")], code_triples(events)


NO_OUTLOOK = [
    # negated, asked, supposed, and told as a fact
    "Chile said it was not optimistic that the border talks with Peru would succeed.",
    "Analysts asked whether the truce between Egypt and Israel could collapse.",
    "Egypt warned that the truce with Israel had collapsed.",
    "Egypt said the truce with Israel would not collapse.",
    # a turn for the better told with "say" alone is no explicit optimism
    "Germany said the Greek economy would recover next year.",
    "Chile does not fear that the border talks with Peru will fail.",
    "If Chile hopes the border talks with Peru will succeed, it must compromise.",
    # a condition inside the content: a conditional threat, no outlook
    "The United States said Iran would suffer if it rejected the offer.",
    "Russia said the talks could collapse unless Ukraine withdrew its troops.",
]


@pytest.mark.spacy
@pytest.mark.parametrize("text", NO_OUTLOOK)
def test_no_outlook_without_an_explicit_foreseen_turn(code_text, text):
    roots = {c[:3] for _, _, c in code_triples(code_text(text, DATE))}
    assert not roots & {PESSIMISM, OPTIMISM}, roots


KEPT = [
    # a coercive warning to a party stays a threat, a warned attack a threat of force, blame criticism
    ("Egypt warned Israel that it would face consequences.", "EGY", "ISR", "13"),
    ("Russia warned that it would strike Ukraine.", "RUS", "UKR", "13"),
    ("The Indian prime minister said Pakistan would fail to stop the militants.", "IND", "PAK", "111"),
]


@pytest.mark.spacy
@pytest.mark.parametrize(("text", "source", "target", "code"), KEPT)
def test_threats_and_criticism_keep_their_code(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)
    assert not has_event(events, source, target, PESSIMISM), code_triples(events)


def test_packaged_words_read_both_polarities():
    words = packaged_words()
    assert words.attitudes["optimistic"] == OPTIMISM
    assert words.attitudes["pessimistic"] == PESSIMISM
    assert "collapse" in words.downturn_verbs and "collapse" not in words.upturn_verbs


def test_an_attitude_coded_outside_012_and_013_is_refused():
    with pytest.raises(DataError):
        OutlookWords.from_mapping({"attitudes": {"111": ["angry"]}})
    with pytest.raises(DataError):
        OutlookWords.from_mapping({"attitudes": {}, "attitude_verbs": {"020": ["wish"]}})
    with pytest.raises(DataError):
        OutlookWords.from_mapping({"forecast_verbs": ["warn"]})


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"attitudes": {}, "attitude_verbs": ["hope"]}, "attitude_verbs"),
        ({"attitudes": {"012": "worried"}}, "attitudes"),
        ({"attitudes": {}, "modals": "could"}, "modals"),
        ({"attitudes": {}, "downturn_particles": ["break"]}, "downturn_particles"),
    ],
)
def test_a_list_of_the_wrong_shape_is_refused_with_its_key(data, key):
    with pytest.raises(DataError, match=f"outlook_words.yaml: {key}"):
        OutlookWords.from_mapping(data)
