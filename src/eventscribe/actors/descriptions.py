"""Readings of a bare mention that need its context: a description of someone the text names in full,
a person unknown to the knowledge base described by a role word, a given name, a region's country.

These are what :meth:`ActorResolver.resolve_text` tries when the words of the mention alone name no
actor, or name one that the context makes precise ("the agency" after "the International Atomic
Energy Agency"; "He Zhihua, a farmer in Hunan": CHNAGR; "Manuel" of "Manuel Merino").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol

from eventscribe.actors.codes import is_non_national, normalize
from eventscribe.actors.kb import KnowledgeBase
from eventscribe.actors.matching import country_in_text, make_actor
from eventscribe.actors.names import is_pinyin_name
from eventscribe.actors.phrase import COLLECTIVE_HEADS, with_text
from eventscribe.model import Actor, Sentence
from eventscribe.places.gazetteer import Gazetteer

__all__ = ["TextResolver", "chinese_person", "described", "given_name", "named_before", "region"]

#: Nouns of a country's parts written after their name ("Sindh province", "Idlib governorate").
REGION_NOUNS = frozenset(
    {"province", "state", "region", "district", "governorate", "prefecture", "county", "oblast", "territory"}
)
_NAME_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*"


class TextResolver(Protocol):
    """What these readings need of the resolver: its knowledge base, and bare texts and contexts resolved."""

    kb: KnowledgeBase

    def resolve_text(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None: ...

    def context_country(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        among: frozenset[str] | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> str: ...


def named_before(resolver: TextResolver, text: str, context: str, date: dt.date | None) -> Actor | None:
    """A definite description ("the agency") of a body the context names in full, with a name that
    ends in the same noun ("the International Atomic Energy Agency", "Iran's Fars news agency"): that
    body, when it is known; a role the fuller name gives ("news agency": MED) takes the country from
    the context."""
    m = re.fullmatch(r"\s*the\s+([a-z]+)\s*", text, flags=re.IGNORECASE)
    if m is None or m.group(1).lower() not in COLLECTIVE_HEADS:
        return None
    noun = m.group(1)
    bare = resolver.resolve_text(noun, date=date)
    context_country: str | None = None
    for full in re.finditer(rf"((?:[\w'\u2019.-]+\s+){{1,5}})(?i:{noun})\b", context):
        words = full.group(1).split()
        while words and not words[0][:1].isupper():  # start at a name: "Iran's Fars news agency"
            words = words[1:]
        fuller = " ".join([*words, noun]) if words else f"{full.group(1).split()[-1]} {noun}"
        actor = resolver.resolve_text(fuller, date=date)
        if actor is None or (bare is not None and actor.code == bare.code):
            continue
        if not actor.country:
            if context_country is None:
                context_country = resolver.context_country(context, date=date)  # the same for every name
            country = context_country
            if not country:
                continue
            actor = make_actor(resolver.kb, country + actor.code)
        return with_text(actor, text.strip())
    return None


def described(resolver: TextResolver, text: str, context: str, date: dt.date | None) -> Actor | None:
    """A person unknown to the knowledge base whom the context describes by a role word, in an
    apposition ("He Zhihua, a farmer in Hunan") or a title before the name ("farmer He Zhihua"): the
    role, with the country the context names (CHNAGR)."""
    name = text.strip()
    if not re.fullmatch(_NAME_RUN, name):
        return None
    after = re.search(rf"\b{re.escape(name)},\s+((?:a|an|the)\s+[^,.;:()]+)", context)
    before = re.search(rf"((?:\b[a-z][\w-]*\s+){{1,3}}){re.escape(name)}\b", context)
    for description in (after.group(1) if after else "", before.group(1) if before else ""):
        if not description.strip():
            continue
        actor = resolver.resolve_text(description, date=date, context=context.replace(name, " "))
        if actor is not None and actor.sectors and not is_non_national(actor.code):
            return actor
    return None


def chinese_person(kb: KnowledgeBase, text: str, context: str, date: dt.date | None) -> Actor | None:
    """A person unknown to the knowledge base with a Chinese name in Pinyin ("He Zhihua"): China's
    civilians, unless the context names another country and not China."""
    if not is_pinyin_name(text):
        return None
    country = country_in_text(kb, context, date=date) if context else ""
    return make_actor(kb, "CHNCVL") if country in ("", "CHN") else None


def _may_be_given_name(kb: KnowledgeBase, name: str) -> bool:
    """Whether a lone word names no place, body or role in the knowledge base (a person's name may, and
    so may a world region's adjective: "European" of "the European Commission")."""
    for _, _, matches in kb.find(list(normalize(name))):
        if any(m.type != "actor" or m.ref.kind not in ("person", "region") for m in matches):
            return False
        if any(m.ref.kind == "region" and (m.ref.code_for(None) or "")[:3] in kb.countries for m in matches):
            return False  # a country's region ("Kurdistan") is a place
    return True


def given_name(resolver: TextResolver, text: str, context: str, date: dt.date | None) -> tuple[bool, Actor | None]:
    """A lone name that the context writes as the first of a longer name ("Manuel" of "Peru's
    president, Manuel Merino") is that person's given name, not some other entry's surname: the actor
    is the full name's, else the one an apposition before it names; False when neither names one.
    None when the text is no such given name."""
    name = text.strip()
    if not re.fullmatch(r"[A-Z][\w'\u2019-]+", name) or not _may_be_given_name(resolver.kb, name):
        return False, None
    full = re.search(rf"\b{re.escape(name)}\s+({_NAME_RUN})", context)
    if full is None:
        return False, None
    whole = f"{name} {full.group(1)}"
    actor = resolver.resolve_text(whole, date=date)
    if actor is None or not actor.country:
        before = re.search(rf"([^,.;:]+),\s*{re.escape(whole)}", context)
        described = resolver.resolve_text(before.group(1), date=date) if before else None
        actor = described if described is not None and described.country else actor
    return True, (with_text(actor, name) if actor is not None else None)


def region(kb: KnowledgeBase, sentence: Sentence, head: int, article: Callable[[], str] = lambda: "") -> Actor | None:
    """A province, state or region named before its kind ("Sindh province", "Idlib governorate"): the
    country the gazetteer puts it in. A name several countries share follows the sentence's country,
    else the article's (``article``, asked only then), else the gazetteer's preferred one."""
    tokens = sentence.tokens
    if tokens[head].lemma.lower() not in REGION_NOUNS:
        return None
    names = [c for c in sentence.children(head) if c.dep in ("compound", "flat", "amod") and c.pos == "PROPN"]
    if not names or names[-1].i != head - 1:
        return None
    name = "".join(t.text + t.whitespace for t in tokens[names[0].i : head]).strip()
    found = Gazetteer.load().candidates(name)  # read once per process
    place = found[0] if found else None
    if len(found) > 1:  # "Karak district" of a sentence about Jordan is Jordan's
        text = " ".join(t.text for t in tokens)
        country = country_in_text(kb, text, among=frozenset(p.country for p in found)) or article()
        place = next((p for p in found if p.country == country), place)
    if place is None or place.country not in kb.countries:
        return None
    return make_actor(kb, place.country)
