"""The lock files that ``make install`` installs from, and the check that they match their inputs.

- ``requirements.lock``: every package, pinned with its hashes, resolved from pyproject.toml's
  ``dependencies`` plus its ``dev`` extra.
- ``requirements-nodeps.lock``: the packages listed in ``requirements-nodeps.in``, pinned with hashes but
  resolved and installed without their dependencies (for packages whose declared dependencies must not
  come along, such as a tokenizer package that would pull in torch).

Each lock file starts with the requirement lines it was made from (``# input: ...``). ``check`` compares
them with what pyproject.toml and requirements-nodeps.in say now and fails, naming what was added or
removed, when they differ: the lock is stale and ``make lock`` must be rerun. ``write`` runs
``uv pip compile`` and writes the lock files (each is replaced only when its compile succeeded).

Usage: ``python scripts/lockfile.py check`` or ``python scripts/lockfile.py write --uv PATH``.
Needs only the standard library of Python 3.11 (it runs before the virtual environment exists).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
NODEPS_IN = ROOT / "requirements-nodeps.in"
NODEPS_LOCK = ROOT / "requirements-nodeps.lock"
INPUT_PREFIX = "# input: "
#: The interpreter and platform the locks are resolved for: the project's machines and CI (CPython 3.11 on
#: x86_64 Linux, glibc 2.28 or newer). A universal resolution would pick releases that have no wheel for
#: them (atheris 3.1.0 ships none for Python 3.11).
PYTHON_VERSION = "3.11"
PYTHON_PLATFORM = "x86_64-manylinux_2_28"


def _normalise(requirement: str) -> str:
    return "".join(requirement.split()).lower()


def project_inputs() -> list[str]:
    """pyproject.toml's dependencies plus its dev extra, normalised and sorted."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = [*project.get("dependencies", []), *project.get("optional-dependencies", {}).get("dev", [])]
    return sorted({_normalise(line) for line in requirements})


def nodeps_inputs() -> list[str]:
    """The requirement lines of requirements-nodeps.in (comments and blank lines left out)."""
    if not NODEPS_IN.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in NODEPS_IN.read_text(encoding="utf-8").splitlines())
    return sorted({_normalise(line) for line in lines if line})


def locked_inputs(lock: Path) -> list[str] | None:
    """The ``# input:`` lines a lock file was made from, or None when there is no lock file."""
    if not lock.exists():
        return None
    lines = lock.read_text(encoding="utf-8").splitlines()
    return sorted(line.removeprefix(INPUT_PREFIX) for line in lines if line.startswith(INPUT_PREFIX))


def drift(lock: Path, wanted: list[str], source: str) -> str | None:
    """Why ``lock`` does not match ``wanted`` (the inputs ``source`` lists now), or None."""
    have = locked_inputs(lock)
    if have is None:
        return f"{lock.name} is missing"
    added = [line for line in wanted if line not in have]
    removed = [line for line in have if line not in wanted]
    if not added and not removed:
        return None
    parts = []
    if added:
        parts.append(f"{source} now lists {', '.join(added)}")
    if removed:
        parts.append(f"{lock.name} was made for {', '.join(removed)}, which {source} no longer lists")
    return f"{lock.name} is out of date: " + "; ".join(parts)


def check() -> int:
    problems = [
        problem
        for problem in (
            drift(LOCK, project_inputs(), "pyproject.toml (dependencies + dev extra)"),
            drift(NODEPS_LOCK, nodeps_inputs(), NODEPS_IN.name),
        )
        if problem
    ]
    for problem in problems:
        print(f"lockfile: {problem}", file=sys.stderr)
    if problems:
        print("lockfile: run `make lock` to regenerate the lock files, then `make install`", file=sys.stderr)
        return 1
    return 0


def _compile(uv: str, sources: list[str], inputs: list[str], lock: Path, *extra: str) -> None:
    """Compile ``sources`` into ``lock`` with hashes; the old lock stays when uv fails."""
    partial = lock.with_name(f".{lock.name}.partial")
    # --no-strip-extras keeps "smart-open[http]": pip's hash mode refuses an extra that a dependency
    # asks for (weasel wants smart-open[http]) when the lock pins the package without it.
    command = [uv, "pip", "compile", *sources, *extra, "--generate-hashes", "--no-strip-extras"]
    command += [
        "--python-version",
        PYTHON_VERSION,
        "--python-platform",
        PYTHON_PLATFORM,
        "--no-header",
        "--quiet",
        "--output-file",
        str(partial),
    ]
    env = {**os.environ, "UV_CUSTOM_COMPILE_COMMAND": "make lock"}
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    body = partial.read_text(encoding="utf-8")
    header = [f"# {lock.name}: made by `make lock` from {', '.join(sources)}; do not edit by hand."]
    header += [f"{INPUT_PREFIX}{line}" for line in inputs]
    partial.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    os.replace(partial, lock)


def write(uv: str) -> int:
    try:
        _compile(uv, ["pyproject.toml"], project_inputs(), LOCK, "--extra", "dev")
        if not NODEPS_IN.exists():
            NODEPS_IN.write_text("# packages installed without their dependencies, one requirement a line\n")
        _compile(uv, [NODEPS_IN.name], nodeps_inputs(), NODEPS_LOCK, "--no-deps")
    except subprocess.CalledProcessError as exc:
        print(f"lockfile: uv pip compile failed (exit {exc.returncode}); the old lock files are kept", file=sys.stderr)
        return 1
    return check()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="fail when a lock file does not match its inputs")
    writer = commands.add_parser("write", help="regenerate the lock files with uv")
    writer.add_argument("--uv", default="uv", help="the uv executable")
    args = parser.parse_args()
    return check() if args.command == "check" else write(args.uv)


if __name__ == "__main__":
    sys.exit(main())
