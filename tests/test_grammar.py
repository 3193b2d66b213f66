"""The word lists of the event reader are data, checked when they load."""

from __future__ import annotations

import pytest

from eventscribe.errors import DataError
from eventscribe.events.grammar import GRAMMAR, load_grammar, parse_grammar


def test_packaged_grammar_loads_with_every_list():
    grammar = load_grammar()
    assert grammar == GRAMMAR
    assert "would" in grammar.hypothetical_aux and grammar.target_preps[0] == "to"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1, 2]", "mapping"),
        ("negations: [not]", "missing lists"),
        ("{" + ", ".join(f"{k}: [x]" for k in GRAMMAR.__slots__) + ", extra: [y]}", "unknown lists"),
        ("{" + ", ".join(f"{k}: [X]" for k in GRAMMAR.__slots__) + "}", "lower-case"),
        ("negations: [not", "not valid YAML"),
    ],
)
def test_a_broken_grammar_file_names_the_problem(text, problem):
    with pytest.raises(DataError, match=problem):
        parse_grammar(text)
