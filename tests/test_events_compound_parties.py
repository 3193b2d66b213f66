"""Parties named in a list and roles placed in several countries (events/compound_parties.py): a list
member that the parser took for an apposition is a party of its own, an apposition that renames its head
stays one, and "officials in Kabul and Islamabad" are officials of both. Sentences we wrote in wire style,
and hand-built parses so that the rules are tested whatever the model parses."""

from __future__ import annotations

import pytest
from conftest import code_triples, sentence_from_rows

from eventscribe.events.compound_parties import list_heads, place_countries, split_by_place, stray_places
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Actor

DATE = "2014-06-26"


def _arg(code: str, head: int, country: str | None = None, sectors: tuple[str, ...] = ()) -> Argument:
    country = code[:3] if country is None else country
    return Argument(Actor(code=code, name="", country=country, sectors=sectors), head)


# "Chile , the Peru , and Bolivia welcomed": the middle member hung on the first as an apposition
LIST_ROWS = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 7),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("tiny", "tiny", "ADJ", "JJ", "amod", 3),
    ("Peru", "Peru", "PROPN", "NNP", "appos", 0),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 0),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 7),
]


def test_an_apposition_inside_a_list_of_states_is_a_member():
    sentence = sentence_from_rows(LIST_ROWS)
    found = {0: _arg("CHL", 0), 3: _arg("PER", 3), 6: _arg("BOL", 6)}
    assert list_heads(sentence, found, [0, 6]) == [0, 3, 6]


def test_the_last_member_may_be_a_subject_of_its_own():
    rows = [*LIST_ROWS]
    rows[6] = ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 7)
    sentence = sentence_from_rows(rows)
    found = {0: _arg("CHL", 0), 3: _arg("PER", 3), 6: _arg("BOL", 6)}
    assert list_heads(sentence, found, [0, 6]) == [0, 3, 6]


def test_members_of_another_kind_make_no_list():
    sentence = sentence_from_rows(LIST_ROWS)
    # a state, a government and a state: "Chile, its government, and Bolivia" is no run of names
    found = {0: _arg("CHL", 0), 3: _arg("PERGOV", 3, sectors=("GOV",)), 6: _arg("BOL", 6)}
    assert list_heads(sentence, found, [0, 6]) == [0, 6]


def test_an_apposition_with_no_list_after_it_stays_one():
    rows = [
        ("president", "president", "NOUN", "NN", "nsubj", 4),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("Hassan", "Hassan", "PROPN", "NNP", "compound", 3),
        ("Rouhani", "Rouhani", "PROPN", "NNP", "appos", 0),
        ("met", "meet", "VERB", "VBD", "ROOT", 4),
    ]
    sentence = sentence_from_rows(rows)
    found = {0: _arg("IRNGOV", 0, sectors=("GOV",)), 3: _arg("IRNGOV", 3, sectors=("GOV",))}
    assert list_heads(sentence, found, [0]) == [0]


def test_an_apposition_that_renames_its_head_stays_one_before_and():
    rows = [
        ("president", "president", "NOUN", "NN", "nsubj", 7),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("Rouhani", "Rouhani", "PROPN", "NNP", "appos", 0),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("his", "his", "PRON", "PRP$", "poss", 6),
        ("minister", "minister", "NOUN", "NN", "conj", 0),
        ("met", "meet", "VERB", "VBD", "ROOT", 7),
    ]
    sentence = sentence_from_rows(rows)
    gov = ("GOV",)
    found = {0: _arg("IRNGOV", 0, sectors=gov), 2: _arg("IRNGOV", 2, sectors=gov), 6: _arg("IRNGOV", 6, sectors=gov)}
    assert list_heads(sentence, found, [0, 6]) == [0, 6]


# "Officials in Chile and Peru welcomed": the second place hung on the subject by the parser
PLACE_ROWS = [
    ("Officials", "official", "NOUN", "NNS", "nsubj", 5),
    ("in", "in", "ADP", "IN", "prep", 0),
    ("Chile", "Chile", "PROPN", "NNP", "pobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 0),
    ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
    ("welcomed", "welcome", "VERB", "VBD", "ROOT", 5),
]


def test_a_state_after_a_roles_place_phrase_is_one_more_place():
    sentence = sentence_from_rows(PLACE_ROWS)
    found = {0: _arg("GOV", 0, country="", sectors=("GOV",)), 2: _arg("CHL", 2), 4: _arg("PER", 4)}
    assert stray_places(sentence, found, [0, 4]) == {4}
    assert place_countries(sentence, found, 0, [0, 4]) == ["CHL", "PER"]


def test_a_state_joined_to_a_named_party_is_a_party():
    rows = [*PLACE_ROWS]
    rows[0] = ("Argentina", "Argentina", "PROPN", "NNP", "nsubj", 5)
    sentence = sentence_from_rows(rows)
    found = {0: _arg("ARG", 0), 2: _arg("CHL", 2), 4: _arg("PER", 4)}
    assert stray_places(sentence, found, [0, 4]) == set()


def test_one_place_gives_no_split():
    rows = [r for r in PLACE_ROWS if r[0] not in ("and", "Peru")]
    rows[-1] = ("welcomed", "welcome", "VERB", "VBD", "ROOT", 3)
    rows = [(t, lemma, pos, tag, dep, 3 if head == 5 else head) for t, lemma, pos, tag, dep, head in rows]
    sentence = sentence_from_rows(rows)
    found = {0: _arg("GOV", 0, country="", sectors=("GOV",)), 2: _arg("CHL", 2)}
    assert place_countries(sentence, found, 0, [0]) == []


def test_split_by_place_gives_one_party_per_country():
    role = _arg("CHLLEG", 0, sectors=("LEG",))
    assert [a.actor.code for a in split_by_place(role, ["CHL", "PER"])] == ["CHLLEG", "PERLEG"]


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poor Haiti, the tiny Jamaica, and rich Canada welcomed the resumption of diplomatic ties with Cuba.",
            {("HTI", "CUB", "051"), ("JAM", "CUB", "051"), ("CAN", "CUB", "051")},
        ),
        (
            "Lawmakers and officials in Kenya and Uganda welcomed a resumption of trade with Somalia.",
            {("KENLEG", "SOM", "051"), ("UGALEG", "SOM", "051"), ("KENGOV", "SOM", "051"), ("UGAGOV", "SOM", "051")},
        ),
        (
            "Diplomats in Paris and Berlin praised the agreement with Iran.",
            {("FRAGOV", "IRN", "051"), ("DEUGOV", "IRN", "051")},
        ),
        ("Police in Kenya and Uganda arrested ten suspects on Monday.", {("KENCOP", "", "173"), ("UGACOP", "", "173")}),
    ],
)
def test_listed_parties_and_roles_in_several_places(code_text, text, expected):
    assert expected <= set(code_triples(code_text(text, DATE)))


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition that renames its head: one party, not two
        ("Iran's president, Hassan Rouhani, met the Russian foreign minister.", [("IRNGOV", "RUSGOV", "040")]),
        # one place: no split
        ("Officials in Kabul welcomed the agreement with India.", [("AFGGOV", "IND", "051")]),
    ],
)
def test_no_change_for_one_party_or_one_place(code_text, text, expected):
    assert code_triples(code_text(text, DATE)) == expected
