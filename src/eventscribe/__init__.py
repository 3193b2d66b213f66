"""eventscribe: news text in, coded political events out."""

from eventscribe.model import Actor, Article, CameoCode, Event, Evidence, Place, PloverCode

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CameoCode",
    "Event",
    "Evidence",
    "Place",
    "PloverCode",
    "__version__",
]
