"""Game words count only in the parties' phrases of a dispute, and the noun of an act done to a party
(detention, arrest, defeat, boycott) takes its doer from its owner or its "by" phrase, never from "of".
Sentences of our own (some the reviewer's) in wire style, each with a near twin that keeps its event."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-02-10"

POLITICAL_DISPUTES = [
    # (a political dispute whose sentence has a game word outside the parties, source, target, root)
    ("Israel said a Palestinian hunger striker accused the prison service of abuse.", "PSE", "ISR", "11"),
    ("The government rejected the demands of a Palestinian hunger striker.", "", "PSE", "12"),
    ("The Israeli army accused Hamas of firing rockets from a football stadium in Gaza.", "ISR", "PSE", "11"),
    ("The U.N. team rejected Iraq's final declaration on its weapons.", "IGO", "IRQ", "12"),
]

GAME_DISPUTES = [
    "England coach Andy Robinson lambasted referee Jonathan Kaplan.",
    "The Welsh striker has rejected a move to Birmingham.",
    "The coach said the referee's decision was wrong.",
]


@pytest.mark.parametrize(("text", "source", "target", "root"), POLITICAL_DISPUTES)
def test_game_words_outside_the_parties_keep_a_political_dispute(code_text, text, source, target, root):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(source) and t.startswith(target) and c[:2] == root for s, t, c in triples), triples


@pytest.mark.parametrize("text", GAME_DISPUTES)
def test_a_game_word_among_the_parties_is_still_a_game(code_text, text):
    roots = {c[:2] for _, _, c in code_triples(code_text(text, DATE))}
    assert not roots & {"10", "11", "12"}, roots


VICTIMS = [
    # (judgement of an act done to a party, (source, target) pairs of 11 that must not be coded)
    ("Amnesty International said the detention of the activists was unlawful.", {"NGOOPP"}),
    ("The president was upset by the defeat of his party in the elections.", {"---PTY"}),
]


@pytest.mark.parametrize(("text", "victims"), VICTIMS)
def test_the_victim_of_an_act_is_not_its_judged_doer(code_text, text, victims):
    triples = code_triples(code_text(text, DATE))
    assert not [t for _, t, c in triples if c[:2] == "11" and (t in victims or not t)], triples


DOERS = [
    # (judgement of an act with its doer named by "by" or an owner, the doer, the victim wrongly judged)
    ("Human rights groups said the arrest of the journalist by police was illegal.", "---COP", "---MED"),
    ("The prime minister said the opposition's boycott of parliament was ridiculous.", "---OPP", "---LEG"),
    ("Amnesty International said the army's detention of the activists was unlawful.", "---MIL", "---OPP"),
]


@pytest.mark.parametrize(("text", "doer", "victim"), DOERS)
def test_an_act_is_judged_on_its_owner_or_by_doer(code_text, text, doer, victim):
    targets = {t[3:] for _, t, c in code_triples(code_text(text, DATE)) if c[:2] == "11"}
    assert doer[3:] in targets, targets
    assert victim[3:] not in targets, targets


OF_DOERS = [
    # nouns that are no act done to someone keep the "of" party as the one judged
    ("The opposition said the ambition of Mr Blair was a mistake.", "GBR"),
    ("Germany was unhappy with the proposal of France.", "FRA"),
]


@pytest.mark.parametrize(("text", "target"), OF_DOERS)
def test_the_of_party_of_other_nouns_is_still_judged(code_text, text, target):
    triples = code_triples(code_text(text, DATE))
    assert any(t.startswith(target) and c[:2] == "11" for _, t, c in triples), triples


def test_predicative_criticism_words_are_blame_and_predicative_only():
    from eventscribe.events.appraisal_words import Lexicon

    lexicon = Lexicon.from_mapping(
        {
            "criticism": ["mistake"],
            "predicative_criticism": ["Illegal"],
            "praise": [],
            "negators": [],
            "appraising_verbs": [],
            "patient_nouns": ["defeat"],
        }
    )
    assert lexicon.criticism == (("mistake",), ("illegal",))
    assert lexicon.predicative_only == frozenset({"illegal"})
    assert lexicon.patient_nouns == frozenset({"defeat"})
