"""benchmarks/news_actor_spans.py: the actor spans of a gold file resolved alone, counted by country."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "news_actor_spans.py"


def _gold(path: Path) -> Path:
    records = [
        {
            "id": "a-1",
            "date": "2004-08-15",
            "text": "Pakistani troops shelled Indian positions, Indian officials said.",
            "events": [
                # right: PAKMIL; wrong on purpose: the gold says the target is Chinese
                {
                    "source": "PAKMIL",
                    "target": "CHNMIL",
                    "cameo": ["19"],
                    "source_text": "Pakistani troops",
                    "target_text": "Indian positions",
                },
                {"source": "---GOV", "target": None, "cameo": ["01"], "source_text": "officials"},  # no country
            ],
            "optional_events": [
                {"source": "INDGOV", "target": None, "cameo": ["01"], "source_text": "Indian officials"}
            ],
        }
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_counts_the_spans_of_another_country(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(_gold(tmp_path / "gold.jsonl")), "--show", "5"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("3 actor spans: 1 of another country")
    assert lines[1:] == ["a-1\t'Indian positions'\tgold CHNMIL\tgot IND"]
