"""Where the benchmarks find the development data: ../shared beside the checkout, or $EVENTSCRIBE_SHARED."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    path = Path(os.environ.get("EVENTSCRIBE_SHARED", ROOT.parent / "shared"))
    if not path.is_dir():
        sys.exit(f"benchmark data not found at {path}; set EVENTSCRIBE_SHARED to the shared/ folder")
    return path
