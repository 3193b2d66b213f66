"""The word lists of actor resolution are data, checked when they load."""

from __future__ import annotations

import pytest

from eventscribe.actors.lexicon import LEXICON, load_lexicon, parse_lexicon
from eventscribe.errors import DataError


def test_packaged_lexicon_loads_with_every_list():
    lexicon = load_lexicon()
    assert lexicon == LEXICON
    assert "SPOKESMAN" in lexicon.weak_roles and "group" in lexicon.collective_heads
    assert "peacekeeper".endswith(lexicon.person_suffixes)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1]", "mapping"),
        ("weak_roles: [LEADER]", "missing lists"),
        ("{" + ", ".join(f"{k}: [X]" for k in LEXICON.__slots__) + "}", "lower-case"),
        ("{" + ", ".join(f"{k}: [x]" for k in LEXICON.__slots__) + "}", "upper-case"),
        ("weak_roles: [LEADER", "not valid YAML"),
    ],
)
def test_a_broken_lexicon_names_the_problem(text, problem):
    with pytest.raises(DataError, match=problem):
        parse_lexicon(text)
