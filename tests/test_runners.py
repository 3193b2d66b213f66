"""The runner factory and Ray's lazy import: eventscribe works without Ray, and says how to get it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventscribe.runners import LocalRunner, RayRunner, RunnerError, make_runner


def test_make_runner_builds_each_named_runner():
    assert isinstance(make_runner("local", processes=2), LocalRunner)
    assert make_runner("local").processes == 1
    ray = make_runner("ray", processes=3, address="127.0.0.1:6379")
    assert isinstance(ray, RayRunner) and ray.workers == 3 and ray.address == "127.0.0.1:6379"


def test_an_unknown_runner_or_an_address_without_ray_is_refused():
    with pytest.raises(RunnerError, match="unknown runner 'spark'"):
        make_runner("spark")
    with pytest.raises(RunnerError, match="--runner ray"):
        make_runner("local", address="127.0.0.1:6379")


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_eventscribe_does_not_import_ray_until_a_ray_runner_starts():
    result = _python(
        "import sys; import eventscribe, eventscribe.coding, eventscribe.cli, eventscribe.runners\n"
        "eventscribe.runners.make_runner('ray'); print('ray' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_ray_runner_without_ray_installed_says_how_to_install_it(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Israel attacked Hamas.", "date": "2014-06-26"}\n')
    blocked = "import sys; sys.modules['ray'] = None\nfrom eventscribe.cli import main\n"
    result = _python(
        blocked + f"sys.exit(main(['code', {str(source)!r}, '--output', {str(tmp_path / 'o.jsonl')!r}, "
        "'--runner', 'ray', '--quiet']))"
    )
    assert result.returncode == 2
    assert "needs Ray" in result.stderr and "pip install 'eventscribe[ray]'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o.jsonl").exists()  # refused before anything was read or written
