"""Organisation names unknown to the knowledge base are typed by their head word, with the country the
name itself names; known names keep their codes, and words that are no name are left alone. Names of
our own, many of them invented."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code

from eventscribe.actors import ActorResolver
from eventscribe.actors.orgnames import load_org_heads, parse_org_heads
from eventscribe.errors import DataError

DAY = dt.date(2019, 5, 1)


def code(resolver: ActorResolver, text: str, context: str | None = None) -> str:
    return resolved_code(resolver, text, DAY, context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kenyan Union of Dock Workers", "KENLAB"),
        ("the Ghanaian Port Workers Union", "GHALAB"),
        ("the Nigerian Labour Congress", "NGALAB"),  # no part of the US Congress
        ("Zambia's Trades Union Congress", "ZMBLAB"),
        ("the Zambian Progressive Liberal Party", "ZMBPTY"),
        ("the Chadian Liberation Army", "TCDREB"),
        ("the Ugandan Fisheries Ministry", "UGAGOV"),
        ("the Malawian Supreme Council", "MWIGOV"),  # was the bare country
        ("the Kenyan Electoral Commission", "KENGOV"),
        ("the Ghanaian Mounted Police", "GHACOP"),
        ("the Ethiopian Central Bank", "ETHGOV"),
        ("the Cooperative Bank of Uganda", "UGABUS"),
        ("the Malawi News Agency", "MWIMED"),
        ("the Malawian Patriotic Union", "MWIPTY"),  # a union of a creed, not of a trade
        ("the Malawian Civic Union (Reformists)", "MWIPTY"),
    ],
)
def test_an_unknown_name_takes_its_head_s_role_and_its_own_country(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Associated Dock Workers Union", "LAB"),
        ("the Crimson Martyrs Brigades", "REB"),
        ("the Crimson Hills Liberation Army", "REB"),
        ("the Amalgamated Copper Bank", "BUS"),
    ],
)
def test_a_name_of_no_country_keeps_its_role_alone(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


def test_a_name_of_no_country_takes_the_country_of_its_context(resolver: ActorResolver) -> None:
    context = "The Associated Dock Workers Union called a strike at the port of Mombasa in Kenya."
    assert code(resolver, "the Associated Dock Workers Union", context=context) == "KENLAB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the International Lighthouse Commission", "IGO"),
        ("the Asian Reconstruction Bank", "IGOASA"),  # a bank of the region's states
        ("the West African Dockers Union", "WAFLAB"),  # members named: a union of workers
        ("the International Dock Workers Union", "LAB"),
    ],
)
def test_a_name_of_a_region_or_named_international_is_a_body_of_several_countries(
    resolver: ActorResolver, text: str, expected: str
) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the European Union", "IGOEUREEC"),
        ("the African Union", "IGOAFR"),
        ("the World Bank", "IGOUNODEVWBK"),
        ("the Nigerian Army", "NGAMIL"),
        ("the Russian Federation", "RUS"),
        ("Hamas", "PSEREBHMS"),
    ],
)
def test_a_known_name_keeps_its_code(resolver: ActorResolver, text: str, expected: str) -> None:
    assert code(resolver, text) == expected


@pytest.mark.parametrize("text", ["the Union", "the Ruritanian weather"])
def test_no_name_or_a_head_alone_gives_no_typed_body(resolver: ActorResolver, text: str) -> None:
    assert code(resolver, text) == ""


def test_the_packaged_table_loads_and_a_bad_one_is_refused() -> None:
    assert load_org_heads().head_of(["LABOUR", "CONGRESS"]) == (2, "LAB")
    with pytest.raises(DataError, match="upper case"):
        parse_org_heads(
            {"heads": {"Union": "LAB"}, "international": [], "igo_roles": [], "igo_heads": [], "member_roles": {}}
        )
    good = {"heads": {"UNION": "LAB"}, "international": [], "igo_roles": ["GOV"], "igo_heads": [], "member_roles": {}}
    with pytest.raises(DataError, match="igo_heads"):
        parse_org_heads({**good, "igo_heads": "UNION"})  # a string, not a list
    with pytest.raises(DataError, match="member_roles"):
        parse_org_heads({**good, "member_roles": ["CHURCHES"]})
    with pytest.raises(DataError, match="expected the keys"):
        parse_org_heads({k: v for k, v in good.items() if k != "member_roles"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kenyan Council of Churches", "KENREL"),  # the members decide, not the head "Council"
        ("the Ghanaian Council of Employers", "GHABUS"),
        ("the Zambian Patriotic Front", "ZMB"),  # a bare Front may be a party: not typed
        ("the Moro Islamic Liberation Front", "PHLREB"),
    ],
)
def test_members_after_of_decide_and_a_bare_front_is_not_typed(resolver, text, expected):
    assert code(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the Africa Union", "IGOAFR"), ("the Salvation Army", "NGOREL")],
)
def test_known_bodies_whose_head_word_would_mislead_keep_their_codes(resolver, text, expected):
    assert code(resolver, text) == expected
