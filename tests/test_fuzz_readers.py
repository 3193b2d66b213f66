"""The atheris fuzz target of the readers (fuzz/fuzz_readers.py), run for a bounded time: no crash."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.fuzz

FUZZ_SECONDS = 25


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris ships wheels for x86_64 Linux only")
def test_fuzzing_the_jsonl_csv_and_html_readers_finds_no_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)
    seeds = len(list(corpus.iterdir()))
    command = [sys.executable, str(ROOT / "fuzz" / "fuzz_readers.py"), f"-max_total_time={FUZZ_SECONDS}",
               "-timeout=20", "-rss_limit_mb=3072", f"-artifact_prefix={tmp_path}/", str(corpus)]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=FUZZ_SECONDS + 120)
    crashes = [path.name for path in tmp_path.iterdir() if path.name.startswith(("crash-", "timeout-", "oom-"))]
    assert result.returncode == 0 and not crashes, f"{crashes}\n{result.stderr[-4000:]}"
    runs = [line for line in result.stderr.splitlines() if line.startswith("Done ")]
    assert runs, result.stderr[-2000:]  # "Done N runs in S second(s)": the fuzzer did run
    assert len(list(corpus.iterdir())) >= seeds
