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


# -- docs/ ---------------------------------------------------------------------------------------------

DOCS = ROOT / "docs"
OWN_PAGES = ("tutorial.md", "cli.md", "data-model.md", "codes.md", "accuracy.md", "dictionaries.md")
OTHER_PAGES = ("store.md", "ray.md", "analysis.md", "api.md", "formats.md")


def _gen_cli_docs():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _all_commands(parser: argparse.ArgumentParser, prefix: str = "eventscribe"):
    """(full command name, parser) for every command and sub-command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"{prefix} {name}", sub
                yield from _all_commands(sub, f"{prefix} {name}")


def test_cli_reference_is_what_the_generator_writes():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert text == _gen_cli_docs().render(), "docs/cli.md is out of date: run python scripts/gen_cli_docs.py"


@pytest.mark.parametrize(("command", "parser"), list(_all_commands(build_parser())), ids=lambda x: str(x)[:40])
def test_every_command_and_option_is_in_the_cli_reference(command, parser):
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"## `{command}`" in text
    section = text.split(f"## `{command}`", 1)[1]
    for action in parser._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert f"`{option}`" in section, f"{command} {option} is not in docs/cli.md"


def test_index_links_every_page_and_the_pages_exist():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in OWN_PAGES + OTHER_PAGES:
        assert f"({page})" in index, f"docs/index.md does not link {page}"
    for page in OWN_PAGES:
        assert (DOCS / page).is_file(), page


def test_relative_links_between_own_pages_resolve():
    for page in ("index.md", *OWN_PAGES):
        for target in re.findall(r"\]\(([a-z-]+\.md)\)", (DOCS / page).read_text(encoding="utf-8")):
            assert (DOCS / target).is_file() or target in OTHER_PAGES, f"{page} links a missing {target}"


def _doc_commands(page: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    lines, fence = [], None
    for line in text.splitlines():
        if line.startswith("```"):
            fence = None if fence is not None else line[3:].strip()  # opening fence: its language, or ""
        elif fence == "" and line.startswith(".venv/bin/"):
            lines.append(line.split("  #")[0].strip())
    return lines


@pytest.mark.spacy
def test_tutorial_commands_run(tmp_path):
    import shutil
    import subprocess
    import sys

    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    registered = {name.split()[1] for name, _ in _all_commands(build_parser())}
    ran = []
    for command in _doc_commands("tutorial.md"):
        if command.startswith(".venv/bin/eventscribe"):
            words = command.split()
            if words[1] not in registered:  # a command another part of the system adds (dyad)
                continue
            command = f"{sys.executable} -m eventscribe.cli" + command.removeprefix(".venv/bin/eventscribe")
        else:
            command = sys.executable + command.removeprefix(".venv/bin/python")
        result = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        ran.append(command)
    assert any("eventscribe.cli code" in c for c in ran) and (tmp_path / "demo.duckdb").exists()
    if "dyad" in registered:
        assert (tmp_path / "dyad.png").stat().st_size > 0


@pytest.mark.spacy
def test_dictionaries_page_python_example_runs(tmp_path, monkeypatch):
    (tmp_path / "mydicts").mkdir()
    (tmp_path / "mydicts" / "user.yaml").write_text("actors:\n  - {names: [Arnor], codes: [{code: ARN}]}\n")
    monkeypatch.chdir(tmp_path)
    block = re.search(r"```python\n(.*?)```", (DOCS / "dictionaries.md").read_text(encoding="utf-8"), re.S).group(1)
    namespace: dict = {}
    exec(compile(block, "docs/dictionaries.md", "exec"), namespace)
    import datetime as dt

    from eventscribe import Article

    text = "Arnor condemned the attack on Israeli soldiers."
    events = namespace["pipeline"].code(Article(id="d", text=text, date=dt.date(2014, 1, 1))).events
    assert any(e.source and e.source.code == "ARN" for e in events)
