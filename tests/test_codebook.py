"""The CAMEO codebook, its PLOVER mapping and the packaged data files."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from eventscribe.errors import DataError
from eventscribe.events.codebook import PLOVER_EVENTS, Codebook, read_data_text, validate_cameo_csv

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DATA = REPO / "src/eventscribe/events/data"
ROOTS = [f"{n:02d}" for n in range(1, 21)]


@pytest.fixture(scope="module")
def book() -> Codebook:
    return Codebook.load()


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_packaged_data_file_validates():
    from eventscribe.events.classify import VerbClassifier

    validate_cameo_csv(read_data_text("cameo.csv"))
    assert VerbClassifier.load() is VerbClassifier.load()
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)
    assert isinstance(yaml.safe_load((DATA / "rules.yaml").read_text(encoding="utf-8"))["rules"], list)


def test_appeal_for_military_cooperation_has_icews_weight_and_verbal_cooperation(book):
    code = book.cameo("0212")
    assert (code.code, code.root, code.name) == ("0212", "02", "Appeal for military cooperation")
    assert code.goldstein == 3.4
    assert code.quad_class == 1


def test_every_code_has_a_root_among_the_twenty(book):
    assert book.codes()
    for code in book.codes():
        assert book.cameo(code).root in ROOTS
        assert code.startswith(book.cameo(code).root)


def test_all_twenty_roots_are_present(book):
    assert all(root in book for root in ROOTS)


@pytest.mark.parametrize(
    ("code", "event", "mode", "context"),
    [
        ("173", "COERCE", "arrest", ("legal",)),
        ("0212", "REQUEST", "assist", ("military",)),
        ("181", "ASSAULT", "abduct", ()),
        ("046", "CONSULT", "", ("diplomatic",)),
        ("1124", "ACCUSE", "allege", ("military", "legal")),
    ],
)
def test_plover_mapping(book, code, event, mode, context):
    plover = book.plover(code)
    assert plover is not None
    assert (plover.event, plover.mode, plover.context) == (event, mode, context)


def test_statements_have_no_plover_event_and_other_roots_do(book):
    for code in book.codes():
        if code.startswith("01"):
            assert book.plover(code) is None
        else:
            assert book.plover(code).event in PLOVER_EVENTS


def test_unknown_code_raises_a_data_error_that_is_also_a_key_error(book):
    with pytest.raises(DataError, match="999"):
        book.cameo("999")
    with pytest.raises(KeyError):
        book.plover("0000")


def test_validate_names_file_and_line_of_a_bad_row():
    text = read_data_text("cameo.csv").splitlines()
    fields = text[3].split(",")
    fields[5] = "7"  # quad_class of the third code
    text[3] = ",".join(fields)
    with pytest.raises(DataError, match=r"cameo\.csv:4: quad_class"):
        validate_cameo_csv("\n".join(text) + "\n")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared sources are not available")
def test_build_codebook_reproduces_the_shipped_file(tmp_path):
    script = _load_script("build_codebook")
    out = tmp_path / "cameo.csv"
    script.write(script.build(SHARED), out)
    assert out.read_text(encoding="utf-8") == (DATA / "cameo.csv").read_text(encoding="utf-8")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared sources are not available")
def test_build_verbs_reproduces_the_shipped_files(tmp_path):
    script = _load_script("build_verbs")
    valid = set(Codebook.load().codes())
    verbs, patterns, _ = script.convert(SHARED / "data/dictionaries/CAMEO.2.0.txt", valid)
    script.write_jsonl(verbs, tmp_path / "verbs.jsonl")
    script.write_jsonl(patterns, tmp_path / "patterns.jsonl")
    for name in ("verbs.jsonl", "patterns.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes()
