"""Parties named in a list, and roles placed in several countries.

Two misreadings of news lists by the parser, mended here:

* In "Britain, the Netherlands, and Germany condemned …" the parser may take the middle member for an
  apposition of the first ("Britain, that is, the Netherlands"). An apposition renames its head; a list
  member names another party. So an apposition is read as a member of the list when the phrase goes on
  with ", and" (or ", or") to a further conjunct, and the head, the apposition and that conjunct are
  three different actors of the same kind (three states, three governments). "Iran's president, Hassan
  Rouhani, and his ministers" stays an apposition: the president and Rouhani are one actor.
* In "officials in Kabul and Islamabad" every official is of one of the two places: a role with no
  country of its own that sits in a place phrase listing several countries stands for one party per
  country ("officials in France and Germany": FRAGOV and DEUGOV). The parser may also hang the second
  place on the subject, as if "Islamabad" were a party of its own; a bare state joined by "and" right
  after the place phrase of a role is read as one more place of that phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from eventscribe.actors.codes import is_non_national
from eventscribe.events.resolved_mentions import Argument
from eventscribe.events.role_words import is_country_place
from eventscribe.model import Actor, Sentence, Token

__all__ = ["list_heads", "place_countries", "split_by_place", "stray_places"]

LIST_CONJUNCTIONS = frozenset({"and", "or"})
#: Prepositions that put people in a place: "officials in Kabul", "diplomats at Geneva".
PLACE_PREPS = frozenset({"in", "from"})


def list_heads(sentence: Sentence, found: Mapping[int, Argument], heads: list[int]) -> list[int]:
    """``heads`` with every list member that the parser took for an apposition put after its head."""
    out: list[int] = []
    for head in heads:
        out.append(head)
        out.extend(i for i in _list_members(sentence, found, head, heads) if i not in heads)
    return out


def _list_members(sentence: Sentence, found: Mapping[int, Argument], head: int, heads: list[int]) -> list[int]:
    """The appositions of ``head`` that are members of its list. The list's last member is a conjunct
    of ``head``, or a further subject after the list's "and" (the parser may make it a subject of its
    own: "Haiti, Jamaica, and Canada welcomed")."""
    children = sentence.children(head)
    cc = next((c.i for c in children if c.dep == "cc" and c.text.lower() in LIST_CONJUNCTIONS), None)
    if cc is None or head not in found:
        return []
    conjuncts = [c.i for c in children if c.dep == "conj" and c.i in found]
    conjuncts += [h for h in heads if h > cc and h in found and h not in conjuncts]
    if not conjuncts:
        return []
    members = [
        c.i for c in children
        if c.dep == "appos" and c.i in found and c.i < conjuncts[-1] and _comma_before(sentence.tokens, c.i, head)
    ]  # fmt: skip
    if not members:
        return []
    run = [found[i].actor for i in (head, *members, conjuncts[-1])]
    if len({a.code for a in run}) != len(run) or len({_kind(a) for a in run}) != 1 or _kind(run[0]) is None:
        return []
    return members


def _comma_before(tokens: tuple[Token, ...], i: int, head: int) -> bool:
    """Whether a comma stands between ``head`` and the phrase of token ``i`` (the list's separator)."""
    return any(t.text == "," for t in tokens[head + 1 : i])


def _kind(actor: Actor) -> tuple[str, ...] | None:
    """What sort of party an actor is: a state named alone (``("",)``), else its roles; None for one of
    no nation (an international body, the unknown country)."""
    if len(actor.country) != 3 or not actor.country.isalpha() or is_non_national(actor.country):
        return None
    if actor.code == actor.country:
        return ("",)
    return actor.sectors or None


def _is_place(sentence: Sentence, i: int, arg: Argument | None) -> bool:
    """Whether token ``i`` names a country or a city of one: a proper name of one nation that names no
    body of its own ("Fornost", "Kabul", which the dictionaries read as its government)."""
    if arg is None or sentence.tokens[i].pos != "PROPN" or len(arg.actor.code) > 6:
        return False
    return is_country_place(arg.actor) or (arg.actor.country.isalpha() and not is_non_national(arg.actor.country))


def stray_places(sentence: Sentence, found: Mapping[int, Argument], heads: list[int]) -> set[int]:
    """The subject heads that are a second place of a role's place phrase, hung on the subject by the
    parser ("officials in Kabul and Islamabad" read as "officials … and Islamabad")."""
    tokens = sentence.tokens
    stray: set[int] = set()
    for i in heads:
        if i < 2 or not _is_place(sentence, i, found.get(i)) or tokens[i - 1].text.lower() != "and":
            continue
        place = _place_before(sentence, found, i - 2)
        if place is not None and any(h < place and _role(found.get(h)) for h in heads if h != i):
            stray.add(i)
    return stray


def _place_before(sentence: Sentence, found: Mapping[int, Argument], last: int) -> int | None:
    """The country ending at token ``last`` when it is the object of a place preposition, else None."""
    tokens = sentence.tokens
    i = last
    while tokens[i].dep in ("compound", "flat") and tokens[i].head > i:
        i = tokens[i].head
    token = tokens[i]
    if (
        token.dep != "pobj"
        or tokens[token.head].text.lower() not in PLACE_PREPS
        or not _is_place(sentence, i, found.get(i))
    ):
        return None
    return i


def _role(arg: Argument | None) -> bool:
    """A role named by its sector alone, or with the country of its own place phrase ("lawmakers in
    Kabul": AFGLEG)."""
    return (
        arg is not None
        and bool(arg.actor.sectors)
        and arg.actor.code.endswith("".join(arg.actor.sectors))
        and len(arg.actor.code) <= 6
    )


def place_countries(sentence: Sentence, found: Mapping[int, Argument], head: int, heads: list[int]) -> list[str]:
    """The countries of the place phrase of the role at ``head`` or of the role it is joined to
    ("lawmakers and officials in Fornost and Gondor"), in order, when it lists more than one."""
    tokens = sentence.tokens
    holders = [head, *(h for h in heads if h < head and tokens[head].head == h)]
    for holder in holders:
        for prep in sentence.children(holder):
            if prep.dep != "prep" or prep.text.lower() not in PLACE_PREPS:
                continue
            countries = _listed_countries(sentence, found, prep.i, heads)
            if len(countries) > 1:
                return countries
    return []


def _listed_countries(sentence: Sentence, found: Mapping[int, Argument], prep: int, heads: list[int]) -> list[str]:
    pobj = next((c.i for c in sentence.children(prep) if c.dep == "pobj"), None)
    if pobj is None or not _is_place(sentence, pobj, found.get(pobj)):
        return []
    places = [pobj, *(c.i for c in sentence.children(pobj) if c.dep == "conj")]
    places += sorted(stray_places(sentence, found, heads))
    countries = [found[i].actor.country for i in places if _is_place(sentence, i, found.get(i))]
    return list(dict.fromkeys(countries))


def split_by_place(arg: Argument, countries: list[str]) -> list[Argument]:
    """One argument per country for a role placed in several ("officials in France and Germany")."""
    actor = arg.actor
    roles = "".join(actor.sectors)
    return [replace(arg, actor=replace(actor, code=c + roles, country=c)) for c in countries]
