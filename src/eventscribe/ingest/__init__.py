"""The ingest stage: input files and directories in, :class:`~eventscribe.model.Article` records out.

Formats, chosen by suffix (case-insensitive): JSON lines (.jsonl, .ndjson, .json), CSV (.csv, .tsv),
plain text (.txt) and HTML pages (.html, .htm). Bad input is reported through ``on_error`` with the
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
