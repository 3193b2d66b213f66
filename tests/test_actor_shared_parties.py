"""Party names that several countries' parties bear ("the Christian Democrats", "the Social Democratic
Party"): with no country in the mention, the country of theirs that the context names, else the one
the knowledge base files the name under; other party names ("Labour") keep their one country."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import resolved_code, triples

from eventscribe.actors import ActorResolver
from eventscribe.actors.lexicon import LEXICON, shared_parties

DAY = dt.date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # Italy's Christian Democrats, named with Italy's prime minister or Italy itself
        (
            "the Christian Democrats",
            "Italy's government is expected to fall after the Christian Democrats withdrew their ministers.",
            "ITAPTY",
        ),
        (
            "the Social Democratic Party",
            "Portugal's minority government lost the vote to the Social Democratic Party.",
            "PRTPTY",
        ),
        # a country the sentence names that has no party of the name leaves it as filed (Germany's)
        ("The Social Democrats", "The Social Democrats criticised Italy.", "DEUOPP"),
        ("the Christian Democrats", "Chancellor Helmut Kohl said the Christian Democrats would win.", "DEUPTY"),
        # Japan's Liberal Democratic Party unless the story is of another country's (not the US Democrats)
        (
            "the ruling Liberal Democratic Party",
            "Kuranari has to attend the budget debates the ruling Liberal Democratic Party have resumed.",
            "JPNPTY",
        ),
        (
            "the Liberal Democratic Party",
            "In Moscow, Vladimir Zhirinovsky's Liberal Democratic Party won seats in Russia.",
            "SUNPTY",
        ),
        # a name no country shares: the sentence's other country is the target, not the party's owner
        ("Labour", "Labour attacked the Israeli government.", "GBROPP"),
    ],
)
def test_a_shared_party_name_takes_the_context_country(
    resolver: ActorResolver, text: str, context: str, code: str
) -> None:
    assert resolved_code(resolver, text, DAY, context) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Italy's majority Christian Democrats", "ITAPTY"),  # a standing word between owner and name
        ("Sweden's Social Democrats", "SWEPTY"),
        ("Social Democrat leaders", "DEUPTY"),  # not the US Democrats
    ],
)
def test_an_owner_in_the_mention_or_none(resolver: ActorResolver, text: str, code: str) -> None:
    assert resolved_code(resolver, text, DAY) == code


def test_each_entry_starts_with_the_country_the_knowledge_base_files_it_under(resolver: ActorResolver) -> None:
    for words, countries in shared_parties(LEXICON).items():
        filed = resolved_code(resolver, " ".join(words).title(), DAY)
        assert filed[:3] == countries[0], (words, filed)


def test_the_coder_takes_the_articles_country(code_text) -> None:
    text = (
        "Italian Prime Minister Bettino Craxi resigned on Friday. "
        "The Christian Democrats accused the Socialists of betraying the coalition."
    )
    assert ("ITAPTY", "", "11") in {(s, "", r) for s, _, r in triples(code_text(text, "1987-03-03"))}


def test_a_party_named_with_democratic_is_not_the_us_democrats(code_text) -> None:
    # Northern Ireland's Democratic Unionists (the register's GBRPTY line), not the US Democratic Party
    text = "British Prime Minister Tony Blair met the Democratic Unionists on Monday."
    targets = [t for _, t, r in triples(code_text(text, "2004-11-22")) if r == "04"]
    assert targets and all(t.startswith("GBR") for t in targets), targets


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The party in Russia won the election.", "RUS"),  # "won" is a verb after a country's name
        ("Israel pounds Gaza for a third day.", "ISR"),
        ("Reserves rose in Korean won and in Japanese yen.", ""),  # after an adjective it is money
    ],
)
def test_a_currency_word_that_is_also_a_verb_names_money_only_after_an_adjective(
    resolver: ActorResolver, text: str, country: str
) -> None:
    assert resolver.context_country(text, date=DAY) == country
