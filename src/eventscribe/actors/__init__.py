"""Actors: the knowledge base of CAMEO actor codes and the resolution of mentions to codes.

- :func:`load_kb` loads the packaged :class:`KnowledgeBase` once (cached);
- :class:`ActorResolver` resolves a parsed mention (``resolve_span``) or a bare string (``resolve_text``)
  to an :class:`eventscribe.model.Actor`.
"""

from eventscribe.actors.codes import normalize
from eventscribe.actors.kb import KnowledgeBase, load_kb
from eventscribe.actors.resolve import ActorResolver
from eventscribe.actors.schema import validate_data_dir

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb", "normalize", "validate_data_dir"]
