"""The read-only endpoints under ``/api/``: events, one event, articles, dyads, network, shifts."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BeforeValidator

from eventscribe.analysis import actor_network, dyad_series, find_shifts, network_to_json
from eventscribe.api.models import ArticleOut, DyadPoint, ErrorOut, EventOut, EventPage, NetworkOut, ShiftOut
from eventscribe.api.search import EventFilter, article_with_events, one_event, search_events
from eventscribe.api.state import using_store

__all__ = ["MAX_PAGE", "router"]

#: The largest page of events one request may ask for.
MAX_PAGE = 500

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut}, 404: {"model": ErrorOut}, 422: {"model": ErrorOut},
    503: {"model": ErrorOut, "description": "store busy: another process held the DuckDB file too long; retry"},
}  # fmt: skip
router = APIRouter(prefix="/api", responses=ERRORS)

ACTOR = r"^[A-Za-z0-9]{1,32}$"
Actor = Annotated[str | None, Query(pattern=ACTOR, description="actor code prefix: IRN, IRNGOV, PSEREBHMS")]
NeededActor = Annotated[str, Query(pattern=ACTOR, description="actor code prefix: IRN, IRNGOV, PSEREBHMS")]


def _calendar_date(value: Any) -> Any:
    """Only YYYY-MM-DD is a date here (pydantic alone would also take a number as a Unix time)."""
    if value is not None and not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        raise ValueError("not a date (use YYYY-MM-DD)")
    return value


Start = Annotated[dt.date | None, BeforeValidator(_calendar_date), Query(description="first day (YYYY-MM-DD)")]
End = Annotated[dt.date | None, BeforeValidator(_calendar_date), Query(description="last day (YYYY-MM-DD)")]
Freq = Annotated[Literal["day", "week", "month"], Query(description="period of the series")]
RecordId = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    """Whether the server answers, and how many events its store holds."""
    with using_store(request) as store:
        return {"status": "ok", "events": store.count("events"), "articles": store.count("articles")}


@router.get("/events", response_model=EventPage)
def events(
    request: Request,
    actor: Actor = None,
    source: Actor = None,
    target: Actor = None,
    code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix")] = None,
    start: Start = None,
    end: End = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="place name or country")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="words in the sentence")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """Events matching every filter given, newest first, one page at a time."""
    _check_window(start, end)
    filters = EventFilter(actor, source, target, code, start, end, place, q)
    with using_store(request) as store:
        items, total = search_events(store, filters, limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/events/{event_id}", response_model=EventOut)
def event(request: Request, event_id: RecordId) -> dict[str, Any]:
    """One event with its evidence (the sentence, the trigger, and their character spans)."""
    with using_store(request) as store:
        found = one_event(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return found


@router.get("/articles/{article_id}", response_model=ArticleOut)
def article(request: Request, article_id: RecordId) -> dict[str, Any]:
    """An article's text with its events; their evidence spans are character offsets into the text."""
    with using_store(request) as store:
        found = article_with_events(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/dyads", response_model=list[DyadPoint])
def dyads(
    request: Request, a: NeededActor, b: NeededActor, freq: Freq = "month", undirected: bool = False,
    start: Start = None, end: End = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """The dyad's series: events by quad class and Goldstein sum and mean, per period (a to b, or both ways)."""
    _check_window(start, end)
    with using_store(request) as store:
        frame = dyad_series(store, a, b, freq=freq, directed=not undirected, start=start, end=end)
    points = frame.to_dict(orient="records")
    for point in points:
        mean = point["goldstein_mean"]
        point["goldstein_mean"] = None if mean is None or math.isnan(mean) else mean
    return points


@router.get("/network", response_model=NetworkOut)
def network(
    request: Request, start: Start = None, end: End = None,
    level: Annotated[Literal["country", "sector", "actor"], Query()] = "country",
    max_nodes: Annotated[int, Query(ge=1, le=200)] = 60,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> dict[str, Any]:  # fmt: skip
    """Who acts on whom in the window: edges with cooperation and conflict, nodes with centrality and bloc."""
    _check_window(start, end)
    with using_store(request) as store:
        graph = actor_network(store, start=start, end=end, level=level, max_nodes=max_nodes, min_events=min_events)
    return network_to_json(graph)


@router.get("/shifts", response_model=list[ShiftOut])
def shifts(
    request: Request, a: NeededActor, b: Actor = None, freq: Freq = "month", start: Start = None, end: End = None,
    min_size: Annotated[int, Query(ge=1, le=24)] = 2,
) -> list[dict[str, Any]]:  # fmt: skip
    """Turns in the relation of a and b (or a and its main partners): date, direction and driving events."""
    _check_window(start, end)
    with using_store(request) as store:
        found = find_shifts(store, a, b, freq=freq, start=start, end=end, min_size=min_size)
    return [s.to_dict() for s in found]


def _check_window(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and start > end:
        raise HTTPException(400, f"start {start} is after end {end}")
