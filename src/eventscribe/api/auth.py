"""The bearer token that guards write endpoints: compared in constant time, never logged or echoed."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

__all__ = ["TOKEN_ENV", "check_token"]

#: The environment variable ``serve`` reads the token from when ``--token`` is not given.
TOKEN_ENV = "EVENTSCRIBE_API_TOKEN"


def check_token(request: Request) -> None:
    """Let the request through only with ``Authorization: Bearer <the configured token>``."""
    expected: str | None = request.app.state.eventscribe.token
    if not expected:
        raise HTTPException(403, "writing is disabled: start serve with --token (or $EVENTSCRIBE_API_TOKEN)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    # compare_digest takes time independent of where the strings differ; bytes avoid its ASCII-only rule.
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            401, "a valid 'Authorization: Bearer <token>' header is required", {"WWW-Authenticate": "Bearer"}
        )
