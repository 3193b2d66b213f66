"""The nlp stage: spaCy in, our own records out. Nothing else in eventscribe imports spaCy."""

from eventscribe.nlp.parse import Parser, choose_model

__all__ = ["Parser", "choose_model"]
