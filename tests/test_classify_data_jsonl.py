"""classify_data.read_jsonl: the packaged pattern and verb files read in one parse, and a broken line
still named by its number."""

from __future__ import annotations

import pytest

from eventscribe.errors import DataError
from eventscribe.events import classify_data


def test_rows_read_in_one_parse_equal_the_rows_read_line_by_line():
    for name in ("patterns.jsonl", "verbs.jsonl"):
        rows = classify_data.read_jsonl(name)
        assert rows and rows == classify_data._read_jsonl_lines(name)


@pytest.mark.parametrize(
    "text",
    ['{"lemma": "meet"}\n\n{"lemma": "visit"\n{"lemma": "say"}\n', '{"lemma": "meet"}\n\n{"a": 1}, {"b": 2}\n'],
)
def test_a_broken_line_is_named_by_its_number(monkeypatch, text):
    monkeypatch.setattr(classify_data, "read_data_text", lambda name: text)
    with pytest.raises(DataError, match=r"verbs\.jsonl:3: not valid JSON"):
        classify_data.read_jsonl("verbs.jsonl")
