"""The web page in headless Chromium (Debian's package, driven by Playwright), served by a real ``serve``
over a real DuckDB store: the dyad chart and the network render with the store's data, clicking an event
opens its article with the evidence span highlighted, and the shifts list fills. Screenshots go to
tmp/artifacts/."""

from __future__ import annotations

import datetime as dt
import random
import shutil

import httpx
import pytest
from conftest import ARTIFACTS, ROOT, STORY, open_page, require_chromium, screenshot, serving, story_article

from eventscribe.analysis.synthetic import ACTIONS, event_row, synthetic_rows
from eventscribe.store import open_store

pytestmark = [pytest.mark.browser, pytest.mark.server]


def _history() -> list[dict]:
    """Iran and Hamas: cooperation, conflict from March 2011, cooperation again from December 2011."""
    rng = random.Random(3)
    rows = []
    for m in range(30):
        month = dt.date(2010 + m // 12, m % 12 + 1, 1)
        hostile = dt.date(2011, 3, 1) <= month < dt.date(2011, 12, 1)
        pool = [a for a in ACTIONS if (a[4] >= 3) == hostile]
        for i in range(8):
            day = month + dt.timedelta(days=rng.randrange(28))
            rows.append(event_row(f"h{m}-{i}", day, "IRNGOV", "PSEREBHMS", rng.choice(pool)))
    return rows


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    with open_store(str(path)) as writer:
        writer.add_events(list(synthetic_rows(4000, seed=9)) + _history())
        writer.add_many([story_article()])
    with serving(path) as running:
        yield running


@pytest.fixture
def page(browser, server):
    with open_page(browser, server.base) as tab:
        yield tab


def test_the_dyad_chart_draws_the_stores_series(page, server):
    page.fill("#dyad-form input[name=a]", "IRN")
    page.fill("#dyad-form input[name=b]", "PSE")
    page.click("#dyad-form button")
    page.wait_for_selector("#dyad-chart svg[aria-label='dyad IRN – PSE'] rect.bar")
    points = httpx.get(server.base + "/api/dyads", params={"a": "IRN", "b": "PSE", "undirected": "true"}).json()
    cells = sum(1 for p in points for q in (1, 2, 3, 4) if p[f"quad{q}"])
    assert page.locator("#dyad-chart rect.bar").count() == cells > 30
    assert page.locator("#dyad-chart polyline.goldstein").count() == 1
    screenshot(page, "dyad.png")


def test_the_network_view_draws_every_actor_and_relation(page, server):
    page.fill("#network-form input[name=start]", "2010-01-01")
    page.fill("#network-form input[name=end]", "2012-12-31")
    page.click("#network-form button")
    page.wait_for_selector("#network-view svg[data-start='2010-01-01'][data-end='2012-12-31'] circle.node")
    graph = httpx.get(server.base + "/api/network", params={"start": "2010-01-01", "end": "2012-12-31",
                                                            "max_nodes": 40}).json()  # fmt: skip
    assert page.locator("#network-view circle.node").count() == len(graph["nodes"]) > 10
    assert page.locator("#network-view line.edge").count() == len(graph["edges"])
    labels = set(page.locator("#network-view text.label").all_text_contents())
    assert {"IRN", "PSE"} <= labels
    screenshot(page, "network.png")


def test_clicking_an_event_opens_its_article_with_the_evidence_highlighted(page):
    page.fill("#search-form input[name=q]", "raided")
    page.click("#search-form button")
    page.wait_for_selector("#events-table tbody tr[data-event-id='story-1-e1']")
    assert page.locator("#events-table tbody tr").count() == 1
    page.click("#events-table tbody tr[data-event-id='story-1-e1']")
    mark = page.locator("#article-view mark.evidence")
    mark.wait_for()
    assert mark.inner_text() == "Israeli troops raided Hamas offices in Hebron."
    assert page.locator("#article-view mark.evidence strong.trigger").inner_text() == "raided"
    assert page.locator("#article-view .article-text").inner_text() == STORY
    assert page.locator("#article-view h3").inner_text() == "Hamas and Iran"
    screenshot(page, "article.png")


def test_the_shifts_list_shows_the_falling_out_and_the_rapprochement(page):
    page.fill("#shifts-form input[name=a]", "IRN")
    page.fill("#shifts-form input[name=b]", "PSE")
    page.click("#shifts-form button")
    page.wait_for_selector("#shifts-list li.shift")
    items = page.locator("#shifts-list > li.shift").all_inner_texts()
    assert any("falling out" in text and "2011-0" in text for text in items), items
    assert any("rapprochement" in text for text in items), items
    page.locator("#shifts-list a").first.click()
    page.wait_for_selector("#article-view mark.evidence")
    screenshot(page, "shifts.png")


def test_the_page_loads_nothing_from_outside_the_server(browser, server):
    context = browser.new_context()
    tab = context.new_page()
    hosts: set[str] = set()
    tab.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    tab.goto(server.base + "/")
    tab.wait_for_selector("#network-view svg")
    context.close()
    assert hosts == {server.base.split("/")[2]}


def test_a_page_screenshot_for_the_readme(page):
    page.fill("#dyad-form input[name=a]", "IRN")
    page.fill("#dyad-form input[name=b]", "PSE")
    page.click("#dyad-form button")
    page.wait_for_selector("#dyad-chart rect.bar")
    page.wait_for_selector("#network-view circle.node")
    page.fill("#shifts-form input[name=a]", "IRN")
    page.fill("#shifts-form input[name=b]", "PSE")
    page.click("#shifts-form button")
    page.wait_for_selector("#shifts-list li.shift")
    page.fill("#search-form input[name=q]", "Hamas")
    page.click("#search-form button")
    page.click("#events-table tbody tr[data-event-id='story-1-e1']")
    page.wait_for_selector("#article-view mark.evidence")
    shutil.copy(screenshot(page, "page.png"), ARTIFACTS / "page-latest.png")


@pytest.mark.spacy
def test_an_article_coded_by_the_pipeline_opens_with_its_evidence(browser, tmp_path):
    from eventscribe import code_inputs

    db = tmp_path / "coded.duckdb"
    summary = code_inputs([ROOT / "examples"], db=str(db))
    assert summary.ok
    with serving(db) as coded:
        first = httpx.get(coded.base + "/api/events", params={"q": "Mashaal", "limit": 1}).json()["items"][0]
        article = httpx.get(f"{coded.base}/api/articles/{first['article_id']}").json()
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        tab = context.new_page()
        tab.goto(coded.base + "/")
        tab.fill("#search-form input[name=q]", "Mashaal")
        tab.click("#search-form button")
        row = tab.locator(f"#events-table tbody tr[data-event-id='{first['event_id']}']")
        row.click()
        mark = tab.locator("#article-view mark.evidence")
        mark.wait_for()
        span = first["evidence"]
        assert mark.inner_text() == article["text"][span["start"] : span["end"]]
        if span["trigger_start"] is not None:
            trigger = article["text"][span["trigger_start"] : span["trigger_end"]]
            assert tab.locator("#article-view strong.trigger").inner_text() == trigger
        screenshot(tab, "coded-article.png")
        context.close()
