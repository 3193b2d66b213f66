"""The exception tree of eventscribe.

::

    EventscribeError
    ├── InputError            an input file or record could not be read
    │   ├── InputNotFound     a path that does not exist
    │   └── RecordError       one bad record in an otherwise readable file
    ├── DataError             a packaged data file (knowledge base, codebook) is missing or malformed
    ├── StoreError            the event store could not be opened or written
    └── GoldFileError         a gold file for ``evaluate`` is malformed

Every message names the input (file, line, record id) and says what to do about it. The library raises;
only the CLI turns errors into messages and exit codes.
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "EventscribeError",
    "GoldFileError",
    "InputError",
    "InputNotFound",
    "RecordError",
    "StoreError",
]


class EventscribeError(Exception):
    """Base class of every error eventscribe raises on purpose."""


class InputError(EventscribeError):
    """An input could not be read. ``where`` names the file (and line or record, when known)."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


class InputNotFound(InputError):
    """A path given as input does not exist."""


class RecordError(InputError):
    """One record of an input file is bad; the rest of the file is still read."""


class DataError(EventscribeError):
    """A data file shipped with the package is missing or fails its schema check."""


class StoreError(EventscribeError):
    """The event store could not be opened or written."""


class GoldFileError(InputError):
    """A gold file for ``evaluate`` is malformed."""
