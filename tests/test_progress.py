"""The progress bar: articles out of a counted total, events, rate and ETA, on a terminal only."""

from __future__ import annotations

import datetime as dt
import io
import json

from rich.console import Console

from eventscribe.model import Article, CodedArticle
from eventscribe.progress import Progress, count_records


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _coded(k: int, events: int = 0) -> CodedArticle:
    article = Article(id=f"a{k}", text="Some text.", date=dt.date(2014, 6, 26))
    return CodedArticle(article=article, events=(None,) * events)


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=160, color_system=None), out


def test_bar_shows_articles_of_total_events_rate_and_eta():
    console, out = _terminal()
    clock = Clock()
    with Progress(console=console, total=40, clock=clock) as progress:
        for k in range(10):
            clock.now += 0.5
            progress.advance(_coded(k, events=2))
    shown = out.getvalue()  # what was drawn, up to the last frame before the bar was cleared
    assert "10/40" in shown
    assert "20 events" in shown
    assert "2.0 articles/s" in shown
    assert "ETA 0:00:15" in shown  # 30 articles left at 2 per second


def test_eta_waits_for_the_total_and_skipped_records_count_as_done():
    clock = Clock()
    console, _ = _terminal()
    progress = Progress(console=console, clock=clock)
    with progress:
        clock.now += 2
        progress.advance(_coded(0))
        assert progress.eta is None
        progress.skip(3)  # already stored, or bad
        progress.set_total(8)
        assert progress.done == 4 and progress.eta == 2.0


def test_nothing_is_drawn_when_the_console_is_not_a_terminal():
    out = io.StringIO()
    with Progress(console=Console(file=out), total=3) as progress:
        progress.advance(_coded(0))
    assert not progress.enabled and out.getvalue() == ""


def test_quiet_draws_nothing_even_on_a_terminal():
    console, out = _terminal()
    with Progress(enabled=False, console=console, total=3) as progress:
        progress.advance(_coded(0))
    assert out.getvalue() == ""


def test_stderr_stays_clean_when_it_is_not_a_terminal(capsys):
    with Progress(total=2) as progress:  # under pytest, stderr is captured: not a terminal
        progress.advance(_coded(0))
        assert progress.count_in_background(["."]) is None
    assert capsys.readouterr().err == ""


def test_count_records_counts_each_format_without_reading_articles(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    lines = [json.dumps({"id": f"j{k}", "text": "x", "date": "2014-06-26"}) for k in range(3)]
    (news / "a.jsonl").write_text("\n".join([lines[0], "", lines[1], "{not json", lines[2]]) + "\n\n")
    (news / "b.csv").write_text('id,text\nc1,"two\nlines"\nc2,plain\n\n')
    (news / "c.txt").write_text("One article.")
    (news / "d.html").write_text("<html><body><p>One page.</p></body></html>")
    items = "".join(f"<item><guid>i{k}</guid><title>t</title></item>" for k in range(2))
    (news / "e.rss").write_text(f'<?xml version="1.0"?><rss><channel><title>f</title>{items}</channel></rss>')
    entries = "".join(f"<entry><id>e{k}</id></entry>" for k in range(3))
    (news / "f.atom").write_text(f'<feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>{entries}</feed>')
    (news / "g.json").write_text(json.dumps([{"id": "x"}, {"id": "y"}]))
    (news / "notes.md").write_text("not an input")
    assert count_records([news]) == 4 + 2 + 1 + 1 + 2 + 3 + 2
    assert count_records([news], exclude=[news / "a.jsonl"]) == 2 + 1 + 1 + 2 + 3 + 2
    assert count_records([tmp_path / "missing"]) == 0
