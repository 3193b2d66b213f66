"""Dictionaries users bring along: eventscribe's own user dictionaries, and importers for TABARI/PETRARCH
ones.

- :mod:`~eventscribe.dictionaries.user`: the schema-checked user dictionary format (YAML, JSON, CSV) for
  actors with dated codes, role words, verbs and verb patterns with CAMEO codes, and discards;
- :mod:`~eventscribe.dictionaries.importer`: TABARI/PETRARCH actor, agent, verb and discard files ->
  user dictionaries (what ``eventscribe dictionaries import`` runs);
- :mod:`~eventscribe.dictionaries.tabari` and :mod:`~eventscribe.dictionaries.verbs`: the legacy readers,
  shared with ``scripts/build_kb.py`` and ``scripts/build_verbs.py``;
- :mod:`~eventscribe.dictionaries.runtime`: user dictionaries joined to (or replacing) the packaged
  knowledge base and classifier; ``Pipeline(dictionaries=[...])`` and ``eventscribe code --dictionary``
  use it.

::

    from eventscribe import Pipeline
    from eventscribe.dictionaries import import_legacy, write_import

    write_import(import_legacy(actors=["my.actors"], verbs=["my.verbs"]), "mydicts/")
    pipeline = Pipeline(dictionaries=["mydicts/"])
"""

from eventscribe.dictionaries.importer import ImportResult, import_legacy, write_import
from eventscribe.dictionaries.user import UserDictionary, read_dictionaries, read_dictionary, write_dictionary

__all__ = [
    "ImportResult",
    "UserDictionary",
    "import_legacy",
    "read_dictionaries",
    "read_dictionary",
    "write_dictionary",
    "write_import",
]
