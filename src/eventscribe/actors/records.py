"""Resolve actor-mention records: the ``eventscribe resolve`` contract of DESIGN.md.

A record is ``{"id", "text", "context"?, "date"?}``; the answer is ``{"id", "code", "country", "sectors",
"name"}``. ``country`` is "" when the text names no political actor (and ``code`` is "" then too). The
``context`` (a sentence or the article around the mention) supplies a country when the text names only
a role ("the minister", "security forces"). ``date`` is ``YYYY-MM-DD`` or ``today``; roles are dated
("former President Nazarbayev" in 2023 is KAZ, not KAZGOV).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventscribe.actors.armed_opposition import as_armed_opposition, names_armed_men
from eventscribe.actors.codes import normalize
from eventscribe.actors.resolve import ActorResolver
from eventscribe.errors import RecordError
from eventscribe.model import Actor, Place
from eventscribe.places.gazetteer import GazetteerLike

#: A region's kind written after its name ("Paktia province", "Yobe State").
_REGION_KIND = re.compile(r"\s+(?i:province|state|region|district|governorate|prefecture|county|oblast)$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*")
#: A capitalised name after a preposition of place: where the context's act happens ("in Kashmir").
_AT_PLACE = re.compile(r"\b(?i:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)")

#: Month names, which follow "in" as places do ("in August" is no Californian town).
_MONTHS = frozenset("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split())

__all__ = ["MentionRecord", "parse_mention", "read_mentions", "resolve_mention"]


@dataclass(frozen=True, slots=True)
class MentionRecord:
    id: str
    text: str
    context: str | None = None
    date: dt.date | None = None


def parse_date(value: object, *, today: dt.date | None = None) -> dt.date | None:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date), ``today``, or empty; else ValueError."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} is not a string")
    if value.strip().lower() == "today":
        return today or dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD or 'today'") from None


def parse_mention(raw: Any) -> MentionRecord:
    """One record from parsed JSON; a record that breaks the contract raises ValueError."""
    if not isinstance(raw, dict):
        raise ValueError("a record must be a JSON object")
    if "id" not in raw or not isinstance(raw["id"], (str, int)) or isinstance(raw["id"], bool):
        raise ValueError("'id' is missing or not a string")
    text = raw.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' is missing or not a string")
    context = raw.get("context")
    if context is not None and not isinstance(context, str):
        raise ValueError("'context' must be a string")
    return MentionRecord(str(raw["id"]), text, context or None, parse_date(raw.get("date")))


def read_mentions(lines: Iterable[str], where: str) -> Iterator[MentionRecord | RecordError]:
    """Records of a JSON-lines stream; a bad line is yielded as a :class:`RecordError` naming
    ``where`` and the line number, and reading goes on."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_mention(json.loads(line))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            yield RecordError(f"{where}:{number}", str(exc))


def resolve_mention(
    resolver: ActorResolver, record: MentionRecord, places: GazetteerLike | None = None
) -> dict[str, Any]:
    """The contract's answer for one record. With ``places``, a mention that is a place ("Sydney") or
    a role at a place ("Shanghai authorities") takes the place's country; a town or a city that is no
    capital stands for its people ("Sydney": AUSCVL), a capital for its government (KB's "Tehran")."""
    actor = resolver.resolve_text(record.text, date=record.date, context=record.context)
    if places is not None:
        places = _InContext(resolver, places, record.context or "", record.date)
    if places is not None and (actor is None or not actor.country):
        actor = _placed(resolver, actor, record.text, places)
    elif places is not None and not _named_whole(resolver, record.text, record.date):
        actor = _whole_place(resolver, record.text, places) or actor
    if places is not None and actor is not None:
        actor = _settlement_people(resolver, actor, record.text, places)
    if places is not None and actor is not None and not actor.country and record.context:
        actor = _at_the_scene(resolver, actor, record.text, record.context, places)
    if actor is None or not actor.code:
        return {"id": record.id, "code": "", "country": "", "sectors": [], "name": ""}
    if names_armed_men(record.text):
        actor = as_armed_opposition(actor)  # "Yemeni gunmen": YEMREB, as the event coder codes them
    sectors = list(actor.sectors)
    if actor.code.startswith("NGO") and "NGO" not in sectors:
        sectors.insert(0, "NGO")  # an international NGO's role is NGO ("Red Crescent Society": NGOHLHIRC)
    return {"id": record.id, "code": actor.code, "country": actor.country, "sectors": sectors, "name": actor.name}


class _InContext:
    """A gazetteer whose names that several countries' towns share are read by the record's context:
    "Karak" is Pakistan's town, but Jordan's where the context names Jordan and not Pakistan."""

    def __init__(self, resolver: ActorResolver, places: GazetteerLike, context: str, date: dt.date | None) -> None:
        self._resolver, self._places, self._context, self._date = resolver, places, context, date

    def lookup(self, name: str) -> Place | None:
        candidates = getattr(self._places, "candidates", None)
        found: tuple[Place, ...] = candidates(name) if candidates is not None and self._context else ()
        if len(found) < 2:
            return self._places.lookup(name)
        among = frozenset(p.country for p in found)
        country = self._resolver.context_country(self._context, date=self._date, among=among)
        return next((p for p in found if p.country == country), found[0])

    def is_settlement(self, name: str) -> bool:
        settled = getattr(self._places, "is_settlement", None)
        return settled is not None and settled(name)


def _settlement_people(resolver: ActorResolver, actor: Actor, text: str, places: GazetteerLike) -> Actor:
    """A bare country code for a text that is a town's or city's name becomes that country's civilians."""
    name = text.strip()
    settled = getattr(places, "is_settlement", None)
    if actor.code != actor.country or not name[:1].isupper() or settled is None or not settled(name):
        return actor
    place = places.lookup(name)
    if place is None or place.country != actor.country:
        return actor
    code = actor.country + "CVL"
    return Actor(code, resolver.kb.name_for(code), actor.country, ("CVL",), actor.text)


def _at_the_scene(resolver: ActorResolver, actor: Actor, text: str, context: str, places: GazetteerLike) -> Actor:
    """A role with no country ("police") in a context that names none takes the country of the place
    where the context's act happens ("a convoy was ambushed in Kashmir, police said": INDCOP), as a
    state's bodies act where they serve. The place must not be inside the mention itself."""
    if not actor.sectors or actor.code != "".join(actor.sectors):
        return actor
    rest = context.replace(text, " ", 1)
    for match in _AT_PLACE.finditer(rest):
        if match.group(1).split()[0].upper() in _MONTHS:
            continue
        place = places.lookup(match.group(1))
        if place is not None and place.country in resolver.kb.countries:
            code = place.country + actor.code
            return Actor(code, resolver.kb.name_for(code), place.country, actor.sectors, actor.text)
    return actor


def _named_whole(resolver: ActorResolver, text: str, date: dt.date | None) -> bool:
    """Whether one knowledge-base name or role covers the whole text, or the text is the surname of a
    person in office on ``date`` ("Bush" in 2005, not the Egyptian village of Bush)."""
    words = list(normalize(text))
    if len(words) == 1 and resolver.kb.holders_by_surname(words[0], date or dt.date.today()):
        return True
    return any(a == 0 and b == len(words) for a, b, _ in resolver.kb.find(words))


def _whole_place(resolver: ActorResolver, text: str, places: GazetteerLike) -> Actor | None:
    """The place the whole text names ("Khan Younis"), over a knowledge-base name that covers only a
    part of it (a "Younis" of the dictionaries)."""
    place = places.lookup(text.strip())
    if place is None or not place.country or place.country not in resolver.kb.countries:
        return None
    return Actor(place.country, resolver.kb.name_for(place.country), place.country, (), text)


def _placed(resolver: ActorResolver, actor: Actor | None, text: str, places: GazetteerLike) -> Actor | None:
    """The actor with the country of the place the text is (whole), or of a place named beside a role."""
    whole = text.strip()
    bare = _REGION_KIND.sub("", whole)  # "Paktia province": Paktia
    names = (
        ([whole, bare] if whole[:1].isupper() else [])
        if actor is None
        else [m.group() for m in _CAPITALISED.finditer(text)]
    )
    for name in names:
        place = places.lookup(name)
        if place is None or not place.country:
            continue
        role = actor.code if actor is not None else ""
        code = place.country + role
        return Actor(code, resolver.kb.name_for(code), place.country, actor.sectors if actor else (), text)
    return actor
