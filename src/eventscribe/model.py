"""The records that flow between stages.

Data flows one way::

    Article -> ParsedArticle (Sentence, Token, Entity) -> Event (Actor, CameoCode, PloverCode, Place)

Every record is a frozen dataclass. spaCy objects never leave the nlp stage: it converts each parsed
document into a :class:`ParsedArticle` made of these records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "CameoCode",
    "CodedArticle",
    "Entity",
    "Event",
    "Evidence",
    "ParsedArticle",
    "Place",
    "PloverCode",
    "Sentence",
    "Token",
]


#: Dependency labels of clauses nested under a head (see :meth:`Sentence.own_clause`).
NESTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"})


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from the input.

    ``date`` is the publication date that relative dates are resolved against: a :class:`datetime.date`,
    a :class:`datetime.datetime` (its day is kept) or an ISO string ("2014-06-12", "2014-06-12T08:30:00",
    "2014-06-12 08:30:00"; a blank string is no date); anything else raises :class:`ValueError` or :class:`TypeError` naming the article. ``origin`` names
    where the record came from ("path/file.jsonl:12") so that errors and provenance can point back to it.
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _as_day(self.date, self.id))


def _as_day(value: object, article_id: str) -> dt.date | None:
    """A publication date as a day, from a date, a datetime or an ISO string."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None  # a blank date is no date, as the input readers take it
        try:
            return dt.datetime.fromisoformat(text).date()  # "2014-06-12", "…T08:30:00", "… 08:30:00"
        except ValueError:
            raise ValueError(f"article {article_id!r}: date {value!r} is not a date (YYYY-MM-DD)") from None
    raise TypeError(f"article {article_id!r}: date must be a date or an ISO string, not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed sentence. ``i`` and ``head`` are indices within the sentence;
    ``idx`` is the character offset within the article text."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_type: str = ""
    ent_iob: str = "O"
    whitespace: str = " "


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity; ``start``/``end`` are token indices within the sentence (end exclusive)."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its tokens. ``start``/``end`` are character offsets in the article text."""

    index: int
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...] = ()
    #: The children of each token (indices), derived from ``tokens`` when the record is made.
    kids: tuple[tuple[int, ...], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.kids and self.tokens:
            kids: list[list[int]] = [[] for _ in self.tokens]
            for t in self.tokens:
                if t.head != t.i and 0 <= t.head < len(kids):
                    kids[t.head].append(t.i)
            object.__setattr__(self, "kids", tuple(tuple(k) for k in kids))

    def is_question(self) -> bool:
        """Whether the sentence asks ("Will Iran sign?", a question quoted: '... sign?"'): it tells no act."""
        return self.text.rstrip().rstrip("\"'”’)").endswith("?")

    def children(self, i: int) -> list[Token]:
        """The syntactic children of token ``i``, in sentence order."""
        if not 0 <= i < len(self.kids):
            return []
        return [self.tokens[j] for j in self.kids[i]]

    def own_clause(self, i: int) -> set[int]:
        """Token ``i`` and its dependents, without the verbal clauses nested below it."""
        if not 0 <= i < len(self.tokens):
            return set()
        keep, frontier = {i}, [i]
        while frontier:
            for child in self.children(frontier.pop()):
                if child.i not in keep and not (child.dep in NESTED_CLAUSE_DEPS and child.pos in ("VERB", "AUX")):
                    keep.add(child.i)
                    frontier.append(child.i)
        return keep

    def subtree(self, i: int) -> list[Token]:
        """Token ``i`` and every token under it, in sentence order."""
        if not 0 <= i < len(self.tokens):
            return []
        keep, frontier = {i}, [i]
        while frontier:
            for j in self.kids[frontier.pop()]:
                if j not in keep:
                    keep.add(j)
                    frontier.append(j)
        return [self.tokens[j] for j in sorted(keep)]


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article and its parsed sentences: what the nlp stage hands to the stages after it.

    ``error`` says why the article could not be parsed (then ``sentences`` is empty).
    """

    article: Article
    sentences: tuple[Sentence, ...]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: a CAMEO actor code such as ``IRNGOV`` or ``PSEREBHMS``."""

    code: str
    name: str
    country: str
    sectors: tuple[str, ...] = ()
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sectors": list(self.sectors),
        }


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code with its Goldstein weight and quad class."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class PloverCode:
    """The PLOVER event type, mode and contexts that a CAMEO code maps to."""

    event: str
    mode: str = ""
    context: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode, "context": list(self.context)}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str
    lat: float
    lon: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The trigger words and the character span (in the article text) that support an event.

    ``start``/``end`` span the evidence sentence; ``trigger_start``/``trigger_end`` the trigger words.
    """

    trigger: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the output record of the contract in DESIGN.md."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: dt.date | None
    source: Actor | None
    target: Actor | None
    cameo: CameoCode
    plover: PloverCode | None
    location: Place | None
    confidence: float
    evidence: Evidence
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready output record."""
        record: dict[str, Any] = {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo.to_dict(),
            "plover": self.plover.to_dict() if self.plover else None,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_dict(),
        }
        record.update(self.extra)
        return record


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with the events coded from it: what ``Pipeline.pipe`` yields, one per input article.

    ``error`` says why an article could not be coded (then ``events`` is empty); such an article is not
    stored, so that a later run tries it again.
    """

    article: Article
    events: tuple[Event, ...]
    error: str | None = None
