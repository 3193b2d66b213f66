"""The lock files that `make install` uses match pyproject.toml, and a stale lock is named precisely."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT

spec = importlib.util.spec_from_file_location("lockfile", ROOT / "scripts" / "lockfile.py")
assert spec is not None and spec.loader is not None
lockfile = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lockfile)


def test_the_committed_locks_were_made_from_the_current_requirements() -> None:
    assert lockfile.drift(lockfile.LOCK, lockfile.project_inputs(), "pyproject.toml") is None
    assert lockfile.drift(lockfile.NODEPS_LOCK, lockfile.nodeps_inputs(), "requirements-nodeps.in") is None


def test_every_locked_package_is_pinned_with_a_hash() -> None:
    entries = [line for line in lockfile.LOCK.read_text().splitlines() if line[:1].isalnum()]
    assert entries and all("==" in line and line.rstrip().endswith("\\") for line in entries)


def test_a_stale_lock_names_what_was_added_and_removed(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text("# input: rich>=13\n# input: spacy>=3.8\nrich==13.0 \\\n    --hash=sha256:00\n")
    message = lockfile.drift(lock, ["fastapi>=0.110", "spacy>=3.8"], "pyproject.toml")
    assert message is not None and "fastapi>=0.110" in message and "rich>=13" in message
    assert "spacy" not in message
    assert lockfile.drift(lock, ["rich>=13", "spacy>=3.8"], "pyproject.toml") is None
    assert "missing" in (lockfile.drift(tmp_path / "absent.lock", [], "pyproject.toml") or "")
