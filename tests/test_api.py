"""The HTTP API over a real DuckDB store: the contract's endpoints, validation, limits, tokens, injection
through every filter, path traversal and CORS. (``test_api_server.py`` drives a real ``serve`` process.)"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from conftest import STORY, story_article

from eventscribe.analysis import dyad_series
from eventscribe.analysis.synthetic import ACTIONS, event_row
from eventscribe.api import create_app
from eventscribe.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

D = dt.date
CONSULT, FIGHT = ACTIONS[1], ACTIONS[9]


def _rows():
    rows = [
        event_row(f"m{i}", D(2013, 1 + i % 12, 3), "IRNGOV", "PSEREBHMS", CONSULT if i % 3 else FIGHT)
        for i in range(30)
    ]
    rows.append(event_row("pct", D(2012, 5, 5), "TURGOV", "ISRGOV", CONSULT, sentence="Turkey cut 100% of it.",
                          location_name="Ankara", location_country="TUR", lat=39.9, lon=32.8))  # fmt: skip
    rows.append(event_row("undated", None, "USAGOV", "IRNGOV", FIGHT))
    return rows


@pytest.fixture(scope="module", params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path_factory) -> str:
    """The same events in a DuckDB file and in a database on the session's PostgreSQL server."""
    if request.param == "postgres":
        import uuid

        location = request.getfixturevalue("postgres_server").create_database(f"api_{uuid.uuid4().hex[:12]}")
    else:
        location = str(tmp_path_factory.mktemp("api") / "events.duckdb")
    with open_store(location) as writer:
        writer.add_events(_rows())
        writer.add_many([story_article()])
    return location


@pytest.fixture(scope="module")
def client(db):
    with open_store(str(db), read_only=True) as store:
        yield TestClient(create_app(store))


@pytest.fixture
def writer_client(tmp_path):
    store = open_store(str(tmp_path / "w.duckdb"))
    yield TestClient(create_app(store, token="s3cret-token", writable=True))
    store.close()


# ---- events ----


def test_events_page_has_items_and_a_total(client):
    body = client.get("/api/events", params={"limit": 5}).json()
    assert body["total"] == 35 and len(body["items"]) == 5
    assert {"event_id", "source", "target", "cameo", "evidence", "date"} <= set(body["items"][0])


def test_events_are_paginated_without_overlap(client):
    pages = [client.get("/api/events", params={"limit": 10, "offset": o}).json()["items"] for o in (0, 10, 20, 30)]
    ids = [e["event_id"] for page in pages for e in page]
    assert len(ids) == len(set(ids)) == 35
    assert client.get("/api/events", params={"offset": 1000}).json() == {
        "items": [], "total": 35, "limit": 50, "offset": 1000}  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected"),
    [({"actor": "PSE"}, 33), ({"source": "IRN"}, 30), ({"target": "PSEREBHMS"}, 31), ({"source": "irngov"}, 30),
     ({"code": "19"}, 11), ({"code": "040"}, 22), ({"start": "2013-06-01", "end": "2013-12-31"}, 15),
     ({"place": "ankara"}, 1), ({"place": "TUR"}, 1), ({"q": "collective punishment"}, 1), ({"q": "100%"}, 1),
     ({"actor": "ISR", "code": "04"}, 1), ({"actor": "ISR", "start": "2014-01-01"}, 2)],
)  # fmt: skip
def test_event_filters(client, params, expected):
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected, body


def test_one_event_comes_with_its_evidence(client):
    event = client.get("/api/events/story-1-e1").json()
    assert event["source"]["code"] == "ISRMIL" and event["cameo"]["root"] == "17"
    span = event["evidence"]
    assert STORY[span["start"] : span["end"]] == event["sentence"]
    assert STORY[span["trigger_start"] : span["trigger_end"]] == "raided"


def test_article_comes_with_its_events_evidence_spans(client):
    article = client.get("/api/articles/story-1").json()
    assert article["text"] == STORY and article["date"] == "2014-06-26"
    assert [e["sentence_index"] for e in article["events"]] == [0, 1, 2]
    for event in article["events"]:
        assert article["text"][event["evidence"]["start"] : event["evidence"]["end"]] == event["sentence"]


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/articles/nope", "/api/nothing"])
def test_unknown_records_are_json_404s_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.json()["message"]


# ---- analyses ----


def test_dyads_endpoint_returns_the_library_series(client, db):
    points = client.get("/api/dyads", params={"a": "IRN", "b": "PSE", "freq": "month"}).json()
    assert {"period", "quad1", "quad2", "quad3", "quad4", "goldstein"} <= set(points[0])
    with open_store(str(db), read_only=True) as store:
        frame = dyad_series(store, "IRN", "PSE")
    assert [p["period"] for p in points] == frame["period"].tolist()
    assert [p["quad4"] for p in points] == frame["quad4"].tolist()
    assert all(p["goldstein_mean"] is None for p in points if p["events"] == 0)


def test_undirected_dyad_counts_both_ways(client):
    one = client.get("/api/dyads", params={"a": "PSE", "b": "ISR"}).json()
    both = client.get("/api/dyads", params={"a": "PSE", "b": "ISR", "undirected": "true"}).json()
    assert sum(p["events"] for p in one) == 1 and sum(p["events"] for p in both) == 2


def test_network_endpoint_lists_nodes_and_edges(client):
    graph = client.get("/api/network", params={"start": "2013-01-01", "end": "2014-12-31"}).json()
    assert {n["id"] for n in graph["nodes"]} == {"IRN", "PSE", "ISR"}
    edge = next(e for e in graph["edges"] if (e["source"], e["target"]) == ("IRN", "PSE"))
    assert edge["events"] == 30 and edge["conflict"] == 10


def test_shifts_endpoint_answers_with_dates_directions_and_events(client):
    shifts = client.get("/api/shifts", params={"a": "IRN", "b": "PSE"}).json()
    assert isinstance(shifts, list)
    for shift in shifts:
        assert shift["direction"] in ("falling out", "rapprochement") and shift["events"]


def test_openapi_document_lists_the_contract_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ["/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/dyads",
                 "/api/network", "/api/shifts", "/api/articles"]:  # fmt: skip
        assert path in paths
    assert "post" in paths["/api/articles"]


# ---- validation and limits ----


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 501}, {"limit": "ten"}, {"offset": -1}, {"start": "2014-13-45"}, {"end": "yesterday"},
     {"code": "abc"}, {"actor": "x" * 33}, {"q": "x" * 201}, {"place": ""}],
)  # fmt: skip
def test_bad_event_parameters_are_422_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["message"].startswith("invalid ") and body["errors"]


@pytest.mark.parametrize(
    ("path", "params"),
    [("/api/dyads", {"a": "IRN"}), ("/api/dyads", {"a": "IRN", "b": "PSE", "freq": "year"}),
     ("/api/network", {"level": "planet"}), ("/api/network", {"max_nodes": 201}), ("/api/shifts", {}),
     ("/api/shifts", {"a": "IRN", "min_size": 0})],
)  # fmt: skip
def test_bad_analysis_parameters_are_422(client, path, params):
    assert client.get(path, params=params).status_code == 422


def test_a_window_that_ends_before_it_starts_is_400(client):
    response = client.get("/api/network", params={"start": "2015-01-01", "end": "2014-01-01"})
    assert response.status_code == 400 and "after" in response.json()["message"]


# ---- injection through every filter ----

PAYLOADS = [
    "' OR '1'='1",
    "IRN' OR 1=1 --",
    "x'; DROP TABLE events; --",
    "%",
    "_",
    "\\",
    "' UNION SELECT * FROM articles --",
]
FILTERS = ["actor", "source", "target", "code", "place", "q", "start", "end"]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("name", FILTERS)
def test_injection_through_event_filters_matches_nothing_or_is_refused(client, name, payload):
    response = client.get("/api/events", params={name: payload})
    assert response.status_code in (200, 422)
    everything = client.get("/api/events", params={"limit": 500}).json()["items"]
    if response.status_code == 200:
        literal = [e for e in everything if name == "q" and payload.lower() in e["sentence"].lower()]
        assert response.json()["total"] == len(literal), "the payload was taken as SQL or as a wildcard"
    assert len(everything) == 35


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("path", "name"), [("/api/dyads", "a"), ("/api/dyads", "b"), ("/api/shifts", "a"),
                                            ("/api/shifts", "b"), ("/api/network", "start")])  # fmt: skip
def test_injection_through_analysis_parameters_is_refused(client, path, name, payload):
    params = {"a": "IRN", "b": "PSE", name: payload}
    assert client.get(path, params=params).status_code == 422


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_through_record_ids_finds_nothing(client, payload):
    for path in ("/api/events/", "/api/articles/"):
        assert client.get(path + payload.replace("/", "%2F")).status_code in (404, 422)
    assert client.get("/api/events").json()["total"] == 35


def test_a_like_wildcard_in_text_search_is_a_literal(client):
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 1  # only "100%"
    assert client.get("/api/events", params={"q": "_"}).json()["total"] == 0


# ---- static files ----


def test_the_page_and_its_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize(
    "path",
    ["/static/../pyproject.toml", "/static/..%2F..%2Fpyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
     "/static/..%5C..%5Cpyproject.toml", "/static/app.js%00.html", "/static//etc/passwd", "/static/%2Fetc%2Fpasswd",
     "/static/....//....//etc/passwd", "/static/__init__.py", "/..%2F..%2Fetc/passwd"],
)  # fmt: skip
def test_no_path_traversal_through_the_static_route(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text


def test_responses_carry_strict_security_headers(client):
    headers = client.get("/").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in headers["content-security-policy"]


# ---- CORS ----


def test_cors_is_off_by_default(client):
    simple = client.get("/api/events", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in simple.headers
    preflight = client.options(
        "/api/events", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_only_the_origins_named(db):
    with open_store(str(db), read_only=True) as store:
        client = TestClient(create_app(store, cors_origins=["http://127.0.0.1:9999"]))
        allowed = client.get("/api/events", headers={"Origin": "http://127.0.0.1:9999"})
        other = client.get("/api/events", headers={"Origin": "http://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "http://127.0.0.1:9999"
    assert "access-control-allow-origin" not in other.headers


# ---- writing ----

ARTICLE = {"articles": [{"id": "new-1", "text": "Israeli troops attacked Hamas fighters.", "date": "2014-07-01"}]}


def test_writing_is_refused_when_no_token_is_configured(client):
    response = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "token" in response.json()["message"]


@pytest.mark.parametrize(
    "header", [None, "Bearer wrong", "Bearer s3cret-token-but-longer", "Basic s3cret-token", "s3cret-token", "Bearer "]
)
def test_writing_needs_the_right_bearer_token(writer_client, header):
    headers = {"Authorization": header} if header else {}
    response = writer_client.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert "s3cret" not in response.text and response.headers["www-authenticate"] == "Bearer"


def test_a_body_over_the_limit_is_413(writer_client):
    big = {"articles": [{"id": "big", "text": "x" * 1_100_000}]}
    response = writer_client.post("/api/articles", json=big, headers={"Authorization": "Bearer s3cret-token"})
    assert response.status_code == 413 and "bytes" in response.json()["message"]


def test_a_streamed_body_over_the_limit_is_413(writer_client):
    def chunks():
        yield b'{"articles": [{"id": "big", "text": "'
        for _ in range(40):
            yield b"x" * 32_768
        yield b'"}]}'

    response = writer_client.post(
        "/api/articles",
        content=chunks(),
        headers={"Authorization": "Bearer s3cret-token", "content-type": "application/json"},
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [{}, {"articles": []}, {"articles": [{"id": "", "text": "x"}]}, {"articles": [{"id": "a", "text": ""}]},
     {"articles": [{"id": "a", "text": "x", "date": "2014-13-45"}]}, {"articles": [{"id": "a"}]},
     {"articles": [{"id": "a", "text": "x", "extra": 1}]}, {"articles": [{"id": f"a{i}", "text": "x"} for i in range(21)]},
     [1, 2], "text"],
)  # fmt: skip
def test_bad_article_bodies_are_422(writer_client, body):
    response = writer_client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret-token"})
    assert response.status_code == 422 and response.json()["message"]


def test_malformed_json_is_422(writer_client):
    response = writer_client.post(
        "/api/articles",
        content=b"{not json",
        headers={"Authorization": "Bearer s3cret-token", "content-type": "application/json"},
    )
    assert response.status_code == 422


@pytest.mark.spacy
def test_posted_articles_are_coded_and_stored(writer_client):
    headers = {"Authorization": "Bearer s3cret-token"}
    first = writer_client.post("/api/articles", json=ARTICLE, headers=headers).json()
    assert first["stored"] == 1 and first["events"] >= 1
    again = writer_client.post("/api/articles", json=ARTICLE, headers=headers).json()
    assert again == {**first, "stored": 0, "skipped": 1}
    article = writer_client.get("/api/articles/new-1").json()
    assert article["events"] and article["events"][0]["source"]["code"].startswith("ISR")
