"""The pipeline streams articles in order and keeps going past an article it cannot code."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.coding import code_inputs
from eventscribe.model import Article
from eventscribe.pipeline import Pipeline

pytestmark = pytest.mark.spacy


class _Fragile:
    """A coder that fails on one article id, standing beside the real one."""

    def __init__(self, real, bad_id: str) -> None:
        self.real, self.bad_id = real, bad_id

    def code(self, parsed):
        if parsed.article.id == self.bad_id:
            raise RuntimeError("boom")
        return self.real.code(parsed)


def _articles():
    texts = ["Israeli troops attacked Hamas fighters in Gaza.", "Iran condemned Israel.", "France praised Germany."]
    return [Article(id=f"a{i}", text=t, date=dt.date(2014, 6, 26)) for i, t in enumerate(texts)]


def test_pipe_yields_one_coded_article_per_article_in_order(pipeline):
    coded = list(pipeline.pipe(_articles()))
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"]
    assert all(c.events and c.error is None for c in coded)


def test_a_fault_in_one_article_is_recorded_and_the_rest_coded(pipeline):
    fragile = Pipeline(parser=pipeline.parser, coder=_Fragile(pipeline.coder, "a1"))
    coded = list(fragile.pipe(_articles()))
    assert [c.error is None for c in coded] == [True, False, True]
    assert "boom" in coded[1].error and coded[2].events


def test_an_article_that_fails_is_reported_and_not_stored(pipeline, tmp_path):
    source = tmp_path / "in.jsonl"
    import json

    source.write_text("\n".join(json.dumps({"id": a.id, "text": a.text, "date": "2014-06-26"}) for a in _articles()))
    fragile = Pipeline(parser=pipeline.parser, coder=_Fragile(pipeline.coder, "a1"))

    class Runner:
        def run(self, articles):
            return fragile.pipe(articles)

    errors = []
    summary = code_inputs([source], db=str(tmp_path / "e.duckdb"), runner=Runner(), on_error=errors.append)
    assert summary.articles == 2 and len(errors) == 1
    assert f"{source}:2" in str(errors[0]) and "a1" in str(errors[0])
    again = code_inputs([source], db=str(tmp_path / "e.duckdb"), runner=Runner(), on_error=errors.append)
    assert again.already_stored == 2


def test_a_fault_in_the_parser_is_recorded_on_its_article_and_the_others_parsed(pipeline):
    articles = _articles()
    articles[1] = Article(id="a1", text="Israel attacked Hamas \ud83d in Gaza.", date=dt.date(2014, 6, 26))
    coded = list(pipeline.pipe(articles))
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"]
    assert coded[1].error and not coded[1].events
    assert coded[0].events and coded[2].events and coded[0].error is None
