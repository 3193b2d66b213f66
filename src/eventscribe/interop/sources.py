"""The lines of an event file to import: plain, gzip (``.gz``) or the first file of a ``.zip``."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from eventscribe.errors import InputError, InputNotFound

__all__ = ["numbered_lines"]


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    if path.suffix.lower() == ".zip":
        archive = zipfile.ZipFile(path)
        names = [n for n in archive.namelist() if not n.endswith("/")]
        if not names:
            raise InputError(str(path), "the zip archive holds no file")
        return archive.open(names[0])
    return path.open("rb")


def numbered_lines(path: Path) -> Iterator[tuple[int, str | UnicodeDecodeError]]:
    """(line number, text without its line end) for each non-empty line; a line that is not UTF-8 comes as
    its decoding error, so that the caller can report it and go on."""
    if not path.is_file():
        raise InputNotFound(str(path), "no such file; give an ICEWS .tab or GDELT export file")
    try:
        with _open(path) as raw:
            for number, data in enumerate(raw, start=1):
                try:
                    text = data.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    yield number, exc
                    continue
                if text.strip():
                    yield number, text.removeprefix("\ufeff") if number == 1 else text
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise InputError(str(path), f"cannot read the file ({exc})") from exc
