"""Write an output under a hidden partial name and move it into place only when it is complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["partial_path", "written_atomically"]


def partial_path(path: Path) -> Path:
    """The hidden file an output is written to before it is complete: ``.NAME.partial-PID`` beside it."""
    return path.with_name(f".{path.name}.partial-{os.getpid()}")


@contextmanager
def written_atomically(path: str | Path) -> Iterator[Path]:
    """Yield the partial path to write; on success it replaces ``path``, on any error it is removed.

    An export that is killed midway leaves at most the hidden partial file, never a half file under the
    final name."""
    final = Path(path)
    partial = partial_path(final)
    try:
        yield partial
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
