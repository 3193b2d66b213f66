"""Article dates: the ``YYYY-MM-DD`` of the input contract, and dates found in file names."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_in_name", "parse_date"]

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_date(value: str) -> dt.date:
    """Parse ``YYYY-MM-DD``, or a full ISO 8601 datetime whose date part is kept.

    Raises ``ValueError`` with a message that says what is wrong.
    """
    text = value.strip()
    match = _ISO_DATE.match(text)
    if match is None:
        raise ValueError(f'date {value!r} is not in YYYY-MM-DD form; write it like "2014-06-26"')
    try:
        day = dt.date(*(int(part) for part in match.groups()))
    except ValueError as exc:
        raise ValueError(f'date {value!r} is not a real calendar date ({exc}); write it like "2014-06-26"') from None
    rest = text[match.end() :]
    if rest:
        try:
            dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f'date {value!r} is not YYYY-MM-DD or an ISO 8601 datetime; write it like "2014-06-26"'
            ) from None
    return day


def date_in_name(name: str) -> dt.date | None:
    """The first valid ``YYYY-MM-DD`` in a file name, or None."""
    for match in _NAME_DATE.finditer(name):
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None
