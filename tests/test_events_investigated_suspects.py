"""An investigation into a harm (CAMEO 09) is aimed at the harm's doer, never its victim: the codebook
codes "alleged or potential perpetrators" as targets, so "investigating the murder of a reporter" names
no target. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

NO_SUSPECT = [
    "Police in Honduras are investigating the killing of a Canadian aid worker.",
    "Prosecutors are investigating the Pakistani reporter's murder.",
    "Peruvian police opened an inquiry into the disappearance of two Bolivian students.",
]


@pytest.mark.parametrize("text", NO_SUSPECT, ids=[t[:40] for t in NO_SUSPECT])
def test_the_victim_of_an_investigated_harm_is_no_target(code_text, text):
    # (with a foreign victim named, the coder may code no event alone: see ``alone.foreigners_near``)
    triples = code_triples(code_text(text, DATE))
    assert not any(t for _, t, c in triples if c.startswith("09")), triples


def test_an_investigation_with_no_suspect_is_coded_alone(code_text):
    triples = code_triples(code_text("Police are investigating the murder of a local journalist.", DATE))
    assert any(c.startswith("09") and not t for _, t, c in triples), triples


def test_the_named_doer_of_the_harm_is_the_target(code_text):
    text = "Nigerian police are investigating the shooting of three students by soldiers."
    triples = code_triples(code_text(text, DATE))
    assert any(t.startswith("NGAMIL") and c.startswith("09") for _, t, c in triples), triples


def test_an_investigated_actor_is_still_the_target(code_text):
    # no harm noun: the one investigated is the object itself (no change)
    triples = code_triples(code_text("Spanish judges are investigating the Moroccan interior minister.", DATE))
    assert any(t.startswith("MAR") and c.startswith("09") for _, t, c in triples), triples


def test_harm_nouns_unit():
    from eventscribe.events.investigations import VICTIM_DEEDS, _harm_noun
    from eventscribe.model import Token

    def noun(lemma: str, pos: str = "NOUN") -> Token:
        return Token(i=0, text=lemma, lemma=lemma, pos=pos, tag="NN", dep="dobj", head=0, idx=0)

    assert {"murder", "killing", "disappearance"} <= VICTIM_DEEDS
    assert _harm_noun(noun("murder")) and _harm_noun(noun("bombing"))
    assert not _harm_noun(noun("fraud")) and not _harm_noun(noun("murder", "VERB"))
