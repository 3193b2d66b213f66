"""A participle of pledging or threatening after the main clause tells an act of its own ("The IRA
abandoned its opposition to disarmament, pledging to get rid of its weapons": an intention, coded with no
target); a participle that gives a reason or the means ("..., citing the cost of imports") stays
background to the main act."""

from __future__ import annotations

import pytest
from conftest import triples

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        (
            "The Irish Republican Army abandoned its longtime opposition to disarmament on Thursday, pledging to"
            " get rid of its weapons by the end of the month.",
            "GBRREB",
            "03",
        ),
        ("The Colombian government ended the talks on Friday, vowing to hold new elections.", "COLGOV", "03"),
    ],
)
def test_a_pledging_participle_is_an_act_of_its_own(code_text, text, source, root):
    assert (source, "", root) in triples(code_text(text, "2004-08-15"))


def test_a_participle_giving_a_reason_is_no_act(code_text):
    found = triples(code_text("The Colombian government ended the talks on Friday, citing the violence.", "2004-08-15"))
    assert not {t for t in found if t[1] == ""}
