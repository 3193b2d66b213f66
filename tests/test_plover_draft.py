"""The PLOVER draft-0.5 categories of the gold records mapped to the current types, by category and,
where the current codebook moved one of a category's modes to another type, by mode."""

from __future__ import annotations

import json
import types

import pytest
from conftest import shared_path

import eventscribe.events.learned as learned
from eventscribe.errors import DataError
from eventscribe.events.learned import PLOVER_TYPES, plover_current_type, plover_draft_map


def test_property_destruction_is_an_assault_now_while_other_coercion_stays_coercion():
    # The current codebook lists "destroy" (destroy property, demolish as part of a conflict) as a mode
    # of ASSAULT; arrests, bans and deportations are still COERCE.
    assert plover_current_type("COERCE", "destroy") == "ASSAULT"
    for mode in ("arrest", "ban", "deport", "restrict", ""):
        assert plover_current_type("COERCE", mode) == "COERCE"


def test_a_mode_entry_only_applies_to_its_own_category():
    assert plover_current_type("THREATEN", "destroy") == "THREATEN"
    assert plover_current_type("FIGHT", "heavy-weapons") == "ASSAULT"


def test_every_mode_entry_names_a_known_category_and_a_current_type():
    mapping = plover_draft_map()
    for key, value in mapping.items():
        assert value in PLOVER_TYPES
        if "/" in key:
            assert key.partition("/")[0] in mapping


@pytest.mark.parametrize(
    "text", ["COERCE: COERCE\nFIGHT/destroy: ASSAULT\n", "COERCE: COERCION\n"], ids=["orphan mode", "unknown type"]
)
def test_a_mode_entry_without_its_category_or_an_unknown_type_is_refused(tmp_path, monkeypatch, text):
    # the shipped map passes the checks above only because the loader refuses bad maps: show that it does
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "plover_draft.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(learned, "resources", types.SimpleNamespace(files=lambda _package: tmp_path))
    plover_draft_map.cache_clear()
    try:
        with pytest.raises(DataError):
            plover_draft_map()
    finally:
        plover_draft_map.cache_clear()


def test_every_gold_record_gets_a_current_type():
    path = shared_path("gold", "plover_gsr_cameo_manual.jsonl")
    for line in path.open(encoding="utf-8"):
        plover = json.loads(line)["plover"]
        assert plover_current_type(plover["event"], plover.get("mode", "")) in PLOVER_TYPES
