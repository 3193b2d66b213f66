"""The FastAPI application: JSON under ``/api/``, the page at ``/``, the OpenAPI document at ``/openapi.json``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventscribe import __version__
from eventscribe.analysis import AnalysisError
from eventscribe.api import ingest, routes, web
from eventscribe.api.limits import MAX_BODY_BYTES, BodyLimit, SecurityHeaders
from eventscribe.api.state import AppState
from eventscribe.store import Store
from eventscribe.store.duckdb_store import StoreBusy

__all__ = ["create_app"]


def create_app(
    store: Store,
    *,
    token: str | None = None,
    writable: bool = False,
    cors_origins: Sequence[str] = (),
    max_body_bytes: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The app over ``store``. Writing needs ``token`` (and a store opened for writing); CORS is off
    unless ``cors_origins`` names the origins allowed."""
    app = FastAPI(
        title="eventscribe",
        version=__version__,
        description="Coded political events: search, dyads, networks and shifts. Read-only unless a token is set.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.eventscribe = AppState(store=store, token=token or None, writable=writable)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(web.router)
    _add_error_handlers(app)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"])
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON ``{"message", "errors"}`` with a 4xx status; a store another process held past
    the busy timeout is 503 with ``Retry-After`` (the only 5xx the API gives on purpose)."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"message": str(exc.detail), "errors": []}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_error(e) for e in exc.errors()]
        first = errors[0] if errors else {"where": "request", "message": "invalid"}
        message = f"invalid {first['where']}: {first['message']}"
        return JSONResponse({"message": message, "errors": errors}, 422)

    @app.exception_handler(AnalysisError)
    async def unanswerable(request: Request, exc: AnalysisError) -> JSONResponse:
        return JSONResponse({"message": str(exc), "errors": []}, 400)

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> JSONResponse:
        return JSONResponse({"message": f"store busy, retry shortly: {exc}", "errors": []}, 503, {"Retry-After": "1"})


def _error(error: Any) -> dict[str, str]:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")) or "request"
    return {"where": where, "message": str(error.get("msg", "invalid"))}
