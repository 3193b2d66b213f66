"""A role owned by a pronoun or by "the country" ("his government", "its troops", "the country's army")
is the role of the state that the owner refers to (``events.owners``); a newspaper named like a demonym
("The Australian") does not swallow "the Australian government". Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.events.context import ArticleContext
from eventscribe.events.resolved_mentions import resolve_mentions
from eventscribe.model import Article

DAY = dt.date(2011, 3, 9)


@pytest.fixture(scope="module")
def parser():
    from eventscribe.nlp.parse import Parser

    return Parser()


def _codes(parser, resolver: ActorResolver, text: str, *, country: bool = False) -> dict[str, str]:
    """The code (or country) resolved for each mention head of the text's last sentence, by the head's
    word."""
    parsed = next(parser.pipe([Article(id="t", text=text, date=DAY)]))
    context = ArticleContext()
    found = {}
    for sentence in parsed.sentences:
        found = resolve_mentions(resolver, sentence, DAY, context, frozenset())
        words = {arg.head: sentence.tokens[arg.head].text for arg in found.values()}
    return {words[head]: arg.actor.country if country else arg.actor.code for head, arg in found.items()}


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The Chilean defence minister said his country's soldiers would leave Haiti in May.", "soldiers", "CHLMIL"),
        ("Norway's prime minister praised his government for the deal with Russia.", "government", "NORGOV"),
        ("Egypt's foreign minister said the country's army would guard the border with Gaza.", "army", "EGYMIL"),
        ("Turkey said on Friday that its troops would stay in northern Iraq.", "troops", "TURMIL"),
        # the owner is read back across sentences: "his" is the minister named before
        (
            "The Kenyan finance minister flew to London on Monday. He said his government wanted a loan.",
            "government",
            "KENGOV",
        ),
    ],
)
def test_an_owned_role_takes_its_owners_country(parser, resolver, text, word, code) -> None:
    assert _codes(parser, resolver, text).get(word) == code


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # an owner that refers to no nation lends none: the rebels' leaders stay of no country here
        ("The rebels said their commanders would meet in the hills.", "commanders", ""),
        # a role with a country of its own keeps it, whoever owns it
        ("Peru said on Monday that its Bolivian workers had gone home.", "workers", "BOL"),
        # a noun for another party is not of its owner's country
        ("The Chilean army said its kidnappers had crossed the border.", "kidnappers", ""),
        # "the" alone does not own: "the soldiers" are not the minister's country's by this rule
        ("Peru's interior minister said the soldiers in Bolivia had fired first.", "soldiers", "BOL"),
    ],
)
def test_a_role_without_such_an_owner_is_left_as_it_was(parser, resolver, text, word, country) -> None:
    assert _codes(parser, resolver, text, country=True)[word] == country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Australian government", "AUSGOV"),
        ("the Australian prime minister", "AUSGOV"),
        ("The Australian newspaper", "AUSMED"),
        ("The Hindu newspaper", "INDMED"),
    ],
)
def test_a_demonym_newspaper_does_not_take_the_states_bodies(resolver: ActorResolver, text: str, code: str) -> None:
    actor = resolver.resolve_text(text, date=DAY)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel's Labour party", "ISRPTY"),  # filed under Britain's party
        ("Norway's opposition Labour Party", "NOROPP"),  # the standing the mention gives is kept, as a role is
        ("Denmark's Social Democrats", "DNKPTY"),  # filed under Germany's
        ("Israeli Labour MPs", "ISRLEG"),  # the role the mention gives is kept
        # the name's own country, or no country named before it, leaves the name as filed
        ("Britain's Labour Party", "GBRPTY"),
        ("the Labour Party", "GBRPTY"),
        ("German Social Democrats", "DEUPTY"),
    ],
)
def test_a_party_name_after_another_country_is_that_countrys_party(
    resolver: ActorResolver, text: str, code: str
) -> None:
    # in 2004 Britain's Labour and Germany's Social Democrats were in office: PTY, not OPP, as filed
    actor = resolver.resolve_text(text, date=dt.date(2004, 9, 1))
    assert actor is not None and actor.code == code
