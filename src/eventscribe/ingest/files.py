"""Finding input files, reading their bytes, decoding them, and cleaning article text.

Decoding policy (stated once, here):

- Every format is read as UTF-8; a leading byte-order mark is dropped. A file that starts with a UTF-16
  byte-order mark is decoded as UTF-16.
- JSON lines and CSV are structured, so a guess would silently corrupt fields: a record that is not valid
  UTF-8 is reported (with its line) and skipped, and the other records are read.
- Plain text and HTML are whole documents: when they are not valid UTF-8 we fall back to the charset an
  HTML page declares, then to cp1252 (the usual Windows/"ANSI" encoding of news archives), then to
  latin-1, which decodes any byte. The paths read this way are listed in ``InputStats.fallback_decoded``.
- A file with a NUL byte in its first 8 KB (and no UTF-16 mark) is reported as binary.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path

from eventscribe.errors import InputError, InputNotFound

__all__ = ["bad_bytes", "clean_text", "decode_document", "decode_structured", "find_inputs", "read_input_bytes"]

BINARY_SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def find_inputs(paths: list[str], suffixes: frozenset[str], skipped: list[str]) -> Iterator[str | InputError]:
    """Yield the files to read, in order, or an error for each path that cannot be used.

    Directories are walked recursively in sorted order; hidden entries (".name") are skipped, and so are
    files whose suffix is not in ``suffixes`` (they are appended to ``skipped``). A file named explicitly
    is always yielded: the caller reports an unsupported suffix.
    """
    for path in paths:
        if os.path.isdir(path):
            found = False
            for item in _walk(Path(path), suffixes, skipped, set()):
                found = True
                yield item
            if not found:
                yield InputError(
                    path,
                    "no readable inputs in this directory (looked for "
                    f"{', '.join(sorted(suffixes))} files); point at the files or add some",
                )
        elif os.path.exists(path):
            yield path
        else:
            yield InputNotFound(path, "no such file or directory; check the path")


def _walk(directory: Path, suffixes: frozenset[str], skipped: list[str], seen: set[Path]) -> Iterator[str | InputError]:
    real = directory.resolve()
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(
            str(directory), f"directory could not be listed ({exc.strerror or exc}); check its permissions"
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, suffixes, skipped, seen)
        elif entry.suffix.lower() in suffixes and entry.is_file():
            yield str(entry)
        else:
            skipped.append(str(entry))


def read_input_bytes(path: str) -> bytes | InputError:
    """The file's bytes, or a file-level error (unreadable, empty, binary)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        return InputError(path, "permission denied; make the file readable (chmod +r) or leave it out")
    except IsADirectoryError:
        return InputError(path, "is a directory where a file was expected")
    except OSError as exc:
        return InputError(path, f"could not be read ({exc.strerror or exc}); check the file")
    if not data:
        return InputError(path, "file is empty; remove it or add the article text")
    if not data.startswith(_UTF16_BOMS) and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return InputError(path, "looks like a binary file (NUL bytes in its first 8 KB), not text; leave it out")
    return data


def decode_structured(data: bytes) -> str:
    """Decode JSON lines or CSV. Bytes that are not UTF-8 become lone surrogates (U+DC80..U+DCFF),
    so that the reader can report the record that holds them; see :func:`bad_bytes`."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16")
    return data.decode("utf-8-sig", errors="surrogateescape")


_SURROGATE = re.compile("[\udc80-\udcff]")


def bad_bytes(text: str) -> str | None:
    """A message naming the first undecodable byte in ``text`` (see :func:`decode_structured`), or None."""
    match = _SURROGATE.search(text)
    if match is None:
        return None
    byte = ord(match.group()) - 0xDC00
    return f"is not valid UTF-8 (byte 0x{byte:02x} at column {match.start() + 1}); re-save the file as UTF-8"


def decode_document(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode a whole text or HTML document; returns (text, encoding used). See the module notes."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            candidates.append(declared.group(1).decode("ascii").lower())
    candidates += ["cp1252", "latin-1"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def clean_text(text: str) -> str:
    """Drop NUL characters and turn CRLF and CR line ends into LF; nothing else changes."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
