"""A verb coordinated with a passive one shares its passive subject (events/shared_passive.py): "was
arrested and charged", "was kidnapped and killed". The one arrested or kidnapped is never the doer of
the second act. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy

DATE = "2005-03-14"

SHARED = [
    ("A British soldier was arrested and charged with murder.", "GBRMIL"),
    ("Two Chinese dissidents were tried and sentenced to ten years in prison.", "CHNOPP"),
    ("A French journalist was kidnapped and killed in Iraq.", "FRAMED"),
    ("Three Egyptian men were detained and deported to Cairo.", "EGYCVL"),
]


@pytest.mark.parametrize(("text", "patient"), SHARED, ids=[t[:40] for t, _ in SHARED])
def test_the_shared_patient_is_no_doer(code_text, text, patient):
    triples = code_triples(code_text(text, DATE))
    assert not any(s == patient for s, _, _ in triples), triples


TARGETED = [
    (
        "A Nigerian businessman was convicted of fraud and sentenced at a court in London on Tuesday.",
        "GBR",
        "NGABUS",
        "173",
    ),
    ("The Iraqi aid worker was kidnapped and beaten by gunmen in Baghdad.", "IRQ", "IRQNGO", "182"),
]


@pytest.mark.parametrize(("text", "doer", "patient", "code"), TARGETED, ids=[t[0][:40] for t in TARGETED])
def test_the_shared_patient_is_the_target_of_the_second_act(code_text, text, doer, patient, code):
    triples = code_triples(code_text(text, DATE))
    assert any(s.startswith(doer) and t == patient and c == code for s, t, c in triples), triples


def test_a_verb_with_a_subject_of_its_own_is_active(code_text):
    # "... and the army shelled the town": its own subject; no change
    text = "Two Russian soldiers were killed and Chechen rebels attacked a convoy."
    triples = code_triples(code_text(text, DATE))
    assert any("REB" in s for s, _, c in triples if c.startswith(("18", "19"))), triples


def test_a_shared_verb_is_as_unreal_as_the_verb_it_shares(code_text):
    # "would enable offenders to be fined and imprisoned": the rule is planned, nobody is jailed (the
    # guard in clauses._clause; without it the shared passive made "imprisoned" an act of the ministry)
    text = "A Belgian finance ministry spokesman said new rules would enable offenders to be fined and imprisoned for up to a year."
    triples = code_triples(code_text(text, DATE))
    assert not any(c.startswith("17") for _, _, c in triples), triples
