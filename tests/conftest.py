"""Shared fixtures. Tests that load the spaCy model are marked ``spacy`` (CI runs them too)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

# The rule-family tests read the pattern coder's own events: the learned vetting (events/vetting.py),
# which drops events it judges unlikely on news at large, is off unless the caller sets
# EVENTSCRIBE_VETTING=1 (``EVENTSCRIBE_VETTING=1 make test`` lists the test sentences whose events it drops).
# tests/test_vetting.py turns it on explicitly.
os.environ.setdefault("EVENTSCRIBE_VETTING", "0")

from eventscribe.model import Article, Event, Sentence, Token

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is absent (as on a user's machine)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventscribe.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code_text(pipeline) -> Callable[..., tuple[Event, ...]]:
    """Code one text as an article dated ``date`` (default 2014-06-26) and return its events."""

    def run(text: str, date: str = "2014-06-26") -> tuple[Event, ...]:
        article = Article(id="t", text=text, date=dt.date.fromisoformat(date))
        return pipeline.code(article).events

    return run


@pytest.fixture(scope="session")
def resolver():
    """One actor resolver (the packaged knowledge base) for every test that resolves mentions."""
    from eventscribe.actors import ActorResolver

    return ActorResolver()


@pytest.fixture(scope="session")
def places():
    """The packaged gazetteer, loaded once."""
    from eventscribe.places import Gazetteer

    return Gazetteer.load()


def code_triples(events) -> list[tuple[str, str, str]]:
    """(source code, target code, full CAMEO code) of each event, in order ("" for a missing actor)."""
    return [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo.code) for e in events]


def load_script(name: str):
    """Import ``scripts/NAME.py`` as module ``NAME`` (registered in ``sys.modules``, which dataclasses need)."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def sentence_from_rows(rows: list[tuple[str, str, str, str, str, int]]) -> Sentence:
    """A hand-built parse, one (text, lemma, pos, tag, dep, head) row a token, for tests with no model."""
    tokens = []
    offset = 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        tokens.append(Token(i=i, text=text, lemma=lemma, pos=pos, tag=tag, dep=dep, head=head, idx=offset))
        offset += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return Sentence(index=0, text=text, start=0, end=len(text), tokens=tuple(tokens))


def resolved_code(resolver, text: str, date: dt.date | None, context: str | None = None) -> str:
    """The actor code ``resolver`` gives a bare text ("" when it names no actor)."""
    actor = resolver.resolve_text(text, date=date, context=context)
    return actor.code if actor is not None else ""


def has_event(events, source: str, target: str, code: str) -> bool:
    """Whether an event's source, target and CAMEO code start with ``source``, ``target`` and ``code``."""
    return any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in code_triples(events))


def triples(events) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO root) of each event."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo.root) for e in events}


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the session: initdb into a temporary folder, 127.0.0.1, a free port."""
    import os

    from eventscribe.store.scratch_server import ScratchPostgres, find_bin_dir

    if find_bin_dir() is None:
        message = "PostgreSQL server binaries are not installed (`make postgres` installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = ScratchPostgres().start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new, empty database on the session's server, as a ``postgresql://`` URL."""
    import uuid

    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


# --- stores and servers for the analysis, API and web tests (test_analysis*, test_api*, test_web*) ---

STORY = (
    "Hamas leader Khaled Mashaal met Iran's deputy foreign minister in Doha. "
    "Israeli troops raided Hamas offices in Hebron. "
    "Mashaal accused Israel of collective punishment."
)


def story_article(article_id: str = "story-1", day: dt.date = dt.date(2014, 6, 26)):
    """A coded article built by hand: three sentences, three events whose evidence spans index the text."""
    from eventscribe.model import Actor, CameoCode, CodedArticle, Evidence, PloverCode

    hamas = Actor("PSEREBHMS", "Hamas", "PSE", ("REB",), "Hamas leader Khaled Mashaal")
    facts = [
        (hamas, Actor("IRNGOV", "Iran", "IRN", ("GOV",), "Iran's deputy foreign minister"), "met",
         CameoCode("040", "04", "Consult", 1.0, 1), PloverCode("CONSULT", "visit", ())),
        (Actor("ISRMIL", "Israel", "ISR", ("MIL",), "Israeli troops"), hamas, "raided",
         CameoCode("170", "17", "Coerce", -7.0, 4), PloverCode("COERCE", "raid", ("military",))),
        (hamas, Actor("ISR", "Israel", "ISR", (), "Israel"), "accused",
         CameoCode("112", "11", "Accuse", -2.0, 3), PloverCode("ACCUSE", "", ())),
    ]  # fmt: skip
    sentences = [s + "." for s in STORY.removesuffix(".").split(". ")]
    events = []
    for i, ((source, target, trigger, cameo, plover), sentence) in enumerate(zip(facts, sentences, strict=True)):
        start = STORY.index(sentence)
        at = STORY.index(trigger, start)
        events.append(
            Event(f"{article_id}-e{i}", article_id, i, sentence, day, source, target, cameo, plover, None, 0.9,
                  Evidence(trigger, start, start + len(sentence), at, at + len(trigger)), {"date_precision": "day"})
        )  # fmt: skip
    return CodedArticle(Article(id=article_id, text=STORY, date=day, title="Hamas and Iran"), tuple(events))


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A real ``eventscribe serve`` subprocess on a free loopback port (see :func:`serving`)."""

    def __init__(self, process, base: str) -> None:
        self.process, self.base = process, base

    def output(self) -> str:
        """Everything the server wrote (after it stopped)."""
        out, err = self.process.communicate(timeout=20)
        return (out or "") + (err or "")


def serving(db: Path, *extra: str, env: dict[str, str] | None = None):
    """Start ``serve --db db`` on 127.0.0.1 and a free port; wait until it answers; stop it on exit."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    @contextlib.contextmanager
    def run():
        port = free_port()
        command = [sys.executable, "-m", "eventscribe.cli", "serve", "--db", str(db), "--port", str(port), *extra]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
        )
        server = Server(process, f"http://127.0.0.1:{port}")
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"{server.base}/api/health", timeout=2).raise_for_status()
                    break
                except httpx.HTTPError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"serve did not start: {process.communicate(timeout=5)}") from None
                    time.sleep(0.2)
            yield server
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()

    return run()


# --- headless Chromium for the web page's tests (test_web*): Debian's package, never a browser download ---

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = ROOT / "tmp" / "artifacts"


def require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a test module."""
    from playwright.sync_api import sync_playwright

    require_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def open_page(browser, base: str):
    """A tab on the page at ``base``, once its events table has rows; no script error may occur meanwhile."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(base + "/")
    tab.wait_for_selector("#events-table tbody tr")
    yield tab
    context.close()
    assert errors == [], errors


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under tmp/artifacts; it must hold a drawn page, not a blank one."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path
