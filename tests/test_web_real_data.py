"""The web page over real data, in headless Chromium: the ICEWS 2018 sample imported with the real
``eventscribe import`` and ten BBC politics articles coded with the real ``eventscribe code --db``, served by
a real ``serve``. The events search, a dyad chart (USA and North Korea, the sample's busiest pair of
countries), the network and a coded BBC article with its evidence highlighted must render. Skips when
../shared is absent. Screenshots go to tmp/artifacts/real-*.png."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import open_page, require_chromium, screenshot, serving, shared_path

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.spacy]

BBC_DATE = "2005-02-01"  # the BBC set carries no dates


def _cli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "eventscribe.cli", *args], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stderr + done.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    icews = shared_path("data", "icews_events_2018_sample.tab")
    bbc = shared_path("corpora", "bbc", "bbc_politics.jsonl")
    folder = tmp_path_factory.mktemp("real")
    articles = folder / "bbc10.jsonl"
    articles.write_text("".join(bbc.read_text(encoding="utf-8").splitlines(keepends=True)[:10]), encoding="utf-8")
    db = folder / "real.duckdb"
    assert "3705 new" in _cli("import", str(icews), "--db", str(db))
    assert "coded 10 articles" in _cli("code", str(articles), "--db", str(db), "--date", BBC_DATE, "--quiet")
    return db


@pytest.fixture(scope="module")
def server(store):
    require_chromium()
    with serving(store) as running:
        yield running


@pytest.fixture
def page(browser, server):
    with open_page(browser, server.base) as tab:
        yield tab


def test_the_events_search_finds_imported_icews_events(page, server):
    params = {"actor": "PRK", "start": "2018-06-01", "end": "2018-06-02", "limit": 500}
    expected = httpx.get(server.base + "/api/events", params=params).json()
    assert expected["total"] > 100
    page.fill("#search-form input[name=actor]", "PRK")
    page.fill("#search-form input[name=start]", "2018-06-01")
    page.fill("#search-form input[name=end]", "2018-06-02")
    page.click("#search-form button")
    first = expected["items"][0]["event_id"]
    page.wait_for_selector(f"#events-table tbody tr[data-event-id='{first}']")
    shown = page.locator("#events-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.eventId)")
    assert set(shown) <= {e["event_id"] for e in expected["items"]}
    screenshot(page, "real-search.png")


def test_the_dyad_chart_draws_usa_and_north_korea_by_day(page, server):
    page.fill("#dyad-form input[name=a]", "USA")
    page.fill("#dyad-form input[name=b]", "PRK")
    page.select_option("#dyad-form select[name=freq]", "day")
    page.click("#dyad-form button")
    page.wait_for_selector("#dyad-chart svg[aria-label='dyad USA – PRK'] rect.bar")
    params = {"a": "USA", "b": "PRK", "freq": "day", "undirected": "true"}
    points = httpx.get(server.base + "/api/dyads", params=params).json()
    assert sum(p["events"] for p in points) > 200
    cells = sum(1 for p in points for q in (1, 2, 3, 4) if p[f"quad{q}"])
    assert page.locator("#dyad-chart rect.bar").count() == cells >= 4
    screenshot(page, "real-dyad.png")


def test_the_network_draws_the_icews_countries(page, server):
    page.fill("#network-form input[name=start]", "2018-06-01")
    page.fill("#network-form input[name=end]", "2018-06-02")
    page.click("#network-form button")
    page.wait_for_selector("#network-view svg[data-start='2018-06-01'][data-end='2018-06-02'] circle.node")
    params = {"start": "2018-06-01", "end": "2018-06-02", "max_nodes": 40}
    graph = httpx.get(server.base + "/api/network", params=params).json()
    assert page.locator("#network-view circle.node").count() == len(graph["nodes"]) > 20
    assert page.locator("#network-view line.edge").count() == len(graph["edges"])
    assert {"USA", "PRK", "CHN"} <= set(page.locator("#network-view text.label").all_text_contents())
    screenshot(page, "real-network.png")


def test_a_coded_bbc_article_opens_with_its_evidence_highlighted(page, server):
    params = {"start": BBC_DATE, "end": BBC_DATE, "limit": 500}
    coded = httpx.get(server.base + "/api/events", params=params).json()["items"]
    assert coded and all(e["article_id"].startswith("bbc-politics-") for e in coded)
    page.fill("#search-form input[name=start]", BBC_DATE)
    page.fill("#search-form input[name=end]", BBC_DATE)
    page.click("#search-form button")
    event = coded[0]
    row = page.locator(f"#events-table tbody tr[data-event-id='{event['event_id']}']")
    row.click()
    mark = page.locator("#article-view mark.evidence")
    mark.wait_for()
    article = httpx.get(f"{server.base}/api/articles/{event['article_id']}").json()
    span = event["evidence"]
    assert mark.inner_text() == article["text"][span["start"] : span["end"]]
    assert page.locator("#article-view h3").inner_text() == article["title"]
    screenshot(page, "real-article.png")
