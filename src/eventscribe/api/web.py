"""The web page: ``/`` and the few static files beside it, looked up by name (no path ever reaches the disk)."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

__all__ = ["STATIC_FILES", "router"]

_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css"}


def _load() -> dict[str, tuple[bytes, str]]:
    """Every file of ``eventscribe/web/static`` by its name, read once."""
    folder = resources.files("eventscribe.web") / "static"
    files = {}
    for entry in folder.iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1]
        if entry.is_file() and suffix in _TYPES:
            files[entry.name] = (entry.read_bytes(), _TYPES[suffix])
    return files


STATIC_FILES = _load()
router = APIRouter(include_in_schema=False)


@router.get("/")
def page() -> Response:
    body, media = STATIC_FILES["index.html"]
    return Response(body, media_type=media)


@router.get("/static/{name}")
def static(name: str) -> Response:
    found = STATIC_FILES.get(name)
    if found is None:
        raise HTTPException(404, f"no file {name!r}")
    return Response(found[0], media_type=found[1], headers={"cache-control": "no-cache"})
