"""The event coder: parsed articles in, coded events out.

For each clause that :mod:`~eventscribe.events.clauses` (verbs) and :mod:`~eventscribe.events.nominal`
(event nouns) find, the coder asks :mod:`~eventscribe.events.clause_codes` for a CAMEO code and
:mod:`~eventscribe.events.arguments` for the source and target actors, and attaches the date, place,
PLOVER mapping, confidence and evidence. It owns no parsing and no dictionaries: it wires them together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import replace

from eventscribe.actors import ActorResolver
from eventscribe.events.alone import (
    ALONE_FACTOR,
    DOMESTIC_ROOTS,
    compatriot,
    dates_the_news,
    known_country,
    stands_alone,
    their_government,
)
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.calibration import Calibration
from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clause_codes import ClauseClassifier
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.codebook import Codebook
from eventscribe.events.context import ArticleContext
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.learned import LearnedModel, penta_of
from eventscribe.events.learned_recall import LearnedRecall
from eventscribe.events.nominal import find_nominal_clauses
from eventscribe.events.plover import with_contexts
from eventscribe.events.speech import (
    ACCUSATION_CODE,
    ACCUSED_ROOTS,
    CLAIM_CODE,
    CLAIMING_VERBS,
    is_monitor,
    reporting_verb,
)
from eventscribe.events.unnamed import UNNAMED_ROOTS, UNNAMED_SECTOR, is_explosive, unnamed_cause
from eventscribe.model import Actor, Event, Evidence, ParsedArticle, Place, Sentence
from eventscribe.places import Gazetteer, find_places, pick_event_place
from eventscribe.when import pick_event_date

__all__ = ["DEFAULT_MIN_CONFIDENCE", "EventCoder"]

#: Nouns of opposition: "calling for a struggle against X" states opposition to X (CAMEO 111).
OPPOSITION_NOUNS = GRAMMAR.opposition_nouns
STANCE_CODE = "111"
STANCE_CONFIDENCE = 0.55
#: Events below this confidence are not reported by default (bare dictionary verbs fall under it).
DEFAULT_MIN_CONFIDENCE = 0.5
#: CAMEO codes whose action is mutual: a compound subject with no object acts on itself pairwise.
RECIPROCAL_PREFIXES = ("03", "04", "05", "06", "19", "20")
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
#: Roots of acts only a state does (arrest, detain, expel, ban: CAMEO 17): told in the passive with no
#: agent ("was arrested in Lebanon"), their doer is the state of the place.
STATE_ROOTS = frozenset({"17"})
#: Roots of crowd events whose doers, unnamed, are the people of the place ("protests erupted in Tripoli").
CROWD_ROOTS = frozenset({"14"})
CROWD_SECTOR = "CVL"
#: Roots of acts whose place is not their target: a statement made "in Pennsylvania" is not aimed at it
#: (while "a protest in Beijing" or "shelling in Gaza" is).
PLACELESS_ROOTS = frozenset({"01"})
#: Codes of acts done together: "A held talks (signed an accord) with B" is an event each way.
MUTUAL_WITH = ("046", "057", "06")
#: Hosting a visit (CAMEO 043) is the guest's visit (042) seen from the host.
HOSTING_CODE = "043"
VISIT_CODE = "042"
#: Verbs of one party's act on a joint thing: "Ukraine ratified an agreement with the EU" is Ukraine's alone.
ONE_SIDED_VERBS = frozenset({"approve", "endorse", "ratify", "reject", "welcome"})
#: Confidence factors for arguments that come from an earlier mention or from the clause's head.
RECALLED_FACTOR = 0.85
INHERITED_FACTOR = 0.95
#: How much the learned model's agreement lifts a pattern's score: the score is multiplied by
#: ``1 + LEARNED_BOOST * max(0, 2p - 1)``, p the model's probability of the event's penta class for the
#: sentence (x1.2 when the model is sure; no change when it is unsure or disagrees, so that a pattern's
#: precision is never overruled). A bare dictionary verb (0.45) the model is sure of reaches 0.54.
LEARNED_BOOST = 0.2


class EventCoder:
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
    ) -> None:
        self.min_confidence = min_confidence
        self.learned = learned or LearnedModel.load()
        self.calibration = calibration or Calibration.load()
        self.recall = LearnedRecall.configured(self.learned, learned_recall)  # owned by events/learned_recall.py
        self.resolver = resolver or ActorResolver()
        self.clauses = ClauseClassifier(classifier)
        self.codebook = codebook or Codebook.load()
        self.gazetteer = gazetteer or Gazetteer.load()

    def code(self, parsed: ParsedArticle) -> tuple[Event, ...]:
        """The events of one article: one record per (source, target, CAMEO code, date), the first
        telling kept (the same act on two days is two events), and within one sentence one record per
        (source, target, CAMEO root), the most confident ("attacked" and "the attack" are one act)."""
        context = ArticleContext()
        # Resolve every sentence's mentions first, so that the article's main country is known.
        date = parsed.article.date
        mentions = [SentenceActors(self.resolver, s, date, context) for s in parsed.sentences]
        main_country = context.main_country()
        seen: set[tuple[str, str, str, dt.date | None]] = set()
        events: list[Event] = []
        for sentence, actors in zip(parsed.sentences, mentions, strict=True):
            actors.default_country = main_country
            penta: list[float] = []  # the learned model's view, computed once a sentence has a candidate
            best: dict[tuple[str, str, str], Event] = {}
            for candidate in self._sentence_events(parsed, sentence, actors):
                if not penta:
                    penta = [float(p) for p in self.learned.penta(sentence.text)]
                event = self._rescored(candidate, penta)
                if event.extra["score"] < self.min_confidence:
                    continue
                dyad = (_code(event.source), _code(event.target), event.cameo.root)
                if dyad not in best or event.extra["score"] > best[dyad].extra["score"]:
                    best[dyad] = event
            chosen = _most_specific(list(best.values()))
            if not chosen and self.recall is not None:  # no pattern event: the learned fallback's one
                chosen = self.recall.events(self, parsed, sentence, actors)
            for event in chosen:
                key = (_code(event.source), _code(event.target), event.cameo.code, event.date)
                if key not in seen:
                    seen.add(key)
                    events.append(replace(event, extra=_public(event.extra)))
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
        coded_verbs: set[int] = set()
        for clause in find_clauses(sentence):
            found = self.clauses.classify(clause)
            if (
                found is None
                or _purpose_of_coded(sentence, clause, coded_verbs)
                or dates_the_news(sentence, clause.verb)
            ):
                continue
            for event in self._clause_events(parsed, sentence, clause, found, actors):
                coded_verbs.add(clause.verb)
                yield event
        for clause in find_nominal_clauses(sentence, coded_verbs):
            found = self.clauses.classify_noun(clause)
            if found is not None and not _talks_as_topic(sentence, clause, found):
                yield from self._clause_events(parsed, sentence, clause, found, actors)

    def _clause_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        actors: SentenceActors,
    ) -> Iterator[Event]:
        if clause.refused:  # "Britain will not lift the ban": a refusal, if what is refused is cooperation
            refusal = _refusal_of(found)
            if refusal is None:
                return
            found = refusal
        if found.code[:2] in ACCUSED_ROOTS and (_is_sport(sentence) or _is_accident(sentence, clause)):
            return  # "Argentina beats U.S. basketball team": a game, not an assault; a crash is no attack
        if found.code[:2] in UNNAMED_ROOTS and clause.frame.verb == "die":
            # "three children died in an explosion": who died is the target; the doer is unnamed
            clause = replace(clause, sources=(), targets=(clause.sources, *clause.targets))
        sources = actors.sources(clause)
        if not sources and clause.origins and found.code[:2] in ACCUSED_ROOTS:
            # "a mortar bomb was fired at it from the Gaza Strip": violence from a place is that side's.
            sources = actors.sources(replace(clause, sources=clause.origins))
        if not sources and clause.frame.passive and found.code[:2] in STATE_ROOTS:
            sources = self._state_of_place(sentence, clause) or _state_of_target(sentence, clause, actors)
        if not sources and clause.occurred and found.code[:2] in CROWD_ROOTS:
            sources = self._state_of_place(sentence, clause, sector=CROWD_SECTOR)
        cause = unnamed_cause(sentence, clause) if not sources and found.code[:2] in UNNAMED_ROOTS else None
        unnamed = cause is not None
        if cause is not None:  # "two journalists were shot dead in Mogadishu": an unidentified armed force's act
            sources = self._state_of_place(sentence, clause, sector=UNNAMED_SECTOR)
            if is_explosive(cause) and found.code in ("180", "190"):  # "wounded when a grenade exploded"
                found = Classification(BOMBING_CODE, found.confidence, found.trigger)
        reciprocal = found.code.startswith(RECIPROCAL_PREFIXES) and len(sources) > 1
        # Cooperation is mutual whenever no other party is named ("signed an agreement"); fighting only
        # when the verb has no object ("clashed", not "attacked the village").
        cooperative = found.code[:2] in COOPERATIVE_ROOTS
        speaker = actors.speaker(clause)
        # The one who tells of an act lends its country to no nameless doer ("militants attacked …, the
        # Russian military said": the militants are not Russian).
        told_by = [speaker] if speaker is not None else []
        for source in sources:
            if not unnamed and _is_accusation(speaker, source, found):
                accusation = Classification(ACCUSATION_CODE, found.confidence * 0.9, found.trigger)
                yield self._event(parsed, sentence, clause, accusation, speaker, source)  # type: ignore[arg-type]
                continue
            targets = actors.targets(clause, source, places=found.code[:2] not in PLACELESS_ROOTS, sources=sources)
            if not targets and found.code[:2] in ACCUSED_ROOTS:  # "fired rockets at Sderot"
                targets = self._struck_place(sentence, clause)
            if reciprocal and (not clause.direct or (cooperative and not targets) or _fought(sentence, clause)):
                # "The US, Russia and Switzerland met": each meets each.
                targets = [actors.with_country(s, [source]) for s in sources if s.actor.code != source.actor.code]
            act = (
                _own_claim(sentence, clause, speaker, source, found)
                or _official_protest(sentence, source, found)
                or _riot(sentence, source, found)
                or found
            )
            filled = actors.with_country(source, [*targets, *told_by])
            if act.code[:2] in DOMESTIC_ROOTS:
                targets = [compatriot(t, filled) for t in targets]
            events = list(self._targeted_events(parsed, sentence, clause, act, filled, targets))
            # (a refusal needs a target: "he would not resign" is no event)
            solo = not events and not clause.refused and stands_alone(sentence, clause, act)
            if solo and not _foreigners(actors, filled, told_by, act):
                # "Thousands of people marched in Bratislava", "the ministry declined to comment": an act
                # with no other party at its receiving end is still an event, of its source alone; a
                # protest with none named is aimed at the protesters' government, as CAMEO codes it.
                alone = Classification(act.code, act.confidence * ALONE_FACTOR, act.trigger)
                events.append(self._event(parsed, sentence, clause, alone, filled, their_government(filled, act)))
            yield from events
            yield from self._stance_events(parsed, sentence, clause, source, targets, actors)

    def _state_of_place(self, sentence: Sentence, clause: Clause, *, sector: str = "") -> list[Argument]:
        """The state where an arrest, ban or expulsion told in the passive took place, as its doer: "a
        missionary was arrested in Lebanon" (only states arrest, detain, deport and ban); with
        ``sector``, that country's people of that sector ("protests erupted in Tripoli": LBNCVL)."""
        where = sentence.tokens[clause.verb].head if clause.occurred else clause.verb  # "erupted in Tripoli"
        place = pick_event_place(sentence, where, self.gazetteer)
        if place is None or len(place.country) != 3 or not place.country.isalpha():
            return []
        country = place.country
        sectors = (sector,) if sector else ()
        actor = Actor(code=country + sector, name=country, country=country, sectors=sectors, text=place.name)
        return [Argument(actor, clause.verb)]

    def _struck_place(self, sentence: Sentence, clause: Clause) -> list[Argument]:
        """A town that violence is aimed at and that names no actor of its own ("fired rockets at Sderot",
        "shelled Juba"): its people, as a town named alone is (a country names an actor already)."""
        heads = {i for group in clause.targets for i in group}
        for entity, place in find_places(sentence, self.gazetteer):
            inside = heads & set(range(entity.start, entity.end))
            if inside and len(place.country) == 3 and place.country.isalpha():
                country = place.country
                actor = Actor(
                    code=country + CROWD_SECTOR, name=place.name, country=country, sectors=(CROWD_SECTOR,),
                    text=entity.text,
                )  # fmt: skip
                return [Argument(actor, min(inside))]
        return []

    def _targeted_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        act: Classification,
        filled: Argument,
        targets: list[Argument],
    ) -> Iterator[Event]:
        """The source's act on each target (and, for acts done together, the target's act in return)."""
        for target in targets:
            if filled.actor.code == target.actor.code or _is_media_statement(act, target):
                continue
            yield self._event(parsed, sentence, clause, _left_body(act, target), filled, target)
            if (
                self.mutual_with
                and act.code.startswith(self.mutual_with)
                and _is_with_object(sentence, target.head)
                and sentence.tokens[clause.verb].lemma.lower() not in ONE_SIDED_VERBS
            ):
                # "held talks with Suleiman": Suleiman held talks with him too.
                yield self._event(parsed, sentence, clause, act, target, filled)
            elif act.code.startswith(HOSTING_CODE) and sentence.tokens[target.head].dep in ("dobj", "nsubjpass"):
                # "Georgian demonstrators received ministers": the ministers made the visit.
                visit = Classification(VISIT_CODE, act.confidence * 0.9, act.trigger)
                yield self._event(parsed, sentence, clause, visit, target, filled)

    def _stance_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        source: Argument,
        targets: list[Argument],
        actors: SentenceActors,
    ) -> Iterator[Event]:
        """ "… join the struggle against Israel": the source opposes Israel."""
        taken = {t.actor.code for t in targets} | {source.actor.code}
        verbs = {clause.verb} | {c.i for c in sentence.children(clause.verb) if c.dep == "xcomp"}
        for token in sentence.tokens:
            # Only a struggle the source takes up: the object of its verb ("join/aid the struggle").
            if token.dep != "dobj" or token.head not in verbs or token.lemma.lower() not in OPPOSITION_NOUNS:
                continue
            for prep in sentence.children(token.i):
                if prep.dep != "prep" or prep.text.lower() != "against":
                    continue
                for pobj in sentence.children(prep.i):
                    arg = actors.found.get(pobj.i)
                    if arg is None or arg.actor.code in taken:
                        continue
                    arg = actors.with_country(arg, [source])
                    stance = Classification(STANCE_CODE, STANCE_CONFIDENCE, f"{token.text} against")
                    yield self._event(parsed, sentence, clause, stance, source, arg, trigger=(token.i, prep.i))

    def _event(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        source: Argument,
        target: Argument | None,
        *,
        trigger: tuple[int, ...] | None = None,
    ) -> Event:
        article = parsed.article
        location = pick_event_place(sentence, clause.verb, self.gazetteer)
        source = _local(_placed(source), location)
        target = _local(_placed(target), location) if target is not None else None
        cameo = self.codebook.cameo(found.code)
        when = pick_event_date(sentence, clause.verb, article.date)
        confidence = found.confidence
        if source.recalled or (target is not None and target.recalled):
            confidence *= RECALLED_FACTOR
        if clause.inherited_subject:
            confidence *= INHERITED_FACTOR
        words, trigger_start, trigger_end = _trigger_span(sentence, trigger or _trigger_tokens(sentence, clause, found))
        return Event(
            event_id=_event_id(article.id, sentence.index, source.actor, target, cameo.code, clause.verb),
            article_id=article.id,
            sentence_index=sentence.index,
            sentence=sentence.text,
            date=when.date if when else article.date,
            source=source.actor,
            target=target.actor if target is not None else None,
            cameo=cameo,
            plover=with_contexts(self.codebook.plover(cameo.code), sentence.text),
            location=location,
            confidence=round(confidence, 3),
            evidence=Evidence(
                trigger=words,
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


#: Words that make "beat", "crush" or "defeat" a game rather than violence.
SPORT_WORDS = GRAMMAR.sport_words
SPORT_WEAK_WORDS = GRAMMAR.sport_weak_words
#: Disasters that kill without attacking anyone.
ACCIDENT_NOUNS = GRAMMAR.accident_nouns


#: A retreat (CAMEO 0874) from an organisation is leaving it: "Mali withdrew from ECOWAS" reduces relations.
RETREAT_CODE = "0874"
LEAVING_CODE = "160"


def _left_body(found: Classification, target: Argument) -> Classification:
    if found.code != RETREAT_CODE or not target.actor.code.startswith(("IGO", "NGO")):
        return found
    return Classification(LEAVING_CODE, found.confidence, found.trigger)


def _is_sport(sentence: Sentence) -> bool:
    """A game: one word only games use ("football"), or two that games often do ("the team won the final")."""
    forms = [{t.lemma.lower(), t.text.lower()} for t in sentence.tokens]
    return any(f & SPORT_WORDS for f in forms) or sum(bool(f & SPORT_WEAK_WORDS) for f in forms) > 1


#: Who does a state's act told in the passive with no agent and no place ("was arrested", "were charged"):
#: the police arrest and detain, the courts charge, try and sentence.
STATE_ACT_SECTORS = {
    **dict.fromkeys(("apprehend", "arrest", "capture", "detain", "hold", "round"), "COP"),
    **dict.fromkeys(("charge", "convict", "indict", "jail", "prosecute", "sentence", "try"), "JUD"),
}


def _state_of_target(sentence: Sentence, clause: Clause, actors: SentenceActors) -> list[Argument]:
    """ "The leader of the British National Party has been arrested": told with no agent and no place, an
    arrest (or charge) is by the police (or courts) of the country of the one arrested, who is at home
    unless a place says otherwise (a place is tried first, see ``_state_of_place``)."""
    sector = STATE_ACT_SECTORS.get(sentence.tokens[clause.verb].lemma.lower())
    if sector is None or not any(c.dep == "auxpass" for c in sentence.children(clause.verb)):
        return []  # not "a member of Hamas jailed a year ago": a participle tells background
    for group in clause.targets[:1]:
        for i in group:
            arg = actors.found.get(i)
            if arg is not None and known_country(arg.actor):
                country = arg.actor.country
                actor = Actor(code=country + sector, name=country, country=country, sectors=(sector,), text="")
                return [Argument(actor, clause.verb, recalled=True)]  # inferred: a little less sure
    return []


#: A bombing (CAMEO 183): violence an explosive caused.
BOMBING_CODE = "183"
#: A protest by a state or its government is an official complaint (CAMEO 114), not a demonstration.
OFFICIAL_COMPLAINT = "114"
STATE_SECTORS = frozenset({"GOV"})


def _official_protest(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Japan protested to China over the detention of its fishermen": a state (named as a country, not
    as its people: "thousands of Nigerians") or its government protests by complaining."""
    actor = source.actor
    if found.code[:2] != "14" or not known_country(actor):
        return None
    named_state = not actor.sectors and sentence.tokens[source.head].ent_type == "GPE"
    if not named_state and not (actor.sectors and actor.sectors[0] in STATE_SECTORS):
        return None
    if found.code not in ("140", "141"):
        return None  # a hunger strike or a boycott stays what it is
    return Classification(OFFICIAL_COMPLAINT, found.confidence, found.trigger)


#: Codes of meetings and talks (CAMEO 04): named by a noun, they are news only when told as happening.
CONSULT_ROOT = "04"
#: Verbs that tell talks as happening ("talks between Iran and the EU resumed", "the meeting opened").
HAPPENING_VERBS = GRAMMAR.occurrence_verbs | frozenset({"begin", "conclude", "end", "open", "start"})


#: What refusing a cooperative act is (CAMEO 12): refusing to meet or talk (125), to yield (124: release,
#: lift, withdraw, end a strike), or, for other cooperation (intentions, diplomacy, aid), to cooperate (120).
REFUSALS = {"04": "125", "08": "124"}
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: A refusal read off a negated future is a little less sure than one told by a verb of refusing.
REFUSAL_FACTOR = 0.85


def _refusal_of(found: Classification) -> Classification | None:
    root = found.code[:2]
    if root not in COOPERATION_ROOTS:
        return None  # "will not attack": no event
    code = REFUSALS.get(root, "120")
    return Classification(code, found.confidence * REFUSAL_FACTOR, f"not {found.trigger}")


#: Objects that name the fighting itself: "gunmen and troops fought pitched battles" fought each other.
FIGHT_NOUNS = frozenset({"battle", "clash", "fight", "firefight", "gunbattle", "gunfight", "skirmish", "war"})


def _fought(sentence: Sentence, clause: Clause) -> bool:
    return any(
        c.dep == "dobj" and c.lemma.lower() in FIGHT_NOUNS for c in sentence.children(clause.verb)
    ) and clause.frame.verb in ("fight", "wage", "engage")


def _purpose_of_coded(sentence: Sentence, clause: Clause, coded_verbs: set[int]) -> bool:
    """ "began a hunger strike to demand the return of property", "blocked roads to press their demands":
    the purpose of an act already coded is what that act is for, not an act of its own."""
    verb = sentence.tokens[clause.verb]
    if verb.dep != "advcl" or verb.tag != "VB" or verb.head not in coded_verbs:
        return False
    return any(c.dep == "aux" and c.tag == "TO" for c in sentence.children(verb.i))


def _talks_as_topic(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """ "six-party talks on Pyongyang's nuclear ambitions appeared doomed", "threatens to exclude Tokyo from
    six-party talks": talks named by a noun are a topic unless the sentence tells them as happening (their
    verb is one of happening) or names their parties with "between"."""
    if not found.code.startswith(CONSULT_ROOT):
        return False
    noun = sentence.tokens[clause.verb]
    if any(c.dep == "prep" and c.text.lower() == "between" for c in sentence.children(noun.i)):
        return False
    verb = sentence.tokens[noun.head]
    return not (noun.dep in ("nsubj", "nsubjpass") and verb.lemma.lower() in HAPPENING_VERBS)


#: Violence by protesters is a riot (CAMEO 145: protest violently).
RIOT_CODE = "145"
PROTESTER_NOUNS = GRAMMAR.protester_nouns
#: Violent acts that protesters' doing makes a riot (not kidnapping, killing with weapons or bombing).
RIOT_ROOTS = ("180", "182", "190")


def _riot(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Rioters clashed with police in west Belfast", "protesters attacked a police station"."""
    if not found.code.startswith(RIOT_ROOTS):
        return None
    if sentence.tokens[source.head].lemma.lower() not in PROTESTER_NOUNS:
        return None
    return Classification(RIOT_CODE, found.confidence, found.trigger)


def _is_accident(sentence: Sentence, clause: Clause) -> bool:
    """ "victims killed by the Malaysia Airlines crash", "the earthquake killed 300": the doer is a disaster."""
    return any(sentence.tokens[i].lemma.lower() in ACCIDENT_NOUNS for i in clause.sources)


def _placed(argument: Argument) -> Argument:
    """An actor with a country, or marked as of unknown country (``---``) as PETRARCH does."""
    actor = argument.actor
    if actor.country or actor.code.startswith("---"):
        return argument
    return replace(argument, actor=replace(actor, code="---" + actor.code))


def _most_specific(events: list[Event]) -> list[Event]:
    """Drop an event that another of the same sentence and CAMEO root tells more precisely: "Israeli
    air strikes" (ISR) beside "Israeli warplanes struck" (ISRMIL) against the same target."""

    def covers(better: Event, worse: Event) -> bool:
        bs, bt, ws, wt = _code(better.source), _code(better.target), _code(worse.source), _code(worse.target)
        return (
            better is not worse
            and better.cameo.root == worse.cameo.root
            and bs.startswith(ws)
            and bt.startswith(wt)
            and len(bs) + len(bt) > len(ws) + len(wt)
        )

    return [e for e in events if not any(covers(other, e) for other in events)]


def _public(extra: dict[str, object]) -> dict[str, object]:
    """The extra fields an output record carries (the scores behind ``confidence`` stay inside)."""
    return {k: v for k, v in extra.items() if k not in ("score", "pattern_score")}


def _local(argument: Argument, location: Place | None) -> Argument:
    """A domestic role of unknown country ("police", "protesters"), or a group with no role, takes the
    country of the event's place ("Police arrested five protesters in Cairo": EGYCOP); soldiers and
    spies often act abroad, so they do not."""
    actor = argument.actor
    if not actor.code.startswith("---") or location is None or len(location.country) != 3:
        return argument
    sectors = actor.sectors
    if sectors and sectors[0] not in DOMESTIC_SECTORS:
        return argument  # a role-less group ("---MUS": Muslims) is local too
    code = location.country + actor.code[3:]
    return replace(argument, actor=replace(actor, code=code, country=location.country))


#: Roles that act at home: they take the country of the event's place when no other is known.
DOMESTIC_SECTORS = frozenset(
    {
        "COP",
        "JUD",
        "GOV",
        "LEG",
        "OPP",
        "CVL",
        "PTY",
        "EDU",
        "MED",
        "BUS",
        "LAB",
        "REB",
        "HLH",
        "AGR",
        "CRM",
        "REL",
        "PPL",
    }
)


def _trigger_tokens(sentence: Sentence, clause: Clause, found: Classification) -> tuple[int, ...]:
    """The clause's trigger tokens, keeping a preposition only when the code rests on it ("warned
    against", not "on Thursday warned")."""
    rule_words = set(found.trigger.lower().split())
    keep = [
        i
        for i in clause.trigger
        if i == clause.verb or sentence.tokens[i].dep == "prt" or sentence.tokens[i].text.lower() in rule_words
    ]
    for child in sentence.children(clause.verb):
        if child.dep in ("prep", "dative", "agent") and child.text.lower() in rule_words and child.i not in keep:
            keep.append(child.i)
    return tuple(sorted(keep))


def _trigger_span(sentence: Sentence, indices: tuple[int, ...]) -> tuple[str, int, int]:
    """The trigger's words as written ("calling on") and their character span in the article."""
    tokens = [sentence.tokens[i] for i in sorted(indices)]
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    if last.i - first.i == len(tokens) - 1:  # contiguous: the text as written, spacing included
        text = sentence.text[start - sentence.start : end - sentence.start]
    else:
        text = " ".join(t.text for t in tokens)
    return " ".join(text.split()), start, end


def _own_claim(
    sentence: Sentence, clause: Clause, speaker: Argument | None, source: Argument, found: Classification
) -> Classification | None:
    """ "The US claimed that they had attacked Iraq": a party that claims or admits its own act of force
    claims responsibility for it (CAMEO 015), which is what the statement does."""
    if speaker is None or found.code[:2] not in ACCUSED_ROOTS or speaker.actor.country != source.actor.country:
        return None
    if reporting_verb(sentence, clause.verb) not in CLAIMING_VERBS:
        return None
    return Classification(CLAIM_CODE, found.confidence, found.trigger)


def _is_accusation(speaker: Argument | None, source: Argument, found: Classification) -> bool:
    """Violence told by a party other than the one that acted is an accusation by the teller."""
    return (
        speaker is not None
        and found.code[:2] in ACCUSED_ROOTS
        and known_country(source.actor)
        and speaker.actor.country != source.actor.country
        and not is_monitor(speaker.actor.code, speaker.actor.sectors)
    )


def _foreigners(actors: SentenceActors, source: Argument, told_by: list[Argument], act: Classification) -> bool:
    """Whether the sentence names another country's actor, whom an act with no target found was most
    likely aimed at ("Peru granted asylum to five Panamanian officers"): then no act is coded alone (a
    protest, aimed at home unless a target is named, always is)."""
    if act.code[:2] in DOMESTIC_ROOTS:
        return False
    country = source.actor.country  # an organisation's "country" is IGO or NGO: it counts as foreign
    return any(known_country(a.actor) and a.actor.country != country for a in actors.bystanders(source, told_by))


def _is_with_object(sentence: Sentence, head: int) -> bool:
    token = sentence.tokens[head]
    return token.dep == "pobj" and sentence.tokens[token.head].text.lower() == "with"


def _is_media_statement(found: Classification, target: Argument) -> bool:
    """ "told the BBC", "writing in the Guardian": the outlet carries the statement, it is not its target."""
    return found.code.startswith("01") and "MED" in target.actor.sectors


def _code(actor: Actor | None) -> str:
    return actor.code if actor else ""


def _event_id(article_id: str, sentence: int, source: Actor, target: Argument | None, code: str, verb: int) -> str:
    target_code = target.actor.code if target is not None else ""
    key = f"{article_id}\x1f{sentence}\x1f{source.code}\x1f{target_code}\x1f{code}\x1f{verb}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
