"""Offices of a firm: "its president", "president and chief operating officer", "president of Acme Inc".

"President", "chairman" and "executive" name a head of state or of government to the knowledge base
(GOV), yet in business news they are most often a company's officers: "Acme Corp said its president,
John Smith, resigned" is a business leader (BUS) leaving a firm, not a government resignation. A GOV
office is read as the firm's when its phrase shows the firm: a title found only in companies beside it
("chief operating officer", "treasurer", "board member"), an owner that is a firm ("its"
after a company, "the company's"), an "of" phrase or a modifier naming a firm ("president of Acme Inc",
"Acme Inc president"). A central bank is a state's (GOV) and stays so.

In ``/work/shared/corpora`` "president and chief executive"/"chairman and chief executive" occur about
380 times, "its president"/"its chairman"/"its chief executive" 90, "president of the company" and the
like 80; the coder made a GOV actor of such an officer in 54 of 4,000 business and reporting sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from eventscribe.model import Sentence

if TYPE_CHECKING:
    from eventscribe.events.resolved_mentions import Argument

__all__ = ["as_company_officers"]

#: Head words of an office that a firm has as well as a state.
OFFICE_WORDS = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "executive", "vice", "head"})
#: Titles found only in firms: beside a shared office they show it is the firm's.
FIRM_TITLES = re.compile(
    r"\b(chief (executive|operating|financial|technology|investment) officer|ceo|coo|cfo|treasurer|"
    r"board member|managing director|general manager)\b"
)
#: Nouns for a firm that may own an office ("the company's president", "president of the bank").
FIRM_NOUNS = frozenset({"company", "firm", "corporation", "subsidiary", "bank"})
#: Words of a firm's name ("Acme Widgets Corp", "Lane Telecommunications Inc").
FIRM_NAME_WORDS = frozenset({"corp", "inc", "co", "ltd", "plc", "cos", "corporation", "incorporated", "ag", "sa"})
#: Owners that refer back to a firm named before them.
OWNER_PRONOUNS = frozenset({"its"})


def as_company_officers(sentence: Sentence, found: dict[int, Argument]) -> None:
    """Recode, in place, every GOV office of ``found`` whose phrase shows a firm as that firm's officer
    (BUS, with the firm's country when the firm has one)."""
    for head, arg in list(found.items()):
        actor = arg.actor
        if actor.sectors != ("GOV",) or actor.name or not _office(sentence, head):
            continue
        firm = _firm_of(sentence, head, found)
        if firm is None and not actor.country:  # "Triton Corp said president Thomas Goff resigned"
            firm = _told_by_firm(sentence, head, found)
            firm = _chief_executive(sentence, head) if firm is None else firm
        if firm is None:
            continue
        country = firm if isinstance(firm, str) else actor.country
        found[head] = replace(arg, actor=replace(actor, code=country + "BUS", country=country, sectors=("BUS",)))


def _office(sentence: Sentence, head: int) -> bool:
    """Whether the mention at ``head`` is, or is titled by, an office a firm may hold ("president
    Thomas Goff", "Richard Lane, its president")."""
    if sentence.tokens[head].lemma.lower() in OFFICE_WORDS:
        return True
    return any(c.dep in ("compound", "appos") and c.lemma.lower() in OFFICE_WORDS for c in sentence.children(head))


def _chief_executive(sentence: Sentence, head: int) -> bool | None:
    """Whether the mention is titled "chief executive" and names no state: a firm's head in news ("Chief
    executive William James told reporters"; "chief executive" occurs about 700 times in
    ``/work/shared/corpora``), where a state's chief executive comes with its country ("Hong Kong Chief
    Executive Tung Chee-hwa")."""
    words = " ".join(sentence.tokens[i].text.lower() for i in _phrase(sentence, head))
    return True if "chief executive" in words else None


def _told_by_firm(sentence: Sentence, head: int, found: Mapping[int, Argument]) -> str | None:
    """The country ("" when unknown) of the firm whose statement has the mention at ``head`` as its
    subject ("Triton Energy Corp said president Thomas Goff resigned"); None when no firm says it."""
    tokens = sentence.tokens
    verb = tokens[head].head
    if tokens[head].dep not in ("nsubj", "nsubjpass") or tokens[verb].dep != "ccomp":
        return None
    teller = next((c for c in sentence.children(tokens[verb].head) if c.dep == "nsubj"), None)
    arg = found.get(teller.i) if teller is not None else None
    return arg.actor.country if arg is not None and "BUS" in arg.actor.sectors else None


def _firm_of(sentence: Sentence, head: int, found: Mapping[int, Argument]) -> str | bool | None:
    """The firm's country ("" when unknown) or True when the phrase at ``head`` shows a firm; None when
    it does not."""
    tokens = sentence.tokens
    phrase = _phrase(sentence, head)
    words = " ".join(tokens[i].text.lower() for i in phrase)
    if "central bank" in words or "reserve bank" in words:
        return None
    if FIRM_TITLES.search(words):
        return True
    for i in phrase:
        token = tokens[i]
        arg = found.get(i)
        if i != head and arg is not None and "BUS" in arg.actor.sectors:  # "Acme Inc president"
            return arg.actor.country
        if token.text.lower() in FIRM_NAME_WORDS and token.pos == "PROPN":
            return True
        if token.lemma.lower() in FIRM_NOUNS and token.dep in ("poss", "pobj") and not _named(sentence, i):
            return True  # "the company's president", "president of the bank"
        if token.text.lower() in OWNER_PRONOUNS and token.dep == "poss":
            owner = _firm_before(sentence, i, found)
            if owner is not None:
                return owner
    return None


def _phrase(sentence: Sentence, head: int) -> list[int]:
    """The mention's own words: its subtree without relative or other clauses, plus the heads of the
    names or titles it stands in apposition to ("Stephen Ide, its founder and president")."""
    tokens = sentence.tokens
    clauses = {"relcl", "acl", "advcl", "ccomp", "xcomp"}
    keep: list[int] = []
    stack = [head]
    token = tokens[head]
    if token.dep in ("appos", "conj") and token.head != head:
        stack.append(token.head)
    seen: set[int] = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        keep.append(i)
        stack.extend(c.i for c in sentence.children(i) if c.dep not in clauses)
    return sorted(keep)


def _named(sentence: Sentence, i: int) -> bool:
    """Whether a firm noun is part of a state's name ("the Bank of England", "the World Bank")."""
    return sentence.tokens[i].pos == "PROPN"


def _firm_before(sentence: Sentence, owner: int, found: Mapping[int, Argument]) -> str | None:
    """The country ("" when unknown) of the nearest actor before ``owner`` when it is a firm; None when
    that actor is no firm."""
    for i in range(owner - 1, -1, -1):
        arg = found.get(i)
        if arg is not None and not _inside(sentence, i, owner):
            return arg.actor.country if "BUS" in arg.actor.sectors else None
    return None


def _inside(sentence: Sentence, i: int, owner: int) -> bool:
    """Whether token ``i`` sits in the same phrase as ``owner`` (a title before "its" in one mention)."""
    return sentence.tokens[owner].head == i
