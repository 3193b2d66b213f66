"""Fit the confidence calibration (src/eventscribe/events/data/calibration.json) on dev halves only.

The coder runs with no calibration over the dev halves (eventscribe.evaluate.split_of) of the
PETRARCH-2 real-world set and the PLOVER records of ../shared/gold; each predicted event's score
(``extra["score"]``) is paired with whether it matched a gold event (country + CAMEO prefix), and an
isotonic map is fitted (eventscribe.events.calibration.fit_isotonic). Check it on the test halves with
``eventscribe evaluate --split test --thresholds 0.3,0.5,0.7``.

    .venv/bin/python scripts/train_calibration.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from eventscribe.evaluate import load_gold, outcomes, split_of
from eventscribe.events.calibration import Calibration, fit_isotonic
from eventscribe.events.coder import EventCoder
from eventscribe.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventscribe" / "events" / "data" / "calibration.json"
GOLD = ("petrarch2_gsr_realworld.jsonl", "plover_gsr_cameo_manual.jsonl")


def dev_records(path: Path) -> list:
    """The dev-half records of a gold file; ids used twice (the PLOVER file has some) get a suffix."""
    lines, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if split_of(str(raw["id"])) != "dev":
            continue
        if raw["id"] in seen:
            raw["id"] = f"{raw['id']}#{number}"
        seen.add(raw["id"])
        lines.append(json.dumps(raw))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        tmp.write("\n".join(lines) + "\n")
    try:
        return load_gold(tmp.name)
    finally:
        os.unlink(tmp.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTSCRIBE_SHARED", str(ROOT.parent / "shared")))
    args = parser.parse_args()
    records = [r for name in GOLD for r in dev_records(Path(args.shared) / "gold" / name)]
    pipeline = Pipeline(coder=EventCoder(calibration=Calibration([], [])))
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}
    # With no calibration an event's confidence is its score.
    pairs = outcomes(records, lambda r: coded[r.id])
    xs, ys = fit_isotonic(pairs)
    OUT.write_text(json.dumps({"x": xs, "y": ys}) + "\n", encoding="utf-8")
    hits = sum(ok for _, ok in pairs)
    print(f"{len(records)} dev records, {len(pairs)} events, {hits} matched; {len(xs)} breakpoints -> {OUT}")


if __name__ == "__main__":
    main()
