"""Named armed men of a known nation are its armed opposition (REB) as partners of an event; armed men
of no known country, unnamed doers, and every other actor keep their codes. Sentences we wrote in
wire style, plus hand-built actors for the rule itself."""

from __future__ import annotations

import pytest
from conftest import code_triples

from eventscribe.actors.armed_opposition import as_armed_opposition
from eventscribe.model import Actor

DATE = "2014-06-26"


@pytest.mark.parametrize(
    ("code", "country", "sectors", "expected"),
    [
        ("SYRUAF", "SYR", ("UAF",), "SYRREB"),
        ("AFGUAFMUS", "AFG", ("UAF", "MUS"), "AFGREBMUS"),
        ("---UAF", "---", ("UAF",), "---UAF"),  # no nation known: affiliation unknown too
        ("IGOUNOUAF", "IGO", ("UAF",), "IGOUNOUAF"),
        ("SYRMUSUAF", "SYR", ("MUS", "UAF"), "SYRMUSUAF"),  # a religion comes first: kept
        ("SYRMIL", "SYR", ("MIL",), "SYRMIL"),
        ("SYR", "SYR", (), "SYR"),
    ],
)
def test_only_national_unaffiliated_armed_men_become_rebels(code, country, sectors, expected):
    actor = Actor(code=code, name="", country=country, sectors=sectors)
    result = as_armed_opposition(actor)
    assert result.code == expected
    assert result.sectors[:1] == (("REB",) if expected != code else sectors[:1])


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Afghan militants ambushed a police convoy on Sunday.", "19", "AFGREB"),
        ("Syrian gunmen kidnapped two aid workers near the border.", "18", "SYRREB"),
        ("Militants in Yemen attacked an army checkpoint overnight.", "19", "YEMREB"),
    ],
)
def test_militants_of_a_nation_are_its_armed_opposition(code_text, text, root, source):
    found = [t for t in code_triples(code_text(text, DATE)) if t[2].startswith(root)]
    assert found, code_triples(code_text(text, DATE))
    assert found[0][0] == source


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Afghan troops ambushed a rebel convoy on Sunday.", "AFGMIL"),
        ("Syrian police arrested two aid workers near the border.", "SYRCOP"),
    ],
)
def test_state_forces_keep_their_roles(code_text, text, source):
    assert source in {t[0] for t in code_triples(code_text(text, DATE))}


@pytest.mark.spacy
def test_an_unnamed_bomber_stays_unaffiliated(code_text):
    # no mention names the doer: the unidentified armed force of the place, as before
    sources = {t[0] for t in code_triples(code_text("A car bomb killed three policemen in Kandahar on Monday.", DATE))}
    assert "AFGREB" not in sources
