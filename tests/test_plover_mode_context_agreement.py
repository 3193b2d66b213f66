"""benchmarks/accuracy.py section 4: how often the coded events agree with a PLOVER record's own mode and
context. Records and events made up here."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from conftest import ROOT

from eventscribe.model import PloverCode

sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import mode_context_agreement  # noqa: E402


def _event(kind: str, mode: str, context: tuple[str, ...]) -> SimpleNamespace:
    """Stands in for a coded Event: the agreement reads only its PLOVER code."""
    return SimpleNamespace(plover=PloverCode(kind, mode, context))


def _record(kind: str, mode: str, context: str) -> dict:
    return {"plover": {"event": kind, "mode": mode, "context": context}}


def test_modes_and_contexts_are_compared_where_they_can_agree():
    records = [
        _record("ASSAULT", "heavy-weapons", "military"),  # mode and context agree
        _record("ASSAULT", "firearms", "refugees"),  # mode differs; "refugees" meets "refugee"
        _record("PROTEST", "riot-spon", "political"),  # a draft mode name: not compared; context differs
        _record("ASSAULT", "explosives", ""),  # no event of the type, no context: neither compared
    ]
    coded = [
        (_event("ASSAULT", "heavy-weapons", ("military",)),),
        (_event("ASSAULT", "aerial", ("refugee",)),),
        (_event("PROTEST", "riot", ("legal",)),),
        (_event("COERCE", "", ("legal",)),),
    ]
    gold = {i: r["plover"]["event"] for i, r in enumerate(records)}
    line = mode_context_agreement(records, list(range(4)), coded, gold)
    assert line == "mode agrees 1/2, context agrees 2/3"
