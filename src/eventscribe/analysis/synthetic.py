"""Synthetic event rows for benchmarks and demos: many actors, many years, plausible CAMEO mixes.

The rows are flat ``events`` rows as :meth:`Store.add_events` takes them (the way imports arrive). They are
random but reproducible (``seed``); nothing in them is real.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

__all__ = ["ACTIONS", "COUNTRIES", "SECTORS", "event_row", "synthetic_rows"]

COUNTRIES = (
    "IRN", "ISR", "PSE", "TUR", "SYR", "LBN", "EGY", "SAU", "QAT", "JOR", "IRQ", "USA", "RUS", "CHN", "GBR",
    "FRA", "DEU", "IND", "PAK", "AFG", "UKR", "YEM", "ARE", "KWT", "OMN", "BHR", "LBY", "TUN", "DZA", "MAR",
)  # fmt: skip
SECTORS = ("GOV", "MIL", "CVL", "OPP", "REB", "BUS", "MED")

#: (CAMEO code, root, name, Goldstein, quad class)
ACTIONS = (
    ("010", "01", "Make statement", 0.0, 1),
    ("040", "04", "Consult", 1.0, 1),
    ("036", "03", "Express intent to meet or negotiate", 4.0, 1),
    ("057", "05", "Sign formal agreement", 8.0, 1),
    ("061", "06", "Cooperate economically", 6.4, 2),
    ("071", "07", "Provide economic aid", 7.4, 2),
    ("112", "11", "Accuse", -2.0, 3),
    ("130", "13", "Threaten", -4.4, 3),
    ("173", "17", "Arrest, detain", -5.0, 4),
    ("190", "19", "Use conventional military force", -10.0, 4),
)


def event_row(
    event_id: str, day: dt.date, source: str, target: str, action: tuple[str, str, str, float, int], **extra: Any
) -> dict[str, Any]:
    """One flat event row between two actor codes."""
    code, root, name, goldstein, quad = action
    row: dict[str, Any] = {
        "event_id": event_id,
        "article_id": extra.pop("article_id", "synthetic"),
        "sentence_index": 0,
        "sentence": extra.pop("sentence", f"{source} {name.lower()} {target}."),
        "date": day,
        "date_precision": "day",
        "source_code": source,
        "source_country": source[:3],
        "source_sectors": source[3:6],
        "target_code": target,
        "target_country": target[:3],
        "target_sectors": target[3:6],
        "cameo_code": code,
        "cameo_root": root,
        "cameo_name": name,
        "goldstein": goldstein,
        "quad_class": quad,
        "confidence": 1.0,
        "evidence_start": 0,
        "evidence_end": 0,
        "rule": "synthetic",
    }
    row.update(extra)
    return row


def synthetic_rows(
    n: int, *, seed: int = 0, start: dt.date = dt.date(2000, 1, 1), end: dt.date = dt.date(2024, 12, 31)
) -> Iterator[dict[str, Any]]:
    """``n`` random events between the :data:`COUNTRIES` (with sectors) from ``start`` to ``end``."""
    rng = random.Random(seed)
    days = (end - start).days + 1
    # A few busy countries and many quiet ones, as in real event data.
    weights = [1.0 / (rank + 1) for rank in range(len(COUNTRIES))]
    for i in range(n):
        source, target = rng.choices(COUNTRIES, weights, k=2)
        if source == target:
            target = COUNTRIES[(COUNTRIES.index(source) + 1) % len(COUNTRIES)]
        day = start + dt.timedelta(days=rng.randrange(days))
        yield event_row(
            f"syn-{seed}-{i}",
            day,
            source + rng.choice(SECTORS),
            target + rng.choice(SECTORS),
            rng.choice(ACTIONS),
        )
