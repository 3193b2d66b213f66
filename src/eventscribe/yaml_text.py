"""YAML text to Python data: libyaml's C parser where PyYAML was built with it, else the pure-Python one.

Both are PyYAML's *safe* loaders (plain scalars, lists and mappings; no Python objects). The packaged
data files (the rules, the hand-made actors, the place tables) are large enough that the pure-Python
parser took about a third of the coder's start-up, which every worker process pays; libyaml reads the
same files several times faster and reports errors with the same line and column marks.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["SAFE_LOADER", "load_yaml"]

#: The safe loader in use: ``yaml.CSafeLoader`` when libyaml is there, ``yaml.SafeLoader`` otherwise.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with the C parser when it is there."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - SAFE_LOADER is a safe loader
