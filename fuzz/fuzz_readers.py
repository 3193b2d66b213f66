"""An atheris (libFuzzer) target for the JSON lines, CSV and HTML readers.

Each input's first byte picks the format (JSON lines, CSV or HTML) and the rest is written to a file of
that type and read through :func:`eventscribe.ingest.read_inputs`, as ``eventscribe code`` reads it. A
crash is any exception other than the documented ``InputError`` (which ``read_inputs`` hands to
``on_error``), or an article that breaks the reader's promises (an empty id or text, a NUL, a lone
surrogate).

    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60 fuzz/corpus   # libFuzzer options

``tests/test_fuzz_readers.py`` runs it for a bounded time in CI, on a copy of ``fuzz/corpus``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["eventscribe"]):
    from eventscribe.errors import InputError
    from eventscribe.ingest import read_inputs
    from eventscribe.ingest.files import unpaired_surrogate
    from eventscribe.model import Article

SUFFIXES = (".jsonl", ".csv", ".html")
_WORKDIR = tempfile.mkdtemp(prefix="eventscribe-fuzz-")
BASE_DATE = dt.date(2014, 6, 26)


def check_article(article: Article) -> None:
    if not article.id.strip() or not article.text.strip():
        raise AssertionError(f"article with an empty id or text: {article!r}")
    if "\x00" in article.text or unpaired_surrogate(article.text) is not None:
        raise AssertionError(f"article text with a NUL or a lone surrogate: {article.text!r}")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    path = os.path.join(_WORKDIR, "input" + SUFFIXES[data[0] % len(SUFFIXES)])
    with open(path, "wb") as handle:
        handle.write(data[1:])
    errors: list[InputError] = []
    for article in read_inputs([path], on_error=errors.append, date=BASE_DATE):
        check_article(article)
    for error in errors:
        if not isinstance(error, InputError) or not str(error).startswith(path):
            raise AssertionError(f"error that does not name the file: {error!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
