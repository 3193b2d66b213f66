"""The package root exports exactly its public API, and nothing in it needs spaCy at import time."""

from __future__ import annotations

import subprocess
import sys

import eventscribe

EXPECTED = {
    "Actor", "Article", "CameoCode", "CodeSummary", "CodedArticle", "Event", "EventscribeError", "Evidence",
    "InputError", "Pipeline", "Place", "PloverCode", "RecordError", "__version__", "code_inputs", "load_gold",
    "open_store", "read_inputs", "score",
}  # fmt: skip


def test_public_api_is_what_all_lists():
    assert set(eventscribe.__all__) == EXPECTED
    for name in eventscribe.__all__:
        assert hasattr(eventscribe, name), name


def test_only_the_nlp_stage_imports_spacy():
    code = "import sys, eventscribe, eventscribe.cli, eventscribe.events.coder; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
