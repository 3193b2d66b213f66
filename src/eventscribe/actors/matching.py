"""Knowledge-base lookups over a mention's words: names, surnames of office holders, countries a text names.

:func:`find` lists the knowledge-base matches of a mention's words, segment by segment, without the
false starts of longer unknown names ("Bobi Wine" is no "Bobi" of the dictionaries) and with lone
surnames of people in office ("Mr Straw"). :func:`country_in_text` is the country a sentence or an
article names most often.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.actors.currencies import CURRENCY_WORDS
from eventscribe.actors.kb import ActorEntry, KnowledgeBase, Match
from eventscribe.actors.lexicon import LEXICON, SHARED_NAMES
from eventscribe.actors.phrase import (
    COLLECTIVE_HEADS,
    NONE,
    OPPOSING_PREFIXES,
    ContextCountry,
    Found,
    Word,
    in_compound,
    no_context,
)
from eventscribe.model import Actor
from eventscribe.tickers import without_tickers

__all__ = ["country_in_text", "find", "make_actor", "opposed_countries"]

#: Words of address before a name ("Mr Putin", "Sheikh Tamim"): not a given name.
HONORIFICS = LEXICON.honorifics
#: Words that qualify a title before a name ("Vice President George Bush"): not a given name.
TITLE_QUALIFIERS = LEXICON.title_qualifiers
#: Capitalised nouns that continue a place's name without making it another name ("Kuwait City").
PLACE_NOUNS = frozenset({"CITY", "STRIP", "PROVINCE", "REGION", "STATE", "ISLAND", "ISLANDS", "BANK", "COUNTY"})

#: Generic nouns that, written in lower case after a name word, describe a body rather than name it:
#: "the Islamic group" (Hamas, named before) is not the Islamic Group; "the Labour party" is Labour.
DESCRIBING_HEADS = frozenset({"GROUP", "GROUPS", "MOVEMENT", "ORGANISATION", "ORGANIZATION", "FACTION", "NETWORK"})

#: Nouns after a country's name that make it the topic of the text, not a party in it ("the legality of the
#: Iraq war"): such a name counts half.
TOPIC_NOUNS = frozenset({"WAR", "WARS", "CONFLICT", "CRISIS", "DISPUTE", "ISSUE", "QUESTION", "PROBLEM", "POLICY"})

_TEXT_WORD = re.compile(r"\S+")
#: A word before a party's name that leaves it the same party ("New Labour").
_SAME_PARTY_WORDS = frozenset({"NEW"})
#: The word that ends a party's name ("the Democratic Justice Party").
_PARTY_HEADS = frozenset({"PARTY"})


def make_actor(kb: KnowledgeBase, code: str, entry: ActorEntry | None = None) -> Actor:
    """The actor of a code, named by the knowledge base (by ``entry`` when given)."""
    return Actor(code, kb.name_for(code, entry), code[:3], sectors_of(code))


def find(
    kb: KnowledgeBase, words: list[Word], date: dt.date | None = None, context: ContextCountry = no_context
) -> list[Found]:
    """The knowledge-base matches of ``words``, each within one segment, in order of their start;
    ``context`` chooses between office holders of one surname by their country."""
    found: list[Found] = []
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and words[end].segment == words[start].segment:
            end += 1
        seg = [w.word for w in words[start:end]]
        for a, b, matches in kb.find(seg):
            span = words[start + a : start + b]
            if not any(w.capital for w in span) or (
                len(span) > 1 and not span[-1].capital and span[-1].word in DESCRIBING_HEADS
            ):
                # "conservative clerics", "the labour minister": a body's name is written as a name;
                # "the Islamic group" describes a group (named before), it is not the Islamic Group
                matches = [m for m in matches if m.type != "actor" or m.ref.kind != "organisation"]
            if matches:
                found.append(Found(start + a, start + b, _dated_first(matches, date)))
        start = end
    kept = [f for f in _drop_name_starts(words, found, kb) if not _lone_given_name(kb, words, f)]
    surnames = _surnames(kb, words, kept, date or dt.date.today(), context)
    return sorted([*kept, *surnames], key=lambda f: f.start)


def _dated_first(matches: list[Match], date: dt.date | None) -> tuple[Match, ...]:
    """The matches with the named actors that have a code on ``date`` first (one name, two people:
    "President George Bush" is the father in 1990 and the son in 2004); where the date does not tell
    them apart, in the knowledge base's order (the dictionary's last entry of the name first)."""
    if sum(m.type == "actor" for m in matches) < 2:
        return tuple(matches)
    return tuple(sorted(matches, key=lambda m: m.type == "actor" and m.ref.code_for(date) is None))


def _surnames(
    kb: KnowledgeBase, words: list[Word], found: list[Found], date: dt.date, context: ContextCountry
) -> list[Found]:
    """Lone surnames of people in office on ``date`` ("Blunkett", "Mr Straw", "Chancellor Brown"): the
    one office holder of that surname, or the one of the country the context names when several hold
    an office ("Howard" in 2005 beside "British": Michael Howard). A surname written after another
    unknown name ("Adam Curtis Brown") is some other person's."""
    covered = {k: f for f in found for k in range(f.start, f.end)}
    extra = []
    for k, w in enumerate(words):
        if k in covered or not w.proper or w.word in HONORIFICS or not w.word.isalpha():
            continue
        before = words[k - 1] if k > 0 and words[k - 1].segment == w.segment else None
        after = words[k + 1] if k + 1 < len(words) and words[k + 1].segment == w.segment else None
        titled = before is not None and (before.word in HONORIFICS or bool(covered.get(k - 1, NONE).first("agent")))
        if (before is not None and before.proper and not titled) or (after is not None and after.proper):
            continue
        entry = _one_holder(kb.holders_by_surname(w.word, date), context, date)
        if entry is not None:
            extra.append(Found(k, k + 1, (Match("actor", entry),)))
    return extra


def _one_holder(holders: list[ActorEntry], context: ContextCountry, date: dt.date) -> ActorEntry | None:
    """The one holder, or the one holder of the country the context names among theirs; failing that,
    the first holder (the register lists heads of state and government first) where every holder has
    the same code on ``date``: "Bush" in 2005 is the president and also Florida's governor, USAGOV both."""
    if len(holders) < 2:
        return holders[0] if holders else None
    countries = frozenset(c for e in holders for c in e.countries)
    country = context(countries, frozenset())
    mine = [e for e in holders if country and country in e.countries]
    if len(mine) == 1:
        return mine[0]
    return holders[0] if len({e.code_for(date) for e in holders}) == 1 else None


def _drop_name_starts(words: list[Word], found: list[Found], kb: KnowledgeBase | None = None) -> list[Found]:
    """Drop a person matched on the first word of a longer name that the knowledge base does not know
    ("Bobi Wine" is not a "Bobi" of the dictionaries), a person matched on a surname after a given name
    that none of the person's names has ("Xochitl Galvez" is not a Galvez of the dictionaries), a
    capital followed by two unknown names ("Douglas Paul James" is a person, not the Isle of Man) and a
    place after two unknown names ("Samuel Doria Medina"). A
    country or a capital followed by one unknown name is kept: that is mostly one of the country's
    bodies ("Pakistan Tehreek-e-Insaf", "Tehran Times")."""
    covered = {k for f in found for k in range(f.start, f.end)}

    def unknown_name(k: int, f: Found) -> bool:
        return (
            0 <= k < len(words)
            and k not in covered
            and words[k].segment == words[f.start].segment
            and words[k].proper
            and words[k].word.lower() not in COLLECTIVE_HEADS
            and words[k].word not in PLACE_NOUNS
            and words[k].word not in TITLE_QUALIFIERS
        )

    kept = []
    for f in found:
        actor = f.first("actor")
        person = actor is not None and actor.ref.kind == "person"
        capital = actor is None and not f.first("agent", "country") and f.first("capital")
        if words[f.start].proper and unknown_name(f.end, f):
            if person or (capital and unknown_name(f.end + 1, f)):
                continue
        if person and words[f.start].proper and _other_given_name(words, f, actor.ref, unknown_name):  # type: ignore[union-attr]
            continue
        if _inside_other_party(words, f, unknown_name):
            continue  # "Liberal Democratic Party" (Japan's), "Democratic Justice Party" (South Korea's)
        if _inside_other_bank(words, f, unknown_name):
            continue  # "the Industrial Bank of Japan" is a business, not the Bank of Japan
        if _head_of_other_name(words, f):
            continue  # "the Congress of South African Trade Unions" is no US Congress
        place = actor is None and not f.first("agent") and f.first("country", "capital")
        if place and words[f.start].proper and unknown_name(f.start - 1, f) and unknown_name(f.start - 2, f):
            continue  # "Samuel Doria Medina" is a person, not the city of Medina
        if place and _inside_person(words, f, unknown_name):
            continue  # "Michael Jordan", "Chad Smith": the parse reads a person's name, not Jordan or Chad
        if place and kb is not None and _after_given_name(kb, words, f, unknown_name):
            continue  # "Michael Jordan" in a bare text: a common given name before the place
        kept.append(f)
    return kept


def _inside_other_bank(words: list[Word], f: Found, unknown: Callable[[int, Found], bool]) -> bool:
    """Whether a bank's name ("Bank of Japan", "Bank of Uganda") is only the end of a longer name with a
    word of its own before it: "the Industrial Bank of Japan", "the Cooperative Bank of Uganda" are
    other banks. The first word of the text, which any word may be capitalised as, is no such word."""
    actor = f.first("actor")
    if actor is None or actor.ref.kind != "organisation" or words[f.start].word.lower() != "bank":
        return False
    return unknown(f.start - 1, f) and words[f.start - 1].first > 0


#: Names of one body that begin the names of many others: "Congress" is the US legislature, but "the
#: Congress of South African Trade Unions" and "the Congress of Racial Equality" are other bodies.
SHARED_NAME_HEADS = frozenset({"congress"})


def _head_of_other_name(words: list[Word], f: Found) -> bool:
    """Whether a body matched on one of :data:`SHARED_NAME_HEADS` heads a longer name: "of" and a word
    written as a name follow it. A name the knowledge base knows as a whole ("Congress of People's
    Deputies") is matched as a whole and never reaches here."""
    actor = f.first("actor")
    if actor is None or actor.ref.kind != "organisation" or f.end - f.start != 1:
        return False
    if words[f.start].word.lower() not in SHARED_NAME_HEADS or f.end + 1 >= len(words):
        return False
    after, named = words[f.end], words[f.end + 1]
    return after.word.lower() == "of" and after.segment == named.segment and named.capital


def _inside_other_party(words: list[Word], f: Found, unknown: Callable[[int, Found], bool]) -> bool:
    """Whether a party's name is only a part of a longer name written beside it: a word of the name
    before it ("Liberal" of Japan's "Liberal Democratic Party" is not the US Democratic Party) or after
    it, up to the word "Party" ("Democratic" of South Korea's "Democratic Justice Party"; the "Republican
    National Convention" is the US party's). "New" starts a name of the same party as often as another
    one ("New Labour"), so it is no other name, and neither is a part of a written compound ("US-born
    Labour MP") or the first word of the text, which any word may be capitalised as ("Nervous Republicans")."""
    actor = f.first("actor")
    if actor is None or actor.ref.kind != "organisation" or not words[f.start].proper:
        return False
    if not any("PTY" in sectors_of(c.code) for c in actor.ref.codes):
        return False
    k = f.start - 1
    before = (
        unknown(k, f) and words[k].first > 0 and words[k].word not in _SAME_PARTY_WORDS and not in_compound(words, k)
    )
    j = f.end
    while unknown(j, f):
        j += 1
    after = j > f.end and j < len(words) and words[j].word in _PARTY_HEADS
    return before or after


def _lone_given_name(kb: KnowledgeBase, words: list[Word], f: Found) -> bool:
    """Whether a match is one word that many people of the knowledge base have as their given name
    ("Hassan", "Manuel", "Abdullah"), matched as somebody's short name and written without a title
    ("King Abdullah" and "Mr Manuel" are someone's; "Hassan" alone is no one in particular)."""
    if f.end - f.start != 1 or any(m.type != "actor" or m.ref.kind != "person" for m in f.matches):
        return False
    before = words[f.start - 1] if f.start > 0 and words[f.start - 1].segment == words[f.start].segment else None
    if before is not None and (before.word in HONORIFICS or kb.code_for([before.word]) is not None):
        return False
    return kb.is_common_given_name(words[f.start].word)


def _after_given_name(kb: KnowledgeBase, words: list[Word], f: Found, unknown: Callable[[int, Found], bool]) -> bool:
    """Whether a one-word place follows an unknown word that many people of the knowledge base have as
    their given name ("Michael Jordan", "Jack London"), with no third name around: a person's name."""
    k = f.start - 1
    if f.end - f.start != 1 or not unknown(k, f) or unknown(k - 1, f) or unknown(f.end, f):
        return False
    return kb.is_common_given_name(words[k].word)


def _inside_person(words: list[Word], f: Found, unknown: Callable[[int, Found], bool]) -> bool:
    """Whether a match lies inside a person's name of the parse next to a name the knowledge base does not
    know ("Jordan" of "Michael Jordan")."""
    if not all(w.person for w in words[f.start : f.end]):
        return False
    return any(unknown(k, f) and words[k].person for k in (f.start - 1, f.end))


def _other_given_name(words: list[Word], f: Found, entry: ActorEntry, unknown: Callable[[int, Found], bool]) -> bool:
    """Whether unknown names before the match ("Xochitl" before "Galvez") include none of the given
    names the person's full names start with (a bare surname entry cannot say: False). A match that
    is itself a full name ("David Blunkett") has its given name: a word before it is a title
    ("Secretary David Blunkett"), not another given name."""
    if " ".join(w.word for w in words[f.start : f.end]) in entry.names and f.end - f.start > 1:
        return False
    before = []
    k = f.start - 1
    while unknown(k, f):
        if words[k].word not in HONORIFICS and len(words[k].word) > 1:
            before.append(words[k].word)
        k -= 1
    given = {name.split()[0] for name in entry.names if " " in name}
    return bool(before) and bool(given) and not given & set(before)


def opposed_countries(kb: KnowledgeBase, words: list[Word]) -> frozenset[str]:
    """Countries that "pro-" or "anti-" sets a mention apart from ("pro-Russian rebels": RUS)."""
    found: set[str] = set()
    for k, word in enumerate(words[:-1]):
        if word.word in OPPOSING_PREFIXES:
            for _, _, matches in kb.find([words[k + 1].word]):
                found.update(m.ref.code for m in matches if m.type in ("country", "demonym", "capital"))
    return frozenset(found)


#: Currency names that are also verbs after a country's name ("Russia won", "Israel pounds Gaza", "Germany
#: marks the anniversary"): money only after an adjective ("the Korean won", "British pounds").
VERB_LIKE_CURRENCIES = frozenset({"WON", "MARK", "MARKS", "POUND", "POUNDS"})


def _names_money(word: str, matches: list[Match]) -> bool:
    """Whether ``word``, after a name the knowledge base matched, makes the name one of money."""
    if word not in CURRENCY_WORDS:
        return False
    return word not in VERB_LIKE_CURRENCIES or any(m.type == "demonym" for m in matches)


def country_in_text(
    kb: KnowledgeBase,
    text: str,
    *,
    date: dt.date | None = None,
    among: frozenset[str] | None = None,
    exclude: frozenset[str] = frozenset(),
    parties: bool = True,
) -> str:
    """The country a text names most often (see :meth:`ActorResolver.context_country`); with
    ``parties`` false a party's name after another word counts for no country (the words of another
    name: "Liberal Democratic" of Japan's Liberal Democratic Party are not the US Democrats'; the owner
    first in "CCM's national executive" is Tanzania's party)."""
    words = [w for m in _TEXT_WORD.finditer(without_tickers(text)) for w in normalize(m.group())]
    counts: dict[str, float] = {}
    for a, b, matches in kb.find(words):
        if b < len(words) and _names_money(words[b], matches):
            continue  # "reserves in U.S. dollars", "the Japanese yen": money, not a country of the story
        weight = 0.5 if b < len(words) and words[b] in TOPIC_NOUNS else 1.0  # "the Iraq war" is a topic
        for other in SHARED_NAMES.get(tuple(words[a:b]), ())[1:]:
            if (among is None or other in among) and other not in exclude:
                counts[other] = counts.get(other, 0) + weight
        country = ""
        for m in matches:
            if m.type in ("country", "demonym", "capital"):
                country = m.ref.code
                break
            if m.type == "actor":
                code = m.ref.code_for(date) or ""
                if "MED" in sectors_of(code) or (not parties and a > 0 and "PTY" in sectors_of(code)):
                    break  # "told Reuters", "Al-Jazeera reported": the news medium, not the story's country
                if code[:3] in kb.countries:
                    country = code[:3]
                    break
        if country and (among is None or country in among) and country not in exclude:
            counts[country] = counts.get(country, 0) + weight
    return max(counts, key=lambda c: counts[c]) if counts else ""
