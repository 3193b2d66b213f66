"""Reading input paths into Articles: dispatch by suffix, limits, duplicates and error reporting."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest.csv_reader import read_csv
from eventscribe.ingest.feeds import FEED_SUFFIXES, read_feed
from eventscribe.ingest.files import InputFile, decode_document, find_inputs, unpaired_surrogate
from eventscribe.ingest.html import read_html
from eventscribe.ingest.jsonl import read_json, read_json_lines
from eventscribe.ingest.records import article_problem
from eventscribe.ingest.streams import open_input, read_input_bytes, unreadable
from eventscribe.ingest.text import read_text
from eventscribe.model import Article

__all__ = ["InputStats", "SUPPORTED_SUFFIXES", "read_articles", "read_inputs"]

StructuredReader = Callable[..., Iterator[Article | InputError]]
#: Formats read as they are parsed, from an open binary file.
_STREAMED: dict[str, StructuredReader] = {
    ".jsonl": read_json_lines,
    ".ndjson": read_json_lines,
    ".csv": read_csv,
    ".tsv": read_csv,
}
#: Formats read whole, from the file's bytes.
_STRUCTURED: dict[str, StructuredReader] = {".json": read_json, **{suffix: read_feed for suffix in FEED_SUFFIXES}}
_DOCUMENTS: dict[str, StructuredReader] = {".txt": read_text, ".html": read_html, ".htm": read_html}
SUPPORTED_SUFFIXES = frozenset(_STREAMED) | frozenset(_STRUCTURED) | frozenset(_DOCUMENTS)
DEFAULT_MAX_CHARS = 5_000_000
_DIGEST_SIZE = 16


@dataclass
class InputStats:
    """What a call to :func:`read_inputs` did; pass one in to have it filled."""

    files: int = 0
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)
    fallback_decoded: list[str] = field(default_factory=list)


def _raise(error: InputError) -> None:
    raise error


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    date: dt.date | None = None,
    on_error: Callable[[InputError], None] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stats: InputStats | None = None,
    exclude: Collection[str | os.PathLike[str]] = (),
) -> Iterator[Article]:
    """Yield the articles in ``paths`` (files or directories), in input order.

    Every problem is passed to ``on_error`` (by default it is raised) as an :class:`InputNotFound`,
    :class:`InputError` (a whole file) or :class:`RecordError` (one record); when ``on_error`` returns,
    reading goes on with the next record or file. ``date`` is the publication date of articles whose
    input gives none (for .txt and .html files it comes before a date in the file name).
    An id seen before with the same text is skipped; with different text it is an error.

    The id of a .txt or .html file found in a directory is its path relative to that directory, without
    the suffix and with "/" separators ("a/report" for ``news/a/report.txt`` when ``news`` is given); a
    file given by name has its name without the suffix. Files whose resolved path
    (:meth:`pathlib.Path.resolve`) is one of ``exclude`` are skipped silently: neither read nor reported
    (pass the output file, so that an output inside an input directory is never read back).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    handle = on_error or _raise
    stats = stats if stats is not None else InputStats()
    excluded = frozenset(Path(path).resolve() for path in exclude)
    seen: dict[str, bytes] = {}  # see _check
    for item in _read_all([os.fspath(path) for path in paths], date, stats, excluded):
        if isinstance(item, Article):
            checked = _check(item, max_chars, seen, stats)
            if checked is None:
                continue
            item = checked
        if isinstance(item, InputError):
            stats.errors += 1
            handle(item)
            continue
        stats.articles += 1
        yield item


def read_articles(path: str | os.PathLike[str], **options: object) -> Iterator[Article]:
    """The articles in one file or directory; takes the options of :func:`read_inputs` (``date``,
    ``on_error``, ``max_chars``, ``stats``, ``exclude``)."""
    return read_inputs([path], **options)  # type: ignore[arg-type]


def _read_all(
    paths: list[str], date: dt.date | None, stats: InputStats, exclude: frozenset[Path]
) -> Iterator[Article | InputError]:
    for found in find_inputs(paths, SUPPORTED_SUFFIXES, stats.skipped, exclude=exclude):
        if isinstance(found, InputError):
            yield found
            continue
        path = found.path
        suffix = Path(path).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            yield InputError(
                path,
                f"unsupported file type {suffix or '(no suffix)'!r}; give a file ending in "
                f"{', '.join(sorted(SUPPORTED_SUFFIXES))}",
            )
            continue
        if suffix in _STREAMED:
            yield from _read_streamed(path, _STREAMED[suffix], date, stats)
        else:
            yield from _read_whole(found, suffix, date, stats)


def _read_streamed(
    path: str, reader: StructuredReader, date: dt.date | None, stats: InputStats
) -> Iterator[Article | InputError]:
    handle = open_input(path)
    if isinstance(handle, InputError):
        yield handle
        return
    stats.files += 1
    with handle:
        try:
            for item in reader(path, handle, date=date):
                yield _validated(item, whole_file=False)
        except OSError as exc:  # the file could be opened but not read to its end
            yield unreadable(path, exc)


def _read_whole(
    found: InputFile, suffix: str, date: dt.date | None, stats: InputStats
) -> Iterator[Article | InputError]:
    path = found.path
    data = read_input_bytes(path)
    if isinstance(data, InputError):
        yield data
        return
    stats.files += 1
    if suffix in _STRUCTURED:
        for item in _STRUCTURED[suffix](path, data, date=date):
            yield _validated(item, whole_file=False)
        return
    text, encoding = decode_document(data, html=suffix != ".txt")
    if encoding not in ("utf-8", "utf-16"):
        stats.fallback_decoded.append(path)
    surrogate = unpaired_surrogate(text)
    if surrogate is not None:
        yield InputError(path, _surrogate_in_document(text, *surrogate))
        return
    for item in _DOCUMENTS[suffix](path, text, date=date, article_id=found.document_id):
        yield _validated(item, whole_file=True)


def _validated(item: Article | InputError, *, whole_file: bool) -> Article | InputError:
    """The checks every format shares (see :func:`article_problem`): a record error naming the record's
    line, or for a whole-document file (.txt, .html) an error naming the file."""
    if not isinstance(item, Article):
        return item
    problem = article_problem(item)
    if problem is None:
        return item
    where = item.origin or item.id
    return InputError(where, problem) if whole_file else RecordError(where, problem)


def _surrogate_in_document(text: str, offset: int, spelled: str) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return (
        f"contains an unpaired surrogate at line {line}, column {column} ({spelled}), which is not a "
        "character and cannot be encoded; re-save the file as UTF-8"
    )


def _check(article: Article, max_chars: int, seen: dict[str, bytes], stats: InputStats) -> Article | InputError | None:
    origin = article.origin or article.id
    if len(article.text) > max_chars:
        return RecordError(
            origin,
            f"article {article.id!r} has {len(article.text):,} characters, over the limit of "
            f"{max_chars:,}; raise the limit (max_chars=, or --max-chars on the command line) "
            "or split the article",
        )
    # One bytes object per id, the text's digest then the origin's UTF-8: the table grows with every
    # record read, so it is kept small (a tuple of two objects costs about twice as much).
    digest = hashlib.blake2b(article.text.encode("utf-8", "surrogatepass"), digest_size=_DIGEST_SIZE).digest()
    earlier = seen.get(article.id)
    if earlier is None:
        seen[article.id] = digest + origin.encode("utf-8", "surrogatepass")
        return article
    if earlier[:_DIGEST_SIZE] == digest:
        stats.duplicates += 1
        return None
    earlier_origin = earlier[_DIGEST_SIZE:].decode("utf-8", "surrogatepass")
    return RecordError(
        origin,
        f"id {article.id!r} was already used for a different text at {earlier_origin}; give each article a unique id",
    )
