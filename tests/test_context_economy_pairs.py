"""A state's economy and its state share a country. A union, workers, banks or firms named
with no country take the country of the government or employer they deal with, and the other way
round ("the finance minister asked the Canadian bankers' association": CANGOV), but a role described
as foreign does not, and two governments, or a police force and the people it arrests, stay apart."""

from __future__ import annotations

import pytest
from conftest import code_triples

from eventscribe.events.context import fill_country
from eventscribe.model import Actor


def role(code: str, text: str = "") -> Actor:
    return Actor(code, "", "", (code,), text=text)


@pytest.mark.parametrize(
    ("sector", "partner", "expected"),
    [
        ("LAB", Actor("FRAGOV", "France", "FRA", ("GOV",)), "FRALAB"),
        ("GOV", Actor("CANBUS", "Canada", "CAN", ("BUS",)), "CANGOV"),
        ("BUS", Actor("DEULAB", "Germany", "DEU", ("LAB",)), "DEUBUS"),
        ("LAB", Actor("GBRLAB", "United Kingdom", "GBR", ("LAB",)), "GBRLAB"),
    ],
)
def test_economy_partner_lends_its_country(sector, partner, expected):
    assert fill_country(role(sector), [partner], [partner]).code == expected


@pytest.mark.parametrize(
    ("sector", "partner"),
    [
        ("GOV", Actor("CHN", "China", "CHN")),  # "the government thanked China": two states
        ("GOV", Actor("JPNGOV", "Japan", "JPN", ("GOV",))),  # two governments
        ("COP", Actor("JPNCVL", "Japan", "JPN", ("CVL",))),  # "police arrested a Japanese tourist"
        ("BUS", Actor("USABUS", "United States", "USA", ("BUS",))),  # two firms may be of two states
    ],
)
def test_other_partners_lend_no_country(sector, partner):
    assert fill_country(role(sector), [partner], [partner]).code == "---" + sector


def test_foreign_role_takes_no_country_from_the_state_it_deals_with():
    indonesia = Actor("IDNGOV", "Indonesia", "IDN", ("GOV",))
    assert fill_country(role("BUS", "foreign banks"), [indonesia], [indonesia]).code == "---BUS"
    assert fill_country(role("BUS", "local banks"), [indonesia], [indonesia]).code == "IDNBUS"


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The finance minister asked the Danish Bankers Federation to cut card interest rates.", ("DNKGOV", "DNKBUS")),
        ("Dockers' unions threatened a strike against the Dutch government over pension cuts.", ("NLDLAB", "NLDGOV")),
        ("The trade union accused Swedish employers of breaking the wage accord.", ("SWELAB", "SWEBUS")),
    ],
)
def test_economy_pairs_in_sentences(code_text, expected, text):
    assert expected in {(s, t) for s, t, _ in code_triples(code_text(text))}


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The government thanked Poland for its help with the flood.", "---GOV"),
        ("Police detained a Norwegian tourist at the airport on Monday.", "---COP"),
    ],
)
def test_twins_that_keep_their_unknown_country(code_text, text, source):
    assert source in {s for s, _, _ in code_triples(code_text(text))}
