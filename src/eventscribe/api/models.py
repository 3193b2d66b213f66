"""The shapes of the API's answers (they make the OpenAPI document, and answers are checked against them)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ArticleIn",
    "ArticleOut",
    "ArticlesIn",
    "DyadPoint",
    "ErrorOut",
    "EventOut",
    "EventPage",
    "IngestOut",
    "NetworkOut",
    "ShiftOut",
]


class ActorOut(BaseModel):
    code: str
    text: str | None = None
    name: str | None = None
    country: str | None = None
    sectors: list[str] = []


class CameoOut(BaseModel):
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


class PloverOut(BaseModel):
    event: str
    mode: str
    context: list[Any] = []


class LocationOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EvidenceOut(BaseModel):
    trigger: str | None = None
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None


class EventOut(BaseModel):
    """One event: the output record of DESIGN.md."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: str | None = None
    date_precision: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    cameo: CameoOut
    plover: PloverOut | None = None
    location: LocationOut | None = None
    confidence: float
    evidence: EvidenceOut
    rule: str | None = None
    has_article: bool | None = Field(default=None, description="GET /api/events/{id} only: is its article stored")


class EventPage(BaseModel):
    items: list[EventOut]
    total: int
    limit: int
    offset: int


class ArticleOut(BaseModel):
    """An article with its events; each event's ``evidence`` spans index into ``text``."""

    id: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    text: str
    events: list[EventOut]


class DyadPoint(BaseModel):
    period: str
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    events: int
    goldstein: float
    goldstein_mean: float | None = None


class NodeOut(BaseModel):
    id: str
    events: int
    cooperation: int
    conflict: int
    degree: float
    betweenness: float
    community: int
    x: float
    y: float


class EdgeOut(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein: float
    weight: int


class NetworkOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    communities: int
    level: str
    start: str
    end: str


class ShiftOut(BaseModel):
    a: str
    b: str
    date: str
    direction: str = Field(description='"falling out" or "rapprochement"')
    before: float
    after: float
    significance: float
    events: list[EventOut]


class ErrorOut(BaseModel):
    message: str
    errors: list[Any] = []


class ArticleIn(BaseModel):
    """An article to code and store (the input record of DESIGN.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")
    text: str = Field(min_length=1, max_length=100_000)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


class ArticlesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=20)


class IngestOut(BaseModel):
    stored: int
    skipped: int
    events: int
    article_ids: list[str]
