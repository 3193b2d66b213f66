"""Actor-code vocabulary shared by the knowledge base, its schema checks and the importer.

:func:`normalize` is the one rule for what a word is, so that ``scripts/build_kb.py`` and the resolver
match names the same way.
"""

from __future__ import annotations

import re

__all__ = [
    "CODE_PATTERN",
    "DATA_FILES",
    "INTERNATIONAL_BODY_PREFIXES",
    "KINDS",
    "NON_NATIONAL_PREFIXES",
    "SECTORS",
    "is_international_body",
    "is_non_national",
    "normalize",
    "sectors_of",
]

CODE_PATTERN = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
KINDS = frozenset({"person", "organisation", "region"})
DATA_FILES = (
    "actors.jsonl.gz",
    "agents.jsonl",
    "countries.jsonl",
    "office_holders.txt",
    "nominals.yaml",
    "additions.yaml",
    "overrides.yaml",
)

#: Three-letter role (sector) codes; other 3-letter chunks after the country are group codes (HMS, UNO).
#: PRE is the authority of a breakaway region that rules itself unrecognised (Abkhazia: GEOPRE).
SECTORS = frozenset(
    "GOV MIL COP JUD LEG REB OPP PTY CVL REF MED NGO BUS EDU HLH LAB SPY ELI AGR CRM DEV ENV HRI "
    "INS MOD RAD SEP UAF PPL REL PRE".split()
)

#: Code prefixes of actors that belong to no nation: CAMEO's intergovernmental and non-governmental
#: organisations (IGO, NGO) and international militarised groups (IMG).
NON_NATIONAL_PREFIXES = ("IGO", "NGO", "IMG")
#: Of those, the international organisations alone (IGO, NGO), not the armed groups.
INTERNATIONAL_BODY_PREFIXES = ("IGO", "NGO")

_EDGE_PUNCT = ".,;:!?\"'()[]{}<>*`"
_SPLIT = re.compile(r"[\s_\-\u2010-\u2015/]+")


def normalize(text: str) -> tuple[str, ...]:
    """Split ``text`` into the upper-case words names are matched on.

    Underscores, hyphens and slashes separate words; a possessive ``'s`` and punctuation at a word's
    edges are dropped: ``"Hamas's"`` -> ``("HAMAS",)``, ``"Amir-Abdollahian"`` -> ``("AMIR", "ABDOLLAHIAN")``.
    """
    words = []
    for raw in _SPLIT.split(text.upper().replace("\u2019", "'")):
        word = raw.strip(_EDGE_PUNCT)
        if word.endswith("'S"):
            word = word[:-2]
        word = word.strip(_EDGE_PUNCT)
        if word:
            words.append(word)
    return tuple(words)


def sectors_of(code: str) -> tuple[str, ...]:
    """The role codes in an actor code: ``PSEREBHMS`` -> ``("REB",)``, ``IRNGOV`` -> ``("GOV",)``."""
    chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
    return tuple(c for c in chunks if c in SECTORS)


def is_non_national(code: str, *, also: tuple[str, ...] = ()) -> bool:
    """Whether an actor or country code names no nation: it begins with IGO, NGO or IMG
    (:data:`NON_NATIONAL_PREFIXES`), or with one of ``also``, the further prefixes a caller counts as no
    nation (``"MNC"`` for a multinational company, ``"---"`` or ``"-"`` for an unknown country).

    ``is_non_national("IGOUNO")`` and ``is_non_national("MNCUSA", also=("MNC",))`` are true;
    ``is_non_national("IRNGOV")`` is false.
    """
    return code.startswith(NON_NATIONAL_PREFIXES + also)


def is_national(country: str) -> bool:
    """Whether ``country`` is a nation's three-letter code: not empty, not ``---``, not IGO/NGO/IMG."""
    return len(country) == 3 and country.isalpha() and not is_non_national(country)


def is_international_body(code: str) -> bool:
    """Whether an actor or country code names an international organisation, intergovernmental or not
    (IGO, NGO; :data:`INTERNATIONAL_BODY_PREFIXES`); an armed group (IMG) is none."""
    return code.startswith(INTERNATIONAL_BODY_PREFIXES)
