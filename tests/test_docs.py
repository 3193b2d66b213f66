"""The README documents every command and option, and its Python example runs."""

from __future__ import annotations

import argparse
import re

import pytest
from conftest import ROOT

from eventscribe.cli import build_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options():
    for name, command in _commands().items():
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    yield name, option


def test_readme_opens_with_make_demo_and_make_test():
    first_block = re.search(r"```\n(.*?)```", README, re.S).group(1).split()
    assert first_block == ["make", "demo", "make", "test"]


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_command_is_in_the_readme(command):
    assert f"eventscribe {command}" in README


@pytest.mark.parametrize(("command", "option"), sorted(set(_options())))
def test_every_option_is_in_the_readme(command, option):
    assert option in README, f"{command} {option} is not documented in README.md"


@pytest.mark.spacy
def test_readme_python_example_runs(capsys):
    block = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    exec(compile(block, "README.md", "exec"), {})
    assert "ISRMIL" in capsys.readouterr().out


def _shell_blocks() -> list[str]:
    commands = []
    for block in re.findall(r"```\n(.*?)```", README, re.S)[1:]:
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith(".venv/bin/") and "GOLD.jsonl" not in line and "benchmarks/" not in line:
                commands.append(line)
    return commands


@pytest.mark.spacy
def test_readme_commands_run(tmp_path):
    import shutil
    import subprocess
    import sys

    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    commands = _shell_blocks()
    assert any("eventscribe code" in c for c in commands) and any("duckdb" in c for c in commands)
    # the demo database the README queries
    setup = f"{sys.executable} -m eventscribe.cli code examples/ --db demo.duckdb --quiet"
    subprocess.run(setup, shell=True, cwd=tmp_path, check=True, capture_output=True, timeout=300)
    for command in commands:
        if command.startswith(".venv/bin/eventscribe"):
            command = f"{sys.executable} -m eventscribe.cli" + command.removeprefix(".venv/bin/eventscribe")
        else:
            command = sys.executable + command.removeprefix(".venv/bin/python")
        result = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{command}\n{result.stderr}"
