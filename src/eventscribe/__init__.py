"""eventscribe: news text in, coded political events out.

>>> from eventscribe import Article, Pipeline
>>> coded = Pipeline().code(Article(id="a1", text="Israeli troops attacked Hamas fighters.")) # doctest: +SKIP
"""

from eventscribe.coding import CodeSummary, code_inputs
from eventscribe.errors import EventscribeError, InputError, RecordError
from eventscribe.evaluate import load_gold, score
from eventscribe.ingest import read_inputs
from eventscribe.model import Actor, Article, CameoCode, CodedArticle, Event, Evidence, Place, PloverCode
from eventscribe.pipeline import Pipeline
from eventscribe.store import open_store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CameoCode",
    "CodeSummary",
    "CodedArticle",
    "Event",
    "EventscribeError",
    "Evidence",
    "InputError",
    "Pipeline",
    "Place",
    "PloverCode",
    "RecordError",
    "__version__",
    "code_inputs",
    "load_gold",
    "open_store",
    "read_inputs",
    "score",
]
