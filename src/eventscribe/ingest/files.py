"""Finding input files, decoding them, and cleaning article text (opening them: see
:mod:`eventscribe.ingest.streams`).

Decoding policy (stated once, here):

- Every format is read as UTF-8; a leading byte-order mark is dropped. A file that starts with a UTF-16
  byte-order mark is decoded as UTF-16.
- JSON lines and CSV are structured, so a guess would silently corrupt fields: a record that is not valid
  UTF-8 is reported (with its line) and skipped, and the other records are read.
- Plain text and HTML are whole documents: when they are not valid UTF-8 we fall back to the charset an
  HTML page declares, then to cp1252 (the usual Windows/"ANSI" encoding of news archives), then to
  latin-1, which decodes any byte. The paths read this way are listed in ``InputStats.fallback_decoded``.
- A file with a NUL byte in its first 8 KB (and no UTF-16 mark) is reported as binary; a file with a UTF-16
  mark that is not valid UTF-16 (an odd number of bytes, say) is reported as a whole.
- Lone surrogates (U+D800..U+DFFF: JSON ``"\\ud83d"`` escapes, unpaired halves in UTF-16 files) cannot be
  encoded, so an article holding one is an error; see :func:`unpaired_surrogate`.
"""

from __future__ import annotations

import codecs
import os
import re
from collections import Counter
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import NamedTuple

from eventscribe.errors import InputError, InputNotFound
from eventscribe.ingest.entities import decode_references

__all__ = [
    "InputFile",
    "bad_bytes",
    "broken_link",
    "clean_text",
    "decode_document",
    "decode_structured",
    "find_inputs",
    "first_bad_byte",
    "unpaired_surrogate",
    "utf16_without_bom",
]

BINARY_SNIFF_BYTES = 8192
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class InputFile(NamedTuple):
    """A file to read: its path, and the directory given as input that it was found under (None when the
    file itself was given)."""

    path: str
    root: str | None = None

    @property
    def document_id(self) -> str:
        """The id of a whole-document file (.txt, .html): its path relative to ``root`` without the suffix,
        with "/" separators ("a/report" for ``news/a/report.txt`` under ``news``), or its stem when the file
        was given by name."""
        path = Path(self.path)
        if self.root is None:
            return path.stem
        return path.relative_to(self.root).with_suffix("").as_posix()


def find_inputs(
    paths: list[str],
    suffixes: frozenset[str],
    skipped: list[str],
    *,
    exclude: Collection[Path] = frozenset(),
) -> Iterator[InputFile | InputError]:
    """Yield the files to read, in order, or an error for each path that cannot be used.

    Directories are walked recursively in sorted order; hidden entries (".name") are skipped, and so are
    files whose suffix is not in ``suffixes`` (they are appended to ``skipped``). A file named explicitly
    is always yielded: the caller reports an unsupported suffix. Files whose resolved path is in
    ``exclude`` (resolved paths) are left out silently, wherever they are found.
    """
    for path in paths:
        if os.path.isdir(path):
            found = False
            for item in _walk(Path(path), path, suffixes, skipped, set(), exclude):
                found = True
                yield item
            if not found:
                yield InputError(
                    path,
                    "no readable inputs in this directory (looked for "
                    f"{', '.join(sorted(suffixes))} files); point at the files or add some",
                )
        elif _excluded(path, exclude):
            continue
        elif os.path.exists(path):
            yield InputFile(path)
        elif os.path.islink(path):
            yield broken_link(path)
        else:
            yield InputNotFound(path, "no such file or directory; check the path")


def broken_link(path: str) -> InputNotFound:
    """The error for a symbolic link whose target does not exist (or a link loop)."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return InputNotFound(path, f"is a symbolic link to {target!r}, which does not exist; fix the link or remove it")


def _excluded(path: str | Path, exclude: Collection[Path]) -> bool:
    if not exclude:
        return False
    try:
        return Path(path).resolve() in exclude
    except (OSError, RuntimeError):  # a symlink loop: not an excluded file, and reading it reports it
        return False


def _walk(
    directory: Path,
    root: str,
    suffixes: frozenset[str],
    skipped: list[str],
    seen: set[Path],
    exclude: Collection[Path],
) -> Iterator[InputFile | InputError]:
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
            yield from _walk(entry, root, suffixes, skipped, seen, exclude)
        elif _excluded(entry, exclude):
            continue
        elif entry.suffix.lower() in suffixes and entry.is_file():
            yield InputFile(str(entry), root)
        elif entry.suffix.lower() in suffixes and entry.is_symlink() and not entry.exists():
            yield broken_link(str(entry))
        else:
            skipped.append(str(entry))


def decode_structured(data: bytes) -> str:
    """Decode JSON lines or CSV. Bytes that are not UTF-8 become lone surrogates (U+DC80..U+DCFF),
    so that the reader can report the record that holds them; see :func:`bad_bytes`."""
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16", errors="surrogatepass")  # lone surrogates: see unpaired_surrogate()
    return data.decode("utf-8-sig", errors="surrogateescape")


_SURROGATE = re.compile("[\udc80-\udcff]")


def bad_bytes(text: str) -> str | None:
    """A message naming the first undecodable byte in ``text`` (see :func:`decode_structured`), or None."""
    found = first_bad_byte(text)
    if found is None:
        return None
    offset, byte = found
    return f"is not valid UTF-8 (byte 0x{byte:02x} at column {offset + 1}); re-save the file as UTF-8"


def first_bad_byte(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The offset in ``text`` and the value of the first undecodable byte in ``text[start:end]``, or None."""
    match = _SURROGATE.search(text, start, len(text) if end is None else end)
    if match is None:
        return None
    return match.start(), ord(match.group()) - 0xDC00


_ANY_SURROGATE = re.compile("[\ud800-\udfff]")


def unpaired_surrogate(text: str) -> tuple[int, str] | None:
    """The offset and ``\\uXXXX`` spelling of the first surrogate code point (U+D800..U+DFFF) in
    ``text``, or None.

    A str holding one cannot be encoded as UTF-8 (the NLP stage would crash on it). JSON's ``"\\ud83d"``
    escapes produce them, and so do lone surrogates in UTF-16 files. Bytes that are not UTF-8
    (U+DC80..U+DCFF, see :func:`decode_structured`) match too: call :func:`bad_bytes` first where they
    can occur.
    """
    match = _ANY_SURROGATE.search(text)
    if match is None:
        return None
    return match.start(), f"\\u{ord(match.group()):04x}"


def utf16_without_bom(head: bytes) -> str | None:
    """ "UTF-16LE" or "UTF-16BE" when ``head`` (a file's first bytes, no byte-order mark) reads as text in
    that encoding, else None: the high bytes of its characters are NUL or one other value (the script's
    block: 0x06 for Arabic) for nine characters in ten, and the low bytes are never NUL."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    for encoding, high_at in (("UTF-16LE", 1), ("UTF-16BE", 0)):
        high, low = head[high_at : 2 * pairs : 2], head[1 - high_at : 2 * pairs : 2]
        if 0 in low or 0 not in high:
            continue
        common = Counter(high).most_common(2)
        if sum(count for _, count in common) >= 0.9 * pairs and 0 in dict(common):
            return encoding
    return None


def decode_document(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode a whole text or HTML document; returns (text, encoding used). See the module notes."""
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16", errors="surrogatepass"), "utf-16"
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
    """Drop NUL characters, turn CRLF and CR line ends into LF and decode the character references left
    in the text (:func:`~eventscribe.ingest.entities.decode_references`); nothing else changes."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return decode_references(text)
