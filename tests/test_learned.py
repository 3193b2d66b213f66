"""The learned event model (numpy, packaged weights), its combination with the patterns, calibrated
confidence and the PLOVER draft mapping and contexts."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
from conftest import shared_path

from eventscribe.events.calibration import Calibration, fit_isotonic
from eventscribe.events.learned import (
    DIMENSIONS,
    PLOVER_TYPES,
    LearnedModel,
    combine_penta,
    features,
    penta_of,
    plover_draft_map,
    root_penta,
)
from eventscribe.events.plover import contexts_of, with_contexts
from eventscribe.model import Actor, CameoCode, Event, Evidence, PloverCode


def _event(code: str, pattern: float) -> Event:
    actor = Actor("ISRMIL", "Israel", "ISR", ("MIL",))
    return Event(
        event_id=code, article_id="a", sentence_index=0, sentence="s", date=dt.date(2014, 1, 1),
        source=actor, target=actor, cameo=CameoCode(code, code[:2], "x", 0.0, 1), plover=None, location=None,
        confidence=pattern, evidence=Evidence("t", 0, 1),
    )  # fmt: skip


def test_penta_classes_follow_cameo_roots():
    assert [penta_of(c) for c in ("010", "0211", "036", "057", "061", "087", "090", "112", "138", "141", "190")] == [
        0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4,
    ]  # fmt: skip


def test_features_are_hashed_normalised_and_stable():
    one = features("Troops shelled the town.")
    assert one == features("Troops shelled the town.")
    assert all(0 <= k < DIMENSIONS for k in one)
    assert abs(sum(v * v for v in one.values()) - 1.0) < 1e-6
    assert features("") == {}


def test_the_packaged_model_reads_violence_and_cooperation_apart():
    model = LearnedModel.load()
    violent = model.penta("Militants ambushed an army convoy, killing twelve soldiers, and fired rockets at the base.")
    friendly = model.penta("The two governments signed an agreement to expand trade and cooperation.")
    assert abs(violent.sum() - 1.0) < 1e-5
    assert int(np.argmax(violent)) == 4
    assert int(np.argmax(friendly)) in (1, 2)
    roots = model.roots("Police arrested dozens of protesters and detained the opposition leader.")
    assert roots.shape == (20,)


def test_a_confident_pattern_outweighs_a_hesitant_text_model():
    probs = np.array([0.3, 0.3, 0.1, 0.2, 0.1])
    assert combine_penta(probs, [], alpha=1.5) in (0, 1)
    assert combine_penta(probs, [_event("190", 0.9)], alpha=1.5) == 4
    assert combine_penta(probs, [_event("190", 0.4)], alpha=1.5, floor=0.5) in (0, 1)  # under the floor


def test_isotonic_calibration_is_monotone_and_shrinks_small_blocks():
    pairs = [(0.45, False), (0.5, False), (0.55, True), (0.6, False), (0.7, True), (0.8, True), (0.9, True)]
    xs, ys = fit_isotonic(pairs)
    assert xs == sorted(xs) and ys == sorted(ys)
    assert 0.0 < ys[0] and ys[-1] < 1.0
    cal = Calibration(xs, ys)
    assert cal(0.0) == ys[0] and cal(1.0) == ys[-1]
    assert ys[0] <= cal(0.65) <= ys[-1]
    assert Calibration([], [])(0.42) == 0.42


def test_packaged_calibration_is_monotone():
    cal = Calibration.load()
    values = [cal(x / 20) for x in range(21)]
    assert values == sorted(values) and all(0.0 <= v <= 1.0 for v in values)


def test_every_draft_plover_category_maps_to_a_current_type():
    mapping = plover_draft_map()
    assert set(mapping.values()) <= PLOVER_TYPES and len(PLOVER_TYPES) == 16
    assert mapping["DEMAND"] == "REQUEST" and mapping["FIGHT"] == "ASSAULT" and mapping["DISAPPROVE"] == "ACCUSE"
    path = shared_path("gold", "plover_gsr_cameo_manual.jsonl")
    drafts = {json.loads(line)["plover"]["event"] for line in path.open(encoding="utf-8")}
    assert drafts <= set(mapping)


def test_contexts_come_from_the_sentence_and_short_words_do_not_match_inside_others():
    assert "military" in contexts_of("Troops and tanks massed on the border.")
    assert "economic" in contexts_of("The government raised tariffs on steel imports.")
    assert contexts_of("The minister took a taxi to the campaign office.") == ("political",)
    coded = with_contexts(PloverCode("COERCE", "arrest", ("legal",)), "Police arrested refugees at the camp.")
    assert coded is not None and coded.context[0] == "legal" and "refugees" in coded.context
    assert with_contexts(None, "Troops fired.") is None


def test_root_probabilities_sum_into_penta_classes():
    roots = np.zeros(20)
    roots[0] = 0.2  # 01 statement
    roots[17] = 0.5  # 18 assault
    roots[18] = 0.3  # 19 fight
    assert np.allclose(root_penta(roots), [0.2, 0.0, 0.0, 0.0, 0.8])
