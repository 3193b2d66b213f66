"""The HTTP API (FastAPI) and the web page, served by ``eventscribe serve``.

Read-only by default: ``POST /api/articles`` needs a token (``Authorization: Bearer``), compared in
constant time. Every query parameter is validated, bodies and pages have limits, and the SQL takes user
values only as parameters. CORS is off unless origins are named.
"""

from eventscribe.api.app import create_app

__all__ = ["create_app"]
