"""The training script's report of where the PLOVER type comes from: records the pattern coder gave a
typed event (its votes mostly decide) and records it gave none (the text model alone decides)."""

from __future__ import annotations

import pytest
from conftest import load_script

from eventscribe.model import PloverCode


@pytest.fixture(scope="module")
def trainer():
    return load_script("train_event_model")


class _Coded:
    def __init__(self, plover: PloverCode | None) -> None:
        self.plover = plover


def test_hits_are_counted_apart_for_records_with_and_without_a_typed_event(trainer, capsys):
    agree, statement = _Coded(PloverCode("AGREE", "", ())), _Coded(None)
    gold = ["AGREE", "ASSAULT", "COERCE", "PROTEST"]
    guessed = ["AGREE", "COERCE", "COERCE", "PROTEST"]
    coded = [(agree,), (), (statement,), (agree, statement)]
    trainer.print_by_coder(gold, guessed, coded)
    out = capsys.readouterr().out
    assert "with a typed coded event: 2/2" in out
    assert "with none (the text model decides): 1/2" in out
