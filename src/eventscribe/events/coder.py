"""The event coder: parsed articles in, coded events out.

For each clause that :mod:`~eventscribe.events.clauses` finds, the coder classifies the verb frame into a
CAMEO code, resolves the source and target phrases to actors, and attaches the date, place, PLOVER
mapping, confidence and evidence. It owns no parsing and no dictionaries: it wires the stages together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from eventscribe.actors import ActorResolver
from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.codebook import Codebook
from eventscribe.events.context import ArticleContext, fill_country
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.events.intent import INTENT_VERBS, intended
from eventscribe.events.nominal import find_nominal_clauses
from eventscribe.events.speech import ACCUSATION_CODE, ACCUSED_ROOTS, is_monitor, speaker_heads
from eventscribe.model import Actor, Event, Evidence, ParsedArticle, Sentence
from eventscribe.places import Gazetteer, pick_event_place
from eventscribe.when import pick_event_date

__all__ = ["EventCoder"]

#: Nouns of opposition: "calling for a struggle against X" states opposition to X (CAMEO 111).
OPPOSITION_NOUNS = frozenset(
    {"struggle", "fight", "war", "campaign", "resistance", "jihad", "uprising", "battle", "crusade"}
)
STANCE_CODE = "111"
#: Verbs after which an event noun names something that does not happen ("postponed the talks").
UNDOING_VERBS = frozenset(
    {"deny", "cancel", "postpone", "suspend", "halt", "end", "stop", "avoid", "prevent", "block", "oppose",
     "reject", "refuse", "delay", "abandon", "fear", "discuss", "consider", "debate", "rule", "call", "seek",
     "want", "need", "expect", "demand", "urge", "propose", "plan", "threaten", "risk", "investigate", "probe"}
)
NOUN_CONFIDENCE = 0.6
LIGHT_VERB_CONFIDENCE = 0.85
#: Codes a verb of intending gets by itself; its complement says more.
GENERIC_CODES = frozenset({"010", "030", "130", "040"})
#: CAMEO codes whose action is mutual: a compound subject with no object acts on itself pairwise.
RECIPROCAL_PREFIXES = ("03", "04", "05", "06", "19", "20")
STANCE_CONFIDENCE = 0.45


@dataclass(frozen=True, slots=True)
class _Argument:
    actor: Actor
    head: int
    recalled: bool


class EventCoder:
    """Codes the events of parsed articles. Heavy resources load on first use and are shared."""

    def __init__(
        self,
        *,
        resolver: ActorResolver | None = None,
        classifier: VerbClassifier | None = None,
        codebook: Codebook | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.resolver = resolver or ActorResolver()
        self.classifier = classifier or VerbClassifier.load()
        self.codebook = codebook or Codebook.load()
        self.gazetteer = gazetteer or Gazetteer.load()

    def code(self, parsed: ParsedArticle) -> tuple[Event, ...]:
        """The events of one article, without duplicate (source, target, code) records."""
        context = ArticleContext()
        seen: set[tuple[str, str, str]] = set()
        events: list[Event] = []
        for sentence in parsed.sentences:
            for event in self._sentence_events(parsed, sentence, context):
                key = (_code(event.source), _code(event.target), event.cameo.code)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return tuple(events)

    def _sentence_events(
        self, parsed: ParsedArticle, sentence: Sentence, context: ArticleContext
    ) -> Iterator[Event]:
        resolved = self._resolve_all(sentence, parsed.article.date, context)
        coded_verbs: set[int] = set()
        for clause in find_clauses(sentence):
            found = self._classify(clause)
            if found is None:
                continue
            for event in self._clause_events(parsed, sentence, clause, found, resolved, context):
                coded_verbs.add(clause.verb)
                yield event
        for clause in find_nominal_clauses(sentence, coded_verbs):
            found = self._classify_noun(clause)
            if found is not None:
                yield from self._clause_events(parsed, sentence, clause, found, resolved, context)

    def _clause_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        resolved: dict[int, _Argument],
        context: ArticleContext,
    ) -> Iterator[Event]:
        sources = [resolved[i] for i in clause.sources if i in resolved]
        sources = sources or self._recall(sentence, clause.sources, context, None)
        reciprocal = _is_reciprocal(found.code) and len(sources) > 1
        speaker = self._speaker(sentence, clause, resolved)
        for source in sources:
            if _is_accusation(speaker, source, found):
                accusation = Classification(ACCUSATION_CODE, found.confidence * 0.9, found.trigger)
                yield self._event(parsed, sentence, clause, accusation, speaker, source, resolved)  # type: ignore[arg-type]
                continue
            targets = self._targets(sentence, clause, resolved, context, source)
            if reciprocal and not clause.direct:  # "The US, Russia and Switzerland met": each meets each
                targets = [s for s in sources if s.actor.code != source.actor.code]
            others = [a.actor for a in resolved.values()]
            for target in targets:
                filled = replace(source, actor=fill_country(source.actor, others, target.actor))
                yield self._event(parsed, sentence, clause, found, filled, target, resolved)
            yield from self._stance_events(parsed, sentence, clause, source, targets, resolved)

    def _classify_noun(self, clause: Clause) -> Classification | None:
        """An event noun: its light-verb reading when that is specific, else the noun's own code."""
        noun = self.classifier.classify_noun(clause.frame.objects[0])
        if noun is None:
            return None
        framed = self.classifier.classify(clause.frame)
        best = framed if framed is not None and framed.confidence >= LIGHT_VERB_CONFIDENCE else noun
        return Classification(best.code, NOUN_CONFIDENCE * 0.9, clause.frame.objects[0])

    def _speaker(self, sentence: Sentence, clause: Clause, resolved: dict[int, _Argument]) -> _Argument | None:
        """The political actor whose statement this clause reports, if any."""
        for head in speaker_heads(sentence, clause.verb):
            if head in resolved and resolved[head].actor.country:
                return resolved[head]
        return None

    def _classify(self, clause: Clause) -> Classification | None:
        found = self._classify_frame(clause.frame)
        frame = clause.frame
        if frame.xcomp and frame.verb in INTENT_VERBS and (found is None or found.code in GENERIC_CODES):
            # "pledged to send troops": the intention to do what the complement does.
            act = self._classify_frame(VerbFrame(verb=frame.xcomp, objects=frame.xcomp_objects))
            if act is not None:
                # An act with no intention code of its own ("want to re-examine") is coded as the act.
                code = intended(act.code) or act.code
                return Classification(code, act.confidence * 0.9, f"{frame.verb} to {act.trigger}")
        if clause.future and found is not None:
            code = intended(found.code)
            if code is not None:
                return Classification(code, found.confidence * 0.95, f"will {found.trigger}")
        return found

    def _classify_frame(self, frame: VerbFrame) -> Classification | None:
        found = self.classifier.classify(frame)
        if found is None and frame.verb and not frame.verb.endswith("e"):
            # The lemmatiser sometimes drops a final e ("staged" -> "stag"); try the verb with it.
            found = self.classifier.classify(replace(frame, verb=frame.verb + "e"))
        if found is None and frame.objects and frame.verb not in UNDOING_VERBS:
            # "renewed negotiations", "carried out a kidnapping": the object names the event.
            noun = self.classifier.classify_noun(frame.objects[0])
            if noun is not None:
                found = Classification(noun.code, NOUN_CONFIDENCE, f"{frame.verb} {noun.trigger}")
        return found

    def _resolve_all(
        self, sentence: Sentence, date: dt.date | None, context: ArticleContext
    ) -> dict[int, _Argument]:
        """Resolve every noun head of the sentence once, and remember the mentions."""
        found: dict[int, _Argument] = {}
        nouns = [t for t in sentence.tokens if t.pos in ("PROPN", "NOUN", "PRON")]
        heads = [t for t in nouns if t.dep not in ("compound", "flat")]
        # A name inside a mention that is not an actor ("the Hamas terrorist infrastructure") counts alone.
        modifiers = [t for t in nouns if t.dep in ("compound", "flat")]
        modifiers += [t for t in sentence.tokens if t.dep == "amod" and t.ent_type in ("NORP", "GPE")]
        for token in heads + modifiers:
            if token.dep in ("compound", "flat", "amod") and token.head in found:
                continue
            actor = self.resolver.resolve_span(sentence, token.i, date=date)
            recalled = False
            if actor is None and token.pos == "PROPN":
                actor = context.recall(sentence, token.i)
                recalled = actor is not None
            if actor is not None:
                found[token.i] = _Argument(actor, token.i, recalled)
        for arg in found.values():
            if not arg.recalled:
                context.remember(sentence, arg.head, arg.actor)
        return found

    def _recall(
        self,
        sentence: Sentence,
        heads: tuple[int, ...],
        context: ArticleContext,
        exclude: Actor | None,
    ) -> list[_Argument]:
        recalled = []
        for head in heads:
            actor = context.recall(sentence, head, exclude=exclude)
            if actor is not None:
                recalled.append(_Argument(actor, head, True))
        return recalled

    def _targets(
        self,
        sentence: Sentence,
        clause: Clause,
        resolved: dict[int, _Argument],
        context: ArticleContext,
        source: _Argument,
    ) -> list[_Argument]:
        """The actors of the first candidate group that names one other than the source."""
        others = [a.actor for a in resolved.values()]
        for group in clause.targets:
            targets = [resolved[i] for i in group if i in resolved]
            targets = targets or self._recall(sentence, group, context, source.actor)
            targets = targets or _actor_below(sentence, group, resolved, source.actor)
            targets = [t for t in targets if t.actor.code != source.actor.code]
            if targets:
                return [replace(t, actor=fill_country(t.actor, others, source.actor)) for t in targets]
        return []

    def _stance_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        source: _Argument,
        targets: list[_Argument],
        resolved: dict[int, _Argument],
    ) -> Iterator[Event]:
        """"… join the struggle against Israel": the source opposes Israel."""
        taken = {t.actor.code for t in targets} | {source.actor.code}
        below = set(_subtree(sentence, clause.verb))
        for token in sentence.tokens:
            if token.i not in below or token.lemma.lower() not in OPPOSITION_NOUNS:
                continue
            for prep in sentence.children(token.i):
                if prep.dep != "prep" or prep.text.lower() != "against":
                    continue
                for pobj in sentence.children(prep.i):
                    arg = resolved.get(pobj.i)
                    if arg is None or arg.actor.code in taken:
                        continue
                    stance = Classification(STANCE_CODE, STANCE_CONFIDENCE, f"{token.text} against")
                    yield self._event(parsed, sentence, clause, stance, source, arg, resolved)

    def _event(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        source: _Argument,
        target: _Argument,
        resolved: dict[int, _Argument],
    ) -> Event:
        article = parsed.article
        cameo = self.codebook.cameo(found.code)
        when = pick_event_date(sentence, clause.verb, article.date)
        confidence = found.confidence
        if source.recalled or target.recalled:
            confidence *= 0.85
        if clause.inherited_subject:
            confidence *= 0.95
        trigger, trigger_start, trigger_end = _trigger_span(sentence, clause.trigger)
        event_id = _event_id(article.id, sentence.index, source.actor, target.actor, cameo.code, clause.verb)
        return Event(
            event_id=event_id,
            article_id=article.id,
            sentence_index=sentence.index,
            sentence=sentence.text,
            date=when.date if when else article.date,
            source=source.actor,
            target=target.actor,
            cameo=cameo,
            plover=self.codebook.plover(cameo.code),
            location=pick_event_place(sentence, clause.verb, self.gazetteer),
            confidence=round(confidence, 3),
            evidence=Evidence(
                trigger=trigger,
                start=sentence.start,
                end=sentence.end,
                trigger_start=trigger_start,
                trigger_end=trigger_end,
            ),
            extra={
                "date_precision": when.precision if when else ("day" if article.date else None),
                "rule": found.trigger,
            },
        )


def _trigger_span(sentence: Sentence, indices: tuple[int, ...]) -> tuple[str, int, int]:
    """The trigger's words as written ("calling on") and their character span in the article."""
    tokens = [sentence.tokens[i] for i in sorted(indices)]
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    if last.i - first.i <= 3:
        text = sentence.text[start - sentence.start : end - sentence.start]
    else:
        text = " ".join(t.text for t in tokens)
    return " ".join(text.split()), start, end


def _actor_below(
    sentence: Sentence, heads: tuple[int, ...], resolved: dict[int, _Argument], source: Actor
) -> list[_Argument]:
    """When the object is not an actor ("sanctions on Iran and Syria", "the deal, which … would allow
    Iran …"), the first actor inside it that is not the source's own country, with its conjuncts."""
    for head in heads:
        for token in sentence.subtree(head):
            arg = resolved.get(token.i)
            if arg is None or arg.actor.country == source.country:
                continue
            found = [arg]
            chain = {token.i}
            for other in sentence.tokens[token.i + 1 :]:
                if other.dep == "conj" and other.head in chain:
                    chain.add(other.i)
                    if other.i in resolved:
                        found.append(resolved[other.i])
            return found
    return []


def _is_accusation(speaker: _Argument | None, source: _Argument, found: Classification) -> bool:
    """A conflict event told by another side than the one that acted is an accusation by the teller."""
    return (
        speaker is not None
        and found.code[:2] in ACCUSED_ROOTS
        and speaker.actor.country != source.actor.country
        and not is_monitor(speaker.actor.code, speaker.actor.sectors)
    )


def _is_reciprocal(code: str) -> bool:
    return code.startswith(RECIPROCAL_PREFIXES)


def _subtree(sentence: Sentence, i: int) -> list[int]:
    return [t.i for t in sentence.subtree(i)]


def _code(actor: Actor | None) -> str:
    return actor.code if actor else ""


def _event_id(article_id: str, sentence: int, source: Actor, target: Actor, code: str, verb: int) -> str:
    key = f"{article_id}\x1f{sentence}\x1f{source.code}\x1f{target.code}\x1f{code}\x1f{verb}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
