"""The ingest stage: input files and directories in, :class:`~eventscribe.model.Article` records out.

Formats, chosen by suffix (case-insensitive): JSON lines (.jsonl, .ndjson, .json), CSV (.csv, .tsv),
plain text (.txt), HTML pages (.html, .htm) and RSS or Atom feeds (.rss, .atom, .xml). Bad input is reported through ``on_error`` with the
file and line, and the rest of the batch is read. See :func:`read_inputs`.
"""

from eventscribe.ingest.reader import (
    DEFAULT_MAX_CHARS,
    SUPPORTED_SUFFIXES,
    InputStats,
    read_articles,
    read_inputs,
)

__all__ = ["DEFAULT_MAX_CHARS", "SUPPORTED_SUFFIXES", "InputStats", "read_articles", "read_inputs"]
