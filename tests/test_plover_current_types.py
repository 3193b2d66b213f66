"""Where the 2025 PLOVER codebook puts a CAMEO code in another type than the 2021 CAMEO-to-PLOVER table
(scripts/build_codebook.py CURRENT_TYPE), the packaged codebook and the coded events follow the 2025 one."""

from __future__ import annotations

import pytest

from eventscribe.events.codebook import Codebook


def test_an_embargo_or_sanctions_reduce_relations_and_are_no_repression():
    plover = Codebook.load().plover("163")
    assert plover is not None and (plover.event, plover.mode) == ("SANCTION", "discontinue")
    arrest = Codebook.load().plover("173")
    assert arrest is not None and arrest.event == "COERCE"


@pytest.mark.spacy
def test_a_coded_sanctions_event_is_typed_sanction(code_text):
    events = code_text("The European Union imposed sanctions on Belarus on Monday.")
    sanctions = [e for e in events if e.cameo.code == "163"]
    assert sanctions and all(e.plover is not None and e.plover.event == "SANCTION" for e in sanctions)
