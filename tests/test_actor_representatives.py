"""One who acts for the party a "to" or "for" phrase names is that party's ("an aide to President Bush",
"a spokesman for Hamas"); an ambassador or envoy "to" a country is not the host's."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def sources(events):
    return {e.source.code for e in events if e.source}


@pytest.mark.parametrize(
    "text, code",
    [
        ("An aide to President Bush called on Iran to stop enrichment.", "USAGOV"),
        ("A spokesman for Hamas called on Israel to stop the raids.", "PSEREBHMS"),
        ("The chief negotiator for the Palestinians met Israeli officials.", "PSE"),
    ],
)
def test_a_representative_is_the_party_s(code_text, text, code):
    assert code in sources(code_text(text, "2004-08-15"))


def test_an_ambassador_to_a_country_is_not_the_host_s(code_text):
    found = sources(code_text("The US ambassador to Iraq met Iraqi officials.", "2004-08-15"))
    assert "USAGOV" in found and not {c for c in found if c.startswith("IRQ")}
