"""Opening input files: the file-level checks, and streaming the structured formats.

JSON lines and CSV are read as they are parsed, so that memory is bounded by the longest line or row, not
by the file: :func:`structured_lines` and :func:`structured_text` decode them as
:func:`~eventscribe.ingest.files.decode_structured` does (UTF-8 with or without a byte-order mark, bytes
that are not UTF-8 as lone surrogates). A file with a UTF-16 byte-order mark is read whole: it is checked
as a whole, and such files are rare.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from eventscribe.errors import InputError
from eventscribe.ingest.files import BINARY_SNIFF_BYTES, UTF16_BOMS, decode_structured, utf16_without_bom

__all__ = ["open_input", "read_input_bytes", "structured_lines", "structured_text", "unreadable"]


def open_input(path: str) -> BinaryIO | InputError:
    """The file opened for reading from its first byte, or a file-level error (unreadable, empty, binary,
    a UTF-16 mark on bytes that are not UTF-16). The caller closes it.

    A UTF-16 file, and a file that cannot seek (a pipe), is read whole and returned as an in-memory stream.
    """
    try:
        handle: BinaryIO = open(path, "rb")  # the caller closes it (or _checked fails and we do)
    except OSError as exc:
        return unreadable(path, exc)
    try:
        opened = _checked(path, handle)
    except OSError as exc:
        opened = unreadable(path, exc)
    if opened is not handle:
        handle.close()
    return opened


def _checked(path: str, handle: BinaryIO) -> BinaryIO | InputError:
    head = handle.read(BINARY_SNIFF_BYTES)
    if not head:
        return InputError(path, "file is empty; remove it or add the article text")
    if head.startswith(UTF16_BOMS):
        data = head + handle.read()
        try:
            data.decode("utf-16", errors="surrogatepass")
        except UnicodeDecodeError as exc:
            return InputError(
                path,
                f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason} at byte "
                f"{exc.start}); re-save the file as UTF-8",
            )
        return io.BytesIO(data)
    if b"\x00" in head:
        encoding = utf16_without_bom(head)
        if encoding is not None:
            return InputError(
                path,
                f"looks like {encoding} text without a byte-order mark; re-save the file as UTF-8 "
                "(or as UTF-16 with a byte-order mark)",
            )
        return InputError(path, "looks like a binary file (NUL bytes in its first 8 KB), not text; leave it out")
    if not handle.seekable():
        return io.BytesIO(head + handle.read())
    handle.seek(0)
    return handle


def unreadable(path: str, exc: OSError) -> InputError:
    """The error for a file that could not be opened or read."""
    if isinstance(exc, PermissionError):
        return InputError(path, "permission denied; make the file readable (chmod +r) or leave it out")
    if isinstance(exc, IsADirectoryError):
        return InputError(path, "is a directory where a file was expected")
    return InputError(path, f"could not be read ({exc.strerror or exc}); check the file")


def read_input_bytes(path: str) -> bytes | InputError:
    """The file's bytes, or a file-level error (see :func:`open_input`)."""
    handle = open_input(path)
    if isinstance(handle, InputError):
        return handle
    with handle:
        try:
            return handle.read()
        except OSError as exc:
            return unreadable(path, exc)


def structured_lines(handle: BinaryIO) -> Iterator[str]:
    """The decoded lines of a JSON-lines file, without their "\\n", split on "\\n" only (JSON allows
    U+2028 and friends unescaped inside strings). A blank last line may be left out."""
    first = handle.readline()
    if first.startswith(UTF16_BOMS):
        yield from decode_structured(first + handle.read()).split("\n")
        return
    line = first.removeprefix(codecs.BOM_UTF8)
    while line:
        yield line.removesuffix(b"\n").decode("utf-8", errors="surrogateescape")
        line = handle.readline()


def structured_text(handle: BinaryIO) -> TextIO:
    """A CSV file as text decoded as it is read, with ``newline=""`` (line ends are kept, for the csv
    module). Closing it closes ``handle``."""
    head = handle.read(len(codecs.BOM_UTF16_LE))
    if head.startswith(UTF16_BOMS):
        text = decode_structured(head + handle.read())
        handle.close()
        return io.StringIO(text, newline="")
    handle.seek(0)
    return io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
