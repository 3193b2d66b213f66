"""Write an output under a hidden partial name and move it into place only when it is complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["partial_path", "remove_stale_partials", "written_atomically"]


def partial_path(path: Path) -> Path:
    """The hidden file an output is written to before it is complete: ``.NAME.partial-PID`` beside it."""
    return path.with_name(f".{path.name}.partial-{os.getpid()}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a live process of another user
        return True
    return True


def remove_stale_partials(path: Path) -> list[Path]:
    """Remove the partial files of ``path`` left by writers that are gone (killed), and return them.

    A partial file whose process still runs is another writer's work in progress and is kept."""
    removed = []
    for candidate in path.parent.glob(f".{path.name}.partial-*"):
        pid = candidate.name.rpartition("-")[2]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


@contextmanager
def written_atomically(path: str | Path) -> Iterator[Path]:
    """Yield the partial path to write; on success it replaces ``path``, on any error it is removed.

    An export that is killed midway leaves at most the hidden partial file, never a half file under the
    final name; the next write to the same path removes it."""
    final = Path(path)
    remove_stale_partials(final)
    partial = partial_path(final)
    try:
        yield partial
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
