"""The event coder: parsed articles in, coded events out.

For each clause that :mod:`~eventscribe.events.clauses` (verbs) and :mod:`~eventscribe.events.nominal`
(event nouns) find, the coder asks :mod:`~eventscribe.events.clause_codes` for a CAMEO code and
:mod:`~eventscribe.events.arguments` for the source and target actors (through
:mod:`~eventscribe.events.act_sources` and :mod:`~eventscribe.events.act_targets`, which read the
doers and targets of one act off them), and attaches the date, place, PLOVER mapping, confidence and
evidence. One source's events (on each target, alone, in return) are made by its base
:class:`~eventscribe.events.source_events.SourceEvents`. It owns no parsing and no dictionaries: it wires
them together.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from eventscribe.actors import ActorResolver
from eventscribe.events.act_sources import act_sources
from eventscribe.events.alone import dates_the_news
from eventscribe.events.appraisals import appraised
from eventscribe.events.arguments import SentenceActors
from eventscribe.events.audiences import BARE_STATEMENT
from eventscribe.events.calibration import Calibration
from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clause_codes import ClauseClassifier
from eventscribe.events.clause_order import heads_first
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.codebook import Codebook
from eventscribe.events.context import ArticleContext
from eventscribe.events.danger_warnings import threatens_risk, warns_of_danger
from eventscribe.events.false_events import (
    VIOLENT_ROOTS,
    agreed_view,
    described_support,
    is_accident,
    is_commerce,
    is_sport,
    purpose_of_coded,
    result_of_violence,
    talks_as_topic,
)
from eventscribe.events.forecasts import foretold_threat
from eventscribe.events.frame import Classification
from eventscribe.events.game_disputes import game_dispute
from eventscribe.events.hoped_acts import hoped_act
from eventscribe.events.learned import LearnedModel, penta_of
from eventscribe.events.learned_recall import LearnedRecall
from eventscribe.events.news_head import NewsHead
from eventscribe.events.nominal import agreement_in_passing, find_nominal_clauses
from eventscribe.events.outlooks import outlooks
from eventscribe.events.protest_aims import PROTEST_ROOT, aim_of_protest, aimed
from eventscribe.events.protest_verbs import not_a_protest
from eventscribe.events.readiness import stated_readiness
from eventscribe.events.recoding import (
    fighters,
    is_accusation,
    means_of_violence,
    refusal_of,
)
from eventscribe.events.records import (
    as_appraisal,
    code_of,
    most_specific,
    one_act_per_trigger,
    one_judicial_act,
    public_extra,
)
from eventscribe.events.source_events import MUTUAL_WITH, SourceEvents
from eventscribe.events.speech import ACCUSATION_CODE, ACCUSED_ROOTS
from eventscribe.events.undirected import undirected
from eventscribe.events.unnamed import UNNAMED_ROOTS
from eventscribe.events.vetting import Vetting
from eventscribe.model import Event, ParsedArticle, Sentence
from eventscribe.places import Gazetteer
from eventscribe.places.article import for_article

__all__ = ["DEFAULT_MIN_CONFIDENCE", "EventCoder"]

#: Events below this confidence are not reported by default (bare dictionary verbs fall under it).
DEFAULT_MIN_CONFIDENCE = 0.5
#: Roots of events named by a noun that are coded for what they did ("an opposition boycott forced …").
SUBJECT_EVENT_ROOTS = frozenset({"14"})
#: How much the learned model's agreement lifts a pattern's score: the score is multiplied by
#: ``1 + LEARNED_BOOST * max(0, 2p - 1)``, p the model's probability of the event's penta class for the
#: sentence (x1.2 when the model is sure; no change when it is unsure or disagrees, so that a pattern's
#: precision is never overruled). A bare dictionary verb (0.45) the model is sure of reaches 0.54.
LEARNED_BOOST = 0.2


class EventCoder(SourceEvents):
    """Codes the events of parsed articles. Heavy resources load on first use and are shared."""

    #: Codes of acts done together, coded each way (a subclass may change them; see MUTUAL_WITH).
    mutual_with: tuple[str, ...] = MUTUAL_WITH

    def __init__(
        self,
        *,
        resolver: ActorResolver | None = None,
        classifier: VerbClassifier | None = None,
        codebook: Codebook | None = None,
        gazetteer: Gazetteer | None = None,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        learned: LearnedModel | None = None,
        calibration: Calibration | None = None,
        learned_recall: bool | None = None,
        vetting: bool | None = None,
    ) -> None:
        self.min_confidence = min_confidence
        self.learned = learned or LearnedModel.load()
        self.calibration = calibration or Calibration.load()
        self.recall = LearnedRecall.configured(self.learned, learned_recall)  # owned by events/learned_recall.py
        self.news = NewsHead.configured()  # owned by events/news_head.py: None while both its uses are off
        self.vetting = Vetting.configured(vetting)  # owned by events/vetting.py: None while it drops nothing
        self.resolver = resolver or ActorResolver()
        self.clauses = ClauseClassifier(classifier)
        self.codebook = codebook or Codebook.load()
        self.gazetteer = gazetteer or Gazetteer.load()

    def code(self, parsed: ParsedArticle) -> tuple[Event, ...]:
        """The events of one article: one record per (source, target, CAMEO code, date), the first
        telling kept (the same act on two days is two events), and within one sentence one record per
        (source, target, CAMEO root), the most confident ("attacked" and "the attack" are one act)."""
        date = parsed.article.date
        # the country the article names most, found only if a body read before its main country needs it
        text = parsed.article.text
        context = ArticleContext(find_named_country=lambda: self.resolver.context_country(text, date=date))
        # Resolve every sentence's mentions first, so that the article's main country is known.
        mentions = [SentenceActors(self.resolver, s, date, context) for s in parsed.sentences]
        main_country = context.main_country()
        coder = copy.copy(self)  # a shared town name is chosen by the article's countries
        coder.gazetteer = for_article(self.gazetteer, parsed.sentences)
        seen: set[tuple[str, str, str, dt.date | None]] = set()
        events: list[Event] = []
        for sentence, actors in zip(parsed.sentences, mentions, strict=True):
            actors.default_country = main_country
            penta: list[float] = []  # the learned model's view, computed once a sentence has a candidate
            best: dict[tuple[str, str, str], Event] = {}
            for candidate in coder._sentence_events(parsed, sentence, actors):
                if not penta:
                    penta = [float(p) for p in self.learned.penta(sentence.text)]
                event = self._rescored(candidate, penta)
                if event.extra["score"] < self.min_confidence or is_commerce(event) or undirected(event):
                    continue
                dyad = (code_of(event.source), code_of(event.target), event.cameo.root)
                if dyad not in best or event.extra["score"] > best[dyad].extra["score"]:
                    best[dyad] = event
            chosen = one_act_per_trigger(one_judicial_act(most_specific(list(best.values()))))
            if not chosen and self.recall is not None:  # no pattern event: the learned fallback's one
                chosen = self.recall.events(coder, parsed, sentence, actors)
            if self.news is not None:  # the news head drops or adds (events/news_head.py)
                chosen = self.news.revise(coder, parsed, sentence, actors, chosen)
            if self.vetting is not None and chosen:  # the learned vetting drops likely wrong events
                chosen = self.vetting.vet(sentence.text, chosen)
            for event in chosen:
                key = (code_of(event.source), code_of(event.target), event.cameo.code, event.date)
                if key not in seen:
                    seen.add(key)
                    events.append(replace(event, extra=public_extra(event.extra)))
        return tuple(events)

    def _rescored(self, event: Event, penta: list[float]) -> Event:
        """The pattern score lifted by the learned model's agreement (``extra["score"]``, which
        ``min_confidence`` cuts), and the calibrated chance that the event is right (``confidence``)."""
        p = penta[penta_of(event.cameo.code)]
        raw = min(0.99, event.confidence * (1 + LEARNED_BOOST * max(0.0, 2 * p - 1)))
        extra = {**event.extra, "score": round(raw, 3)}
        chance = self.calibration.event(
            raw, has_target=event.target is not None, penta_class=penta_of(event.cameo.code), learned_p=p
        )
        return replace(event, confidence=round(chance, 3), extra=extra)

    def _sentence_events(self, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors) -> Iterator[Event]:
        """The candidate events of one sentence: its verbs' acts first, then those of its event nouns and
        of what its speakers say (which skip the verbs already coded)."""
        coded_verbs: set[int] = set()  # filled by the verbs' events, read by the nouns'
        yield from self._verb_events(parsed, sentence, actors, coded_verbs)
        yield from self._noun_and_speech_events(parsed, sentence, actors, coded_verbs)

    def _verb_events(
        self, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors, coded_verbs: set[int]
    ) -> Iterator[Event]:
        """The acts of the sentence's verbs (a stated readiness first), adding each coded verb to
        ``coded_verbs``."""
        violent_verbs: set[int] = set()  # the verbs coded as violence, whose results are no second act
        protest_events: dict[int, list[int]] = {}  # protest verb -> its events' places in ``told``
        told: list[Event] = []
        protests: list[frozenset[int]] = []  # the protest nouns that are subjects, found once when first asked
        # "willingness to meet" first; its expressing verb ("expressed") is then no act of its own
        ready: set[int] = set()
        for offered, intention in stated_readiness(sentence, self.clauses.classify):
            ready.add(offered.trigger[0])
            yield from self._clause_events(parsed, sentence, offered, intention, actors)
        for clause in heads_first(sentence, find_clauses(sentence)):  # each verb before what it governs
            found = self.clauses.classify(clause)
            found = hoped_act(clause, found, self.clauses.classifier, sentence)  # "hopes to resume talks": 036
            if (
                found is None
                or clause.verb in ready
                or self._done_by_a_protest(sentence, clause, protests)
                or purpose_of_coded(sentence, clause, coded_verbs)
                or described_support(sentence, clause, found)  # "a channel backed by Hezbollah"
                or agreed_view(sentence, clause, found, actors.found)  # "agreed that the market was over-heated"
                or result_of_violence(sentence, clause, found, violent_verbs)
                or dates_the_news(sentence, clause.verb)
                or warns_of_danger(sentence, clause, found, actors.found, self._hostile_noun)
                or threatens_risk(sentence, clause, found, actors.found)  # "threatened to wreck the truce": a risk
                or not_a_protest(sentence, clause, found, actors.found)  # "the dollar rallied"
            ):
                continue
            aim = aim_of_protest(sentence, clause, found, set(protest_events))
            if aim is not None:  # "marched …, demanding the president's resignation": the march's aim
                for k in protest_events[aim]:
                    told[k] = aimed(told[k], found.code, self.codebook)
                continue
            for event in self._clause_events(parsed, sentence, clause, found, actors):
                coded_verbs.add(clause.verb)
                if event.cameo.root in VIOLENT_ROOTS:
                    violent_verbs.add(clause.verb)
                if event.cameo.root == PROTEST_ROOT:
                    protest_events.setdefault(clause.verb, []).append(len(told))
                told.append(event)
        yield from told

    def _noun_and_speech_events(
        self, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors, coded_verbs: set[int]
    ) -> Iterator[Event]:
        """The acts of the sentence's event nouns not governed by a coded verb, praise and criticism told
        in speech, and stated outlooks."""
        for clause in find_nominal_clauses(sentence, coded_verbs):
            found = self.clauses.classify_noun(clause)
            if clause.subject and (found is None or found.code[:2] not in SUBJECT_EVENT_ROOTS):
                continue  # only a protest is coded for what it did ("a boycott forced …")
            if (
                found is not None
                and not talks_as_topic(sentence, clause, found)
                and not agreement_in_passing(sentence, clause, found.code)  # "its recent agreement … reprograms"
                and not not_a_protest(sentence, clause, found, actors.found)
            ):
                yield from self._clause_events(parsed, sentence, clause, found, actors)
        for clause, found, source, target in appraised(sentence, actors):  # praise and criticism told in speech
            yield as_appraisal(self._event(parsed, sentence, clause, found, source, target))
        for said, outlook, speaker, about in outlooks(sentence, actors, coded_verbs):  # 012/013 outlooks
            yield self._event(parsed, sentence, said, outlook, speaker, about)

    def _hostile_noun(self, lemma: str) -> bool:
        """Whether a noun names a threat, sanction or force ("war", "sanctions"): CAMEO roots 13 to 20."""
        noun = self.clauses.classifier.classify_noun(lemma)
        return noun is not None and "13" <= noun.code[:2] <= "20"

    def _done_by_a_protest(self, sentence: Sentence, clause: Clause, protests: list[frozenset[int]]) -> bool:
        """ "An opposition boycott has forced the government to …": the verb of a protest noun with an
        owner is the protest's doing, coded as the protest on the verb's object (see ``nominal``).
        ``protests`` holds the sentence's protest nouns that are subjects once they have been found."""
        if len(clause.sources) != 1 or clause.inherited_subject:
            return False
        if not protests:
            protests.append(
                frozenset(n.verb for n in find_nominal_clauses(sentence, set()) if self._protest_subject(n))
            )
        return clause.sources[0] in protests[0]

    def _protest_subject(self, nominal: Clause) -> bool:
        """Whether a noun event is a protest that is the subject of its verb ("an opposition boycott")."""
        if not nominal.subject:
            return False
        found = self.clauses.classify_noun(nominal)
        return found is not None and found.code[:2] in SUBJECT_EVENT_ROOTS

    def _clause_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        actors: SentenceActors,
    ) -> Iterator[Event]:
        if found.code == BARE_STATEMENT:  # "Andreotti told Cossiga he was unable …": what is said counts
            return
        if clause.refused:  # "Britain will not lift the ban": a refusal, if what is refused is cooperation
            refusal = refusal_of(found)
            if refusal is None:
                return
            found = refusal
        if found.code[:2] in ACCUSED_ROOTS and (is_sport(sentence) or is_accident(sentence, clause)):
            return  # "Argentina beats U.S. basketball team": a game, not an assault; a crash is no attack
        if game_dispute(sentence, clause, found.code):  # "the coach lambasted the referee"
            return
        found = means_of_violence(sentence, clause, found, self.clauses.classifier.classify_noun)
        fought_each_other = fighters(sentence, clause) if found.code[:2] in UNNAMED_ROOTS else ()
        if fought_each_other:  # "soldiers and guerrillas died in a major battle": each fought each
            clause = replace(clause, sources=fought_each_other, targets=(), direct=False)
        elif found.code[:2] in UNNAMED_ROOTS and clause.frame.verb == "die":
            # "three children died in an explosion": who died is the target; the doer is unnamed
            clause = replace(clause, sources=(), targets=(clause.sources, *clause.targets))
        sources, found, unnamed = act_sources(sentence, clause, found, actors, self.gazetteer)
        speaker = actors.speaker(clause)
        for source in sources:
            # "U.S. officials said Russia will invade": the officials' forecast, no threat of Russia's
            if foretold_threat(sentence, clause, found.code, speaker, source, actors.found):
                continue
            if not unnamed and is_accusation(speaker, source, found, sentence, sources):
                accusation = Classification(ACCUSATION_CODE, found.confidence * 0.9, found.trigger)
                yield self._event(parsed, sentence, clause, accusation, speaker, source)  # type: ignore[arg-type]
                continue
            yield from self._source_events(parsed, sentence, clause, found, actors, source, sources, speaker)
