"""The web page's static files (``static/``), served by :mod:`eventscribe.api.web`."""
