"""``eventscribe serve``: the HTTP API and the web page over a store, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from eventscribe.cli.options import EXIT_FAILURE, EXIT_OK

ORDER = 60


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535")
    return port


def register(commands: Any) -> argparse.ArgumentParser:
    serve = commands.add_parser(
        "serve",
        help="serve the HTTP API and the web page",
        description="Serve the API (/api/…, /openapi.json) and the page (/). Read-only unless a token is set. "
        "Example: eventscribe serve --db events.duckdb",
    )
    serve.add_argument("--db", required=True, help="the DuckDB file or postgresql:// URL to serve")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--token",
        help="enable POST /api/articles with this bearer token (better: set $EVENTSCRIBE_API_TOKEN, "
        "which is used when --token is not given)",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow this origin (CORS is off by default)",
    )
    return serve


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventscribe.api import create_app
    from eventscribe.api.auth import TOKEN_ENV
    from eventscribe.store import is_postgres_url, open_store

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if not is_postgres_url(args.db) and not os.path.exists(args.db) and token is None:
        print(f"eventscribe: error: {args.db}: no such store; code into it first", file=sys.stderr)
        return EXIT_FAILURE
    store = open_store(args.db, read_only=token is None, short_lived=True, linger=0.5)  # held per request
    try:
        app = create_app(store, token=token, writable=token is not None, cors_origins=args.cors_origin)
        mode = "read-write (token set)" if token else "read-only"
        print(f"eventscribe: serving {args.db} ({mode}) on http://{args.host}:{args.port}/", file=sys.stderr)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    finally:
        store.close()
    return EXIT_OK
