"""Shared fixtures. Tests that load the spaCy model are marked ``spacy`` (CI runs them too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from eventscribe.model import Article, Event

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
