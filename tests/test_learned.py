"""The learned event model (numpy, packaged weights), its combination with the patterns, calibrated
confidence and the PLOVER draft mapping and contexts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from conftest import shared_path

from eventscribe.events.calibration import Calibration, fit_isotonic, fit_platt
from eventscribe.events.learned import (
    DIMENSIONS,
    PENTA_NAMES,
    PLOVER_ORDER,
    PLOVER_TYPES,
    ROOTS,
    LearnedModel,
    class_votes,
    combine_penta,
    combine_plover,
    feature_names,
    features,
    lemma,
    penta_of,
    plover_draft_map,
    root_penta,
    type_votes,
)
from eventscribe.events.plover import contexts_of, with_contexts
from eventscribe.model import Actor, CameoCode, Event, Evidence, PloverCode


def _event(code: str, pattern: float, plover: PloverCode | None = None) -> Event:
    actor = Actor("ISRMIL", "Israel", "ISR", ("MIL",))
    return Event(
        event_id=code, article_id="a", sentence_index=0, sentence="s", date=dt.date(2014, 1, 1),
        source=actor, target=actor, cameo=CameoCode(code, code[:2], "x", 0.0, 1), plover=plover, location=None,
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
    assert combine_penta(probs, [_event("190", 0.9)], alpha=0.5) in (0, 1)  # a light vote does not


def test_the_sentence_combinations_do_not_read_the_calibrated_confidence():
    # Refitting the calibration changes every event's confidence; the sentence's class and type must not move.
    model = LearnedModel.load()
    text = "Police arrested dozens of protesters in the capital on Sunday."
    for code, kind in (("173", "COERCE"), ("141", "PROTEST")):
        sure, unsure = (_event(code, c, PloverCode(kind, "", ())) for c in (0.95, 0.05))
        assert model.sentence_penta(text, [sure]) == model.sentence_penta(text, [unsure])
        assert model.sentence_plover(text, [sure]) == model.sentence_plover(text, [unsure])


def test_a_class_gets_one_vote_however_many_events_of_it_a_sentence_has():
    one, three = [_event("190", 0.9)], [_event("190", 0.9), _event("193", 0.5), _event("180", 0.7)]
    assert class_votes(one).tolist() == class_votes(three).tolist() == [0, 0, 0, 0, 1]
    assault = PloverCode("ASSAULT", "", ())
    votes = type_votes([_event("190", 0.9, assault), _event("193", 0.5, assault), _event("010", 0.9)])
    assert votes.sum() == 1 and votes[PLOVER_ORDER.index("ASSAULT")] == 1


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


def test_the_shipped_weights_load_and_predict_with_torch_unimportable():
    script = (
        "import sys; sys.modules['torch'] = None\n"  # any import of torch now fails
        "from eventscribe.events.learned import LearnedModel\n"
        "m = LearnedModel.load()\n"
        "p = m.penta('Rebels fired rockets at the airport.')\n"
        "assert abs(p.sum() - 1) < 1e-5 and m.plover('Police arrested ten people.').shape == (16,)\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_shipped_weights_stay_small():
    # 4.2 MiB since the news training sentences joined the sources (stop 23): more distinct features
    size = len((resources.files("eventscribe.events") / "data" / "learned.npz").read_bytes())
    assert size < 5 * 1024 * 1024


# Sentences we wrote for these tests (not training sentences), one per penta class and more.
PENTA_SENTENCES = [
    ("The foreign ministry spokesman told a news conference the government had no comment on the report.", 0),
    ("The prime minister called on the international community to send more aid to the region.", 0),
    ("The president praised his Kenyan counterpart for his efforts to bring peace to the region.", 1),
    ("Japan lent Vietnam 500 million dollars last year to build new power stations.", 2),
    ("The rebels freed 40 government soldiers they had held for two years.", 2),
    ("The ministry rejected the union's demand for a pay rise.", 3),
    ("Suspected militants detonated a bomb at a bus station, killing seven people.", 4),
    ("Thousands of protesters clashed with riot police in the capital on Saturday.", 4),
    ("Fighter jets struck insurgent hideouts in the northern mountains.", 4),
]


@pytest.mark.parametrize(("sentence", "expected"), PENTA_SENTENCES)
def test_the_penta_head_reads_news_sentences_it_was_not_trained_on(sentence, expected):
    probs = LearnedModel.load().penta(sentence)
    assert int(np.argmax(probs)) == expected, (PENTA_NAMES[int(np.argmax(probs))], probs.round(2))


PLOVER_SENTENCES = [
    ("The two foreign ministers met in Ankara to discuss the refugee crisis.", "CONSULT"),
    ("Police detained twelve activists outside the courthouse.", "COERCE"),
    ("Hundreds of nurses marched to the health ministry to protest against staff cuts.", "PROTEST"),
    ("The union demanded that the company reinstate the dismissed workers.", "REQUEST"),
    ("Artillery and rocket fire hit residential districts of the city overnight.", "ASSAULT"),
    ("The government threatened to expel the ambassador if the spying continued.", "THREATEN"),
]


@pytest.mark.parametrize(("sentence", "expected"), PLOVER_SENTENCES)
def test_the_plover_head_reads_news_sentences_it_was_not_trained_on(sentence, expected):
    probs = LearnedModel.load().plover(sentence)
    assert PLOVER_ORDER[int(np.argmax(probs))] == expected


def test_the_root_head_ranks_the_right_root_high():
    roots = LearnedModel.load().roots("Security forces arrested the opposition leader at his home.")
    assert abs(roots.sum() - 1.0) < 1e-5
    assert "17" in [ROOTS[int(k)] for k in np.argsort(-roots)[:3]]


def test_a_confident_coded_event_decides_the_sentence_plover_type():
    probs = np.full(16, 1 / 16)
    probs[PLOVER_ORDER.index("CONSULT")] = 0.3
    probs /= probs.sum()
    assert combine_plover(probs, [], alpha=2.0) == "CONSULT"
    assault = _event("190", 0.9, PloverCode("ASSAULT", "", ()))
    assert combine_plover(probs, [assault], alpha=2.0) == "ASSAULT"
    assert combine_plover(probs, [_event("010", 0.9)], alpha=2.0) == "CONSULT"  # a statement has no type


def test_features_mark_words_under_negation_and_modals():
    names = feature_names("The army did not attack the town but threatened to shell it.")
    assert "n:attack" in names and "m:shell" in names
    assert "n:attack" not in feature_names("The army attacked the town.")
    assert "k:fir_rocket" in feature_names("Militants fired two rockets at the base.")  # a verb and its object
    assert [lemma(w) for w in ("shelled", "shelling", "carries", "stopped", "talks")] == [
        "shell", "shell", "carry", "stop", "talk",
    ]  # fmt: skip


def test_platt_calibration_is_monotone_and_follows_the_rate():
    pairs = [(s / 100, s % 3 != 0 if s > 50 else s % 4 == 0) for s in range(100)]
    xs, ys = fit_platt(pairs)
    assert xs == sorted(xs) and ys == sorted(ys) and xs[0] == 0.0 and xs[-1] == 1.0
    cal = Calibration(xs, ys)
    assert cal(0.1) < 0.4 < cal(0.9)
    falling = [(0.2, True), (0.3, True), (0.8, False), (0.9, False)]
    xs, ys = fit_platt(falling)
    assert ys[0] == ys[-1] == 0.5  # a curve that falls with the score is flattened to the rate
    assert fit_platt([]) == ([], [])


@pytest.mark.spacy
def test_the_calibration_script_fits_on_dev_and_prints_its_reliability_table(tmp_path):
    shared = shared_path("gold", "petrarch2_gsr_realworld.jsonl").parent.parent
    out = tmp_path / "calibration.json"
    script = Path(__file__).resolve().parent.parent / "scripts" / "train_calibration.py"
    done = subprocess.run(
        [sys.executable, str(script), "--shared", str(shared), "--out", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "reliability (calibrated, out of fold)" in done.stdout and "chose" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    Calibration(data["x"], data["y"])  # increasing breakpoints, or it raises
    assert data["y"] and 0.0 <= data["y"][0] <= data["y"][-1] <= 1.0


def test_the_logistic_calibration_ranks_by_what_it_was_fitted_on():
    from eventscribe.events.calibration import FEATURES, event_features, fit_logistic

    # Events without a target are right a quarter of the time, events with one three quarters.
    rows = [
        (event_features(0.8, has_target=k % 4 != 0, penta_class=k % 5, learned_p=0.5), k % 4 != 0) for k in range(40)
    ]
    rows += [(event_features(0.8, has_target=False, penta_class=k % 5, learned_p=0.5), k % 4 == 0) for k in range(40)]
    weights, bias = fit_logistic(rows, l2=0.3)
    assert len(weights) == len(FEATURES) and weights[FEATURES.index("no_target")] < 0
    cal = Calibration([0.0, 1.0], [0.5, 0.5], (weights, bias))
    with_target = cal.event(0.8, has_target=True, penta_class=1, learned_p=0.5)
    without = cal.event(0.8, has_target=False, penta_class=1, learned_p=0.5)
    assert 0.0 < without < 0.5 < with_target < 1.0
    assert Calibration([0.0, 1.0], [0.3, 0.7]).event(1.0, has_target=False, penta_class=0, learned_p=0.0) == 0.7


def test_a_logistic_calibration_with_the_wrong_number_of_weights_is_refused():
    from eventscribe.errors import DataError

    with pytest.raises(DataError, match="logistic"):
        Calibration([], [], ([1.0, 2.0], 0.0))
