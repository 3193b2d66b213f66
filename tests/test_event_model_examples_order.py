"""The training sentences come in the same order in every process (scripts/event_model_examples.py), so a
retrain gives the same weights whatever PYTHONHASHSEED is: the PLOVER codebook's two definitions of a row
used to be read through a set, whose order of strings changes with the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, shared_path

SCRIPT = (
    "import hashlib, sys\n"
    "from pathlib import Path\n"
    f"sys.path.insert(0, {str(ROOT / 'scripts')!r})\n"
    "import event_model_examples as m\n"
    "rows = m.read_plover_codebook(Path(sys.argv[1]))\n"
    "print(len(rows), hashlib.sha256('\\n'.join(r.text for r in rows).encode()).hexdigest())\n"
)


def test_the_plover_codebook_sentences_keep_their_order_across_hash_seeds():
    shared = shared_path("data", "plover").parent.parent
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(shared)], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    assert len(digests) == 1, digests
    assert int(next(iter(digests)).split()[0]) > 50  # the codebook's rows were read
