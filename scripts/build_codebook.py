"""Build ``src/eventscribe/events/data/cameo.csv`` from the shared CAMEO and PLOVER sources.

Usage::

    python scripts/build_codebook.py [--shared ../shared] [--output src/eventscribe/events/data/cameo.csv]

Inputs (under ``<shared>/data``):

- ``cameo/cameo_codes.csv``: CAMEO codes with names, Goldstein weights and quad classes. Rows without a
  name (Phoenix-only codes such as 0110 or 1641) are left out: they are not part of the CAMEO codebook.
- ``plover/CAMEO2PLOVER-2021.txt``: the CAMEO to PLOVER table (``code: EVENT, mode, context; context``).
- ``plover/PLOVER_structured_codebook_NGEC2025.csv``: the valid PLOVER event types and modes.

Decisions, so that every code gets a sensible PLOVER mapping:

- Goldstein is the ICEWS weight, falling back to GDELT's; quad class is GDELT's.
- A code without a row in the table inherits event, mode and contexts from its nearest parent that has one.
- Where the table lists a code twice (08 is listed as CONCEDE and as RETREAT), the first row wins.
- Root 01 (make public statement) has no PLOVER event: PLOVER does not code bare statements, so 01x
  codes get an empty PLOVER event.
- Root 02 (appeal) is absent from the 2021 table; PLOVER folds appeals into REQUEST. 02x codes map to
  REQUEST with the mode and contexts of the parallel 10x demand code (0212 -> 1012: assist, military).
- A mode that PLOVER's codebook does not list (e.g. "ease", "political") is dropped; a mode that is in
  fact a context name (175's "pro_autocracy") moves into the contexts.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIELDS = [
    "code",
    "root",
    "level",
    "name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "plover_context",
]
PLOVER_EVENTS = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT"
).split()
# 02x appeal codes and the 10x demand code whose PLOVER mode/context they borrow.
APPEAL_TO_DEMAND = {
    "02": "10",
    "020": "100",
    "021": "101",
    "022": "102",
    "023": "103",
    "024": "104",
    "025": "105",
    "026": "106",
    "027": "107",
    "028": "108",
}
_TABLE_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([^#]*?)\s*(?:#.*)?$")


def read_cameo(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row["name"].strip()]


def read_plover_table(path: Path) -> dict[str, tuple[str, str, list[str]]]:
    """Map CAMEO code -> (event, mode, contexts) for each row of the table; the first row wins."""
    table: dict[str, tuple[str, str, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _TABLE_LINE.match(line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        contexts = [c.strip() for c in parts[2].split(";") if c.strip()] if len(parts) > 2 else []
        table.setdefault(code, (event, mode, contexts))
    return table


def read_plover_modes(path: Path) -> dict[str, set[str]]:
    modes: dict[str, set[str]] = {}
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            modes.setdefault(row["event"].strip(), set()).add(row["mode"].strip())
    return modes


def _goldstein(row: dict[str, str]) -> str:
    for key in ("goldstein_icews", "goldstein_gdelt"):
        value = row[key].strip()
        if value and value.upper() != "NA":
            return f"{float(value):g}"
    raise ValueError(f"code {row['code']} has no Goldstein weight")


def _sentence_case(name: str, level: str) -> str:
    name = name.strip()
    if level == "1" or name.isupper():
        name = name.capitalize()
    return name[0].upper() + name[1:]


def _parents(code: str) -> list[str]:
    return [code[:n] for n in range(len(code) - 1, 1, -1)]


#: Code -> (event, mode, contexts) where the 2025 codebook's definitions differ from the 2021 table.
CURRENT_TYPE = {"163": ("SANCTION", "discontinue", ["economic"])}


def plover_for(
    code: str,
    table: dict[str, tuple[str, str, list[str]]],
    modes: dict[str, set[str]],
) -> tuple[str, str, list[str]]:
    if code.startswith("01"):
        return "", "", []
    if code in CURRENT_TYPE:
        event, mode, contexts = CURRENT_TYPE[code]
        return event, mode, list(contexts)
    if code.startswith("02"):
        demand = APPEAL_TO_DEMAND.get(code) or APPEAL_TO_DEMAND[code[:3]] + code[3:]
        event, mode, contexts = plover_for(demand, table, modes)
        return "REQUEST", mode, contexts
    for candidate in [code, *_parents(code)]:
        if candidate in table:
            event, mode, contexts = table[candidate]
            break
    else:
        return "", "", []
    if event not in PLOVER_EVENTS:
        raise ValueError(f"CAMEO2PLOVER maps {code} to unknown PLOVER event {event!r}")
    contexts = list(contexts)
    if mode and mode not in modes.get(event, set()):
        if "_" in mode and mode not in contexts:  # a context written in the mode column
            contexts.insert(0, mode)
        mode = ""
    return event, mode, contexts


def build(shared: Path) -> list[dict[str, str]]:
    data = shared / "data"
    cameo = read_cameo(data / "cameo" / "cameo_codes.csv")
    table = read_plover_table(data / "plover" / "CAMEO2PLOVER-2021.txt")
    modes = read_plover_modes(data / "plover" / "PLOVER_structured_codebook_NGEC2025.csv")
    rows = []
    for row in cameo:
        code = row["code"].strip()
        event, mode, contexts = plover_for(code, table, modes)
        rows.append(
            {
                "code": code,
                "root": row["root"].strip(),
                "level": row["level"].strip(),
                "name": _sentence_case(row["name"], row["level"].strip()),
                "goldstein": _goldstein(row),
                "quad_class": str(int(row["quadclass_gdelt"])),
                "plover_event": event,
                "plover_mode": mode,
                "plover_context": ";".join(contexts),
            }
        )
    rows.sort(key=lambda r: r["code"])
    return rows


def write(rows: list[dict[str, str]], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, default=REPO / "src/eventscribe/events/data/cameo.csv")
    args = parser.parse_args(argv)
    rows = build(args.shared)
    write(rows, args.output)
    print(f"wrote {len(rows)} codes to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
