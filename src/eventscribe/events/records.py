"""Event records: the actors placed at the event's place, the trigger's words and span, the date, the
PLOVER mapping and a stable id; and the choice among records of one sentence."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from eventscribe.events.arguments import Argument
from eventscribe.events.clauses import Clause
from eventscribe.events.codebook import Codebook
from eventscribe.events.doers import scene_victim
from eventscribe.events.frame import Classification
from eventscribe.events.plover import with_contexts
from eventscribe.events.state_actors import given_country
from eventscribe.model import Actor, Event, Evidence, ParsedArticle, Place, Sentence
from eventscribe.places import Gazetteer, pick_event_place
from eventscribe.when import pick_event_date

__all__ = [
    "APPRAISAL",
    "as_appraisal",
    "build_event",
    "code_of",
    "most_specific",
    "one_act_per_trigger",
    "one_judicial_act",
    "public_extra",
]

#: Confidence factors for arguments that come from an earlier mention or from the clause's head.
RECALLED_FACTOR = 0.85
INHERITED_FACTOR = 0.95


def build_event(
    parsed: ParsedArticle,
    sentence: Sentence,
    clause: Clause,
    found: Classification,
    source: Argument,
    target: Argument | None,
    *,
    gazetteer: Gazetteer,
    codebook: Codebook,
    trigger: tuple[int, ...] | None = None,
) -> Event:
    """The record of ``source``'s act ``found`` on ``target`` told by ``clause``."""
    article = parsed.article
    location = pick_event_place(sentence, clause.verb, gazetteer)
    source = local(placed(source), location)
    target = local(placed(target), location) if target is not None else None
    target = scene_victim(target, source, location)  # an unnamed attack's victims are of the scene
    cameo = codebook.cameo(found.code)
    when = pick_event_date(sentence, clause.verb, article.date, future=clause.future)
    confidence = found.confidence
    if source.recalled or (target is not None and target.recalled):
        confidence *= RECALLED_FACTOR
    if clause.inherited_subject:
        confidence *= INHERITED_FACTOR
    words, trigger_start, trigger_end = trigger_span(sentence, trigger or trigger_tokens(sentence, clause, found))
    return Event(
        event_id=event_id(article.id, sentence.index, source.actor, target, cameo.code, clause.verb),
        article_id=article.id,
        sentence_index=sentence.index,
        sentence=sentence.text,
        date=when.date if when else article.date,
        source=source.actor,
        target=target.actor if target is not None else None,
        cameo=cameo,
        plover=with_contexts(codebook.plover(cameo.code), sentence.text, cameo.code),
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


def placed(argument: Argument) -> Argument:
    """An actor with a country, or marked as of unknown country (``---``) as PETRARCH does."""
    actor = argument.actor
    if actor.country or actor.code.startswith("---"):
        return argument
    return replace(argument, actor=replace(actor, code="---" + actor.code))


def local(argument: Argument, location: Place | None) -> Argument:
    """A domestic role of unknown country ("police", "protesters"), or a group with no role, takes the
    country of the event's place ("Police arrested five protesters in Cairo": EGYCOP); soldiers and
    spies often act abroad, so they do not."""
    actor = argument.actor
    if not actor.code.startswith("---") or location is None or len(location.country) != 3:
        return argument
    sectors = actor.sectors
    if sectors and sectors[0] not in DOMESTIC_SECTORS:
        return argument  # a role-less group ("---MUS": Muslims) is local too
    return replace(argument, actor=given_country(actor, location.country))


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


def trigger_tokens(sentence: Sentence, clause: Clause, found: Classification) -> tuple[int, ...]:
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


def trigger_span(sentence: Sentence, indices: tuple[int, ...]) -> tuple[str, int, int]:
    """The trigger's words as written ("calling on") and their character span in the article."""
    tokens = [sentence.tokens[i] for i in sorted(indices)]
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    if last.i - first.i == len(tokens) - 1:  # contiguous: the text as written, spacing included
        text = sentence.text[start - sentence.start : end - sentence.start]
    else:
        text = " ".join(t.text for t in tokens)
    return " ".join(text.split()), start, end


def most_specific(events: list[Event]) -> list[Event]:
    """Drop an event that another of the same sentence and CAMEO root tells more precisely: "Israeli
    air strikes" (ISR) beside "Israeli warplanes struck" (ISRMIL) against the same target."""

    def covers(better: Event, worse: Event) -> bool:
        bs, bt, ws, wt = code_of(better.source), code_of(better.target), code_of(worse.source), code_of(worse.target)
        return (
            better is not worse
            and better.cameo.root == worse.cameo.root
            and bs.startswith(ws)
            and bt.startswith(wt)
            and len(bs) + len(bt) > len(ws) + len(wt)
        )

    return [e for e in events if not any(covers(other, e) for other in events)]


#: Finding guilty (CAMEO 116) and jailing (173): "when individuals are found guilty and are therefore
#: detained, use 173 instead" (the codebook's note to 116), so a sentence that tells both has one act.
GUILTY_CODE = "116"
DETAINED_CODE = "173"


def one_judicial_act(events: list[Event]) -> list[Event]:
    """ "A court sentenced the militant to 12 years after finding him guilty": the verdict and the prison
    term it brings are one act, coded 173; the 116 of the same source and target is dropped."""
    jailed = {(code_of(e.source), code_of(e.target)) for e in events if e.cameo.code.startswith(DETAINED_CODE)}
    return [e for e in events if not (e.cameo.code == GUILTY_CODE and (code_of(e.source), code_of(e.target)) in jailed)]


#: The extra field marking a record read from what a statement says of its party (appraisals.py).
APPRAISAL = "appraisal"


def as_appraisal(event: Event) -> Event:
    """``event`` marked as read from an appraisal ("dismissed the convention as insulting": 111)."""
    return replace(event, extra={**event.extra, APPRAISAL: True})


def one_act_per_trigger(events: list[Event]) -> list[Event]:
    """One verb tells one act between one source and one target: when a sentence's records share their
    trigger words and both parties but differ in CAMEO root ("Kerry dismissed the convention as
    insulting": a rejection and a criticism of the same party by the same word), one is kept. The
    appraisal is the more specific reading (CAMEO 010: a statement is coded as what it implies, here the
    criticism that the words "as insulting" make explicit); else the best scored. Records of other words,
    or of other parties, are left alone."""

    def key(e: Event) -> tuple[int | None, int | None, str, str]:
        return (e.evidence.trigger_start, e.evidence.trigger_end, code_of(e.source), code_of(e.target))

    best: dict[tuple[int | None, int | None, str, str], Event] = {}
    for event in events:
        k = key(event)
        if k not in best or _score(event) > _score(best[k]):
            best[k] = event
    return [e for e in events if best[key(e)] is e]


def _score(event: Event) -> tuple[bool, float]:
    score = event.extra.get("score", event.confidence)
    return bool(event.extra.get(APPRAISAL)), float(score) if isinstance(score, int | float) else event.confidence


def public_extra(extra: dict[str, object]) -> dict[str, object]:
    """The extra fields an output record carries (the scores behind ``confidence`` stay inside)."""
    return {k: v for k, v in extra.items() if k not in ("score", "pattern_score", APPRAISAL)}


def code_of(actor: Actor | None) -> str:
    return actor.code if actor else ""


def event_id(article_id: str, sentence: int, source: Actor, target: Argument | None, code: str, verb: int) -> str:
    target_code = target.actor.code if target is not None else ""
    key = f"{article_id}\x1f{sentence}\x1f{source.code}\x1f{target_code}\x1f{code}\x1f{verb}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
