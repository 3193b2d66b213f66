"""The CAMEO codebook and its PLOVER mapping, read from the packaged ``data/cameo.csv``.

::

    book = Codebook.load()
    book.cameo("0212")   # CameoCode(code="0212", root="02", name="Appeal for military cooperation", ...)
    book.plover("173")   # PloverCode(event="COERCE", mode="arrest", context=("legal",))

The csv is built by ``scripts/build_codebook.py`` from the CAMEO and PLOVER sources; see its docstring
for the mapping decisions (root 01 has no PLOVER event, root 02 maps to REQUEST).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventscribe.errors import DataError
from eventscribe.model import CameoCode, PloverCode

__all__ = ["CAMEO_FIELDS", "Codebook", "PLOVER_EVENTS", "UnknownCode", "validate_cameo_csv"]

CAMEO_FIELDS = (
    "code",
    "root",
    "level",
    "name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "plover_context",
)
PLOVER_EVENTS = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
DATA_PACKAGE = "eventscribe.events.data"


class UnknownCode(DataError, KeyError):
    """A CAMEO code that the codebook does not define."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else ""


def read_data_text(name: str) -> str:
    """The text of a packaged data file; raises DataError when it is missing."""
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise DataError(
            f"{name}: packaged data file is missing; reinstall eventscribe or run the build scripts"
        ) from exc


def validate_cameo_csv(text: str, *, filename: str = "cameo.csv") -> list[dict[str, str]]:
    """Schema-check the codebook csv and return its rows; raises DataError naming file and line."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != CAMEO_FIELDS:
        raise DataError(
            f"{filename}:1: header must be {','.join(CAMEO_FIELDS)}, got {','.join(reader.fieldnames or [])}"
        )
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        where = f"{filename}:{line}"
        code = row["code"] or ""
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise DataError(f"{where}: code {code!r} must be 2 to 4 digits")
        if code in seen:
            raise DataError(f"{where}: code {code} is listed twice; keep one row")
        seen.add(code)
        if row["root"] != code[:2] or row["root"] not in ROOTS:
            raise DataError(f"{where}: root {row['root']!r} must be the first two digits of {code}, 01..20")
        if row["level"] != str(len(code) - 1 if len(code) > 2 else 1):
            raise DataError(f"{where}: level {row['level']!r} does not fit code {code}")
        if not row["name"].strip():
            raise DataError(f"{where}: code {code} has no name")
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            raise DataError(f"{where}: goldstein {row['goldstein']!r} is not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise DataError(f"{where}: goldstein {goldstein} is outside -10..10")
        if row["quad_class"] not in {"1", "2", "3", "4"}:
            raise DataError(f"{where}: quad_class {row['quad_class']!r} must be 1, 2, 3 or 4")
        event = row["plover_event"]
        if event and event not in PLOVER_EVENTS:
            raise DataError(f"{where}: plover_event {event!r} is not one of the 16 PLOVER event types")
        if not event and (row["plover_mode"] or row["plover_context"]):
            raise DataError(f"{where}: plover mode or context given without a plover_event")
        rows.append(row)
    missing = [r for r in ROOTS if r not in seen]
    if missing:
        raise DataError(f"{filename}: roots {', '.join(missing)} are missing")
    for row in rows:
        if len(row["code"]) > 2 and row["code"][:-1] not in seen and row["code"][:3] not in seen:
            raise DataError(f"{filename}: code {row['code']} has no parent code")
    return rows


@dataclass(frozen=True, slots=True)
class _Entry:
    cameo: CameoCode
    plover: PloverCode | None


class Codebook:
    """The CAMEO codes (about 300) with Goldstein weights, quad classes and PLOVER mappings."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        entries: dict[str, _Entry] = {}
        for row in rows:
            cameo = CameoCode(
                code=row["code"],
                root=row["root"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
            )
            plover = None
            if row["plover_event"]:
                context = tuple(c for c in row["plover_context"].split(";") if c)
                plover = PloverCode(event=row["plover_event"], mode=row["plover_mode"], context=context)
            entries[row["code"]] = _Entry(cameo, plover)
        self._entries = entries

    @classmethod
    @cache
    def load(cls) -> Codebook:
        """The packaged codebook, read once and cached."""
        return cls(validate_cameo_csv(read_data_text("cameo.csv")))

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def _entry(self, code: str) -> _Entry:
        try:
            return self._entries[code]
        except KeyError:
            raise UnknownCode(
                f"CAMEO code {code!r} is not in the codebook (cameo.csv); use a code such as '0212'"
            ) from None

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO record of ``code``; raises UnknownCode (a DataError and KeyError) when unknown."""
        return self._entry(code).cameo

    def plover(self, code: str) -> PloverCode | None:
        """The PLOVER event type, mode and contexts of ``code``; None for 01x statements."""
        return self._entry(code).plover

    def codes(self) -> list[str]:
        """All CAMEO codes, sorted."""
        return sorted(self._entries)
