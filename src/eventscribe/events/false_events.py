"""Clauses that look like events and are not: games ("Argentina beats U.S. basketball team"),
disasters ("the earthquake killed 300"), trips at home ("Kerry headed to Pennsylvania"), the purpose of an act already coded, talks named only as a topic, and commerce between firms ("Samsung will invest $24 billion")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.reality import children_index
from eventscribe.events.weapons import is_weapon
from eventscribe.model import Actor, Event, Sentence, Token

if TYPE_CHECKING:
    from eventscribe.events.arguments import Argument

__all__ = [
    "VIOLENT_ROOTS",
    "has_sport_words",
    "home_trip",
    "is_accident",
    "is_commerce",
    "is_sport",
    "purpose_of_coded",
    "result_of_violence",
    "talks_as_topic",
]

#: Words that make "beat", "crush" or "defeat" a game rather than violence.
SPORT_WORDS = GRAMMAR.sport_words
SPORT_WEAK_WORDS = GRAMMAR.sport_weak_words
#: Disasters that kill without attacking anyone.
ACCIDENT_NOUNS = GRAMMAR.accident_nouns
ACCIDENT_VERBS = GRAMMAR.accident_verbs
VEHICLE_NOUNS = GRAMMAR.vehicle_nouns


#: Bodies set up or sent to do something (their infinitive is an act of its own).
MANDATED_BODIES = GRAMMAR.mandated_bodies
#: Codes of meetings and talks (CAMEO 04): named by a noun, they are news only when told as happening.
CONSULT_ROOT = "04"
#: Verbs that tell talks as happening ("talks between Iran and the EU resumed", "the meeting opened").
HAPPENING_VERBS = GRAMMAR.occurrence_verbs | frozenset({"begin", "conclude", "end", "open", "start"})


#: Verbs that tell talks as going on ("talks between the two sides are proceeding").
GOING_ON_VERBS = frozenset({"proceed", "progress", "continue"})
#: Prepositions that place an act in or after talks that were held ("during talks between …").
HELD_TALK_PREPS = frozenset({"after", "at", "during", "following", "through"})


#: A score ("beat England 18-17", "won 6-4, 6-2", "a 3-2 victory"): two small numbers joined by a hyphen,
#: not a range of years ("1999-2000"), a fraction ("2-1/2") or part of a longer token ("F-16", "7-11-2").
#: In AG News 386 of 1,900 sports items carry one and 19 of 1,900 world items, nearly all of them games.
SCORE = re.compile(r"(?<![\w.$/-])(\d{1,3})-(\d{1,3})(?![\w/-])")
#: Nouns a score may qualify ("a 3-2 victory", "a 21-16 win"); any other noun after two numbers makes them
#: a count or a measure ("killed 20-15 people", "a 4-2 hour siege").
SCORE_NOUNS = frozenset(
    {"defeat", "draw", "lead", "loss", "rout", "scoreline", "thrashing", "triumph", "victory", "win"}
)


def has_sport_words(tokens: Iterable[Token]) -> bool:
    """Whether ``tokens`` hold one word only games use ("football") or two that games often do ("the
    team won the final")."""
    forms = [{t.lemma.lower(), t.text.lower()} for t in tokens]
    return any(f & SPORT_WORDS for f in forms) or sum(bool(f & SPORT_WEAK_WORDS) for f in forms) > 1


def is_sport(sentence: Sentence) -> bool:
    """A game: words of games anywhere in the sentence (see ``has_sport_words``), or a score ("beat
    England 18-17")."""
    if has_sport_words(sentence.tokens) or SCORED.search(sentence.text):
        return True
    return any(_is_score(sentence, m) for m in SCORE.finditer(sentence.text))


#: Points, goals, runs or tries scored ("Charlie Hodgson scores 27 points as England overwhelm the Springboks").
SCORED = re.compile(
    r"\bscor(?:e|es|ed|ing) (?:\d+|two|three|four|five|a hat-trick of) (?:points|goals|runs|tries)\b", re.I
)


def _is_score(sentence: Sentence, match: re.Match[str]) -> bool:
    """A score is written winner first ("won 6-4", "a 3-2 victory"), so an ascending pair is a range
    ("15-20 people", "2-3 hours") or a date ("the 9-11 attacks"); nor is a pair that counts a noun."""
    if int(match.group(1)) < int(match.group(2)):
        return False
    after = sentence.start + match.end()
    following = next((t for t in sentence.tokens if t.idx >= after), None)
    if following is None or following.pos != "NOUN":
        return True
    return following.lemma.lower() in SCORE_NOUNS


def is_accident(sentence: Sentence, clause: Clause) -> bool:
    """ "victims killed by the Malaysia Airlines crash", "the earthquake killed 300": the doer is a disaster.
    So is a vehicle's accident the harm is told with ("a commuter plane crashed into a lake, killing all
    53", "a strong earthquake rocked the island, injuring several people", "a cargo ship hits a breakwater")."""
    kids = children_index(sentence)
    if any(_disaster(sentence.tokens[i], kids) for i in clause.sources):
        return True
    verb = sentence.tokens[clause.verb]
    told = [verb, sentence.tokens[verb.head]] if verb.dep in ("advcl", "conj") else [verb]
    for v in told:
        subjects = [
            c.lemma.lower() for c in sentence.children(v.i) if c.dep in ("nsubj", "nsubjpass") and _disaster(c, kids)
        ]
        if v.lemma.lower() in ACCIDENT_VERBS or set(subjects) & ACCIDENT_NOUNS:
            return True
        hitters = {c.lemma.lower() for c in sentence.children(v.i) if c.dep == "nsubj"}
        if hitters & VEHICLE_NOUNS and v.lemma.lower() in ("hit", "strike", "slam"):
            return True  # the vessel that hits, not one that is hit ("a navy ship was hit by shells")
    return False


def _disaster(token: Token, kids: list[list[Token]]) -> bool:
    """Whether a noun names a disaster ("the crash", "a fire"), not shooting ("Israeli tank fire")."""
    return token.lemma.lower() in ACCIDENT_NOUNS and not is_weapon(token, kids)


#: Codes of support told as a description of a thing ("a channel backed by Hezbollah"); an accord
#: "reached" between parties (057) may be the news itself.
DESCRIBED_SUPPORT_CODES = ("051", "052")


def described_support(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """ "a satellite TV channel backed by Hezbollah", "a plan supported by the opposition": a participle
    that describes a noun by who backs it tells no act of support here, only what the thing is."""
    verb = sentence.tokens[clause.verb]
    if not found.code.startswith(DESCRIBED_SUPPORT_CODES) or verb.dep != "acl" or verb.tag != "VBN":
        return False
    return sentence.tokens[verb.head].pos in ("NOUN", "PROPN") and verb.head != verb.i


#: Verbs of agreeing, and the code they give alone (030, intent to cooperate).
AGREEING_VERBS = frozenset({"agree", "concur"})
AGREEING_CODE = "030"


def agreed_view(sentence: Sentence, clause: Clause, found: Classification, parties: Mapping[int, Argument]) -> bool:
    """ "agreed that the stock market was over-heated", "agreed in Brussels today that 300,000 tonnes
    would be made available": agreeing that something is so shares a view or tells a decision; it is no
    intent to cooperate with anyone. Agreeing to act ("agreed to buy"), on a thing ("agreed on a
    ceasefire") or with a party ("agreed with Iran") keeps its own frame, and so do parties of two
    countries that agree that something will be done ("Iran and Iraq agreed that a ceasefire would take
    effect"). ``parties``: the sentence's actors, by the token that names each."""
    verb = sentence.tokens[clause.verb]
    if found.code != AGREEING_CODE or verb.lemma.lower() not in AGREEING_VERBS:
        return False
    if len({parties[i].actor.country for i in clause.sources if i in parties and parties[i].actor.country}) > 1:
        return False
    kids = sentence.children(clause.verb)
    if any(k.dep in ("xcomp", "dobj") or (k.dep == "prep" and k.text.lower() in ("on", "to", "with")) for k in kids):
        return False
    return any(
        k.dep == "ccomp" and any(m.dep == "mark" and m.text.lower() == "that" for m in sentence.children(k.i))
        for k in kids
    )


def purpose_of_coded(sentence: Sentence, clause: Clause, coded_verbs: set[int]) -> bool:
    """ "began a hunger strike to demand the return of property", "blocked roads to press their demands":
    the purpose of an act already coded is what that act is for, not an act of its own."""
    verb = sentence.tokens[clause.verb]
    if verb.dep != "advcl" or verb.tag != "VB" or verb.head not in coded_verbs:
        return False
    if any(c.dep == "dobj" and c.lemma.lower() in MANDATED_BODIES for c in sentence.children(verb.head)):
        return False  # "sent a team to investigate the killings": the team is sent to do just that
    return has_to_aux(sentence.children(verb.i))


#: Roots of violence (assault, fighting, mass violence).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def result_of_violence(sentence: Sentence, clause: Clause, found: Classification, violent_verbs: set[int]) -> bool:
    """ "Rebels shelled the town, killing 20 people", "militiamen attacked the camp, wounding dozens": the
    dead and wounded that a participle adds are what the violent act already coded did, one act told
    twice, not a second attack (the participle has no subject of its own)."""
    verb = sentence.tokens[clause.verb]
    if found.code[:2] not in VIOLENT_ROOTS or verb.dep != "advcl" or verb.tag != "VBG":
        return False
    if verb.head not in violent_verbs:
        return False
    return not any(c.dep in ("nsubj", "nsubjpass", "mark") for c in sentence.children(verb.i))


def talks_as_topic(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """ "six-party talks on Pyongyang's nuclear ambitions appeared doomed", "threatens to exclude Tokyo from
    six-party talks": talks named by a noun are a topic unless the sentence tells them as happening (their
    verb is one of happening) or, naming their parties with "between", as what a verb did ("hosted talks
    between the two ministers"). Talks between two parties that are only talked about ("Dialogue between
    China and France is conducive to peace", "talks between the government and rebels could fail", "a
    reply related to a summit meeting between Reagan and Mulroney") are no meeting."""
    if not found.code.startswith(CONSULT_ROOT) or clause.setting:  # "said after talks with Y"
        return False
    noun = sentence.tokens[clause.verb]
    verb = sentence.tokens[noun.head]
    if noun.dep in ("nsubj", "nsubjpass") and verb.lemma.lower() in HAPPENING_VERBS:
        return False
    between = any(c.dep == "prep" and c.text.lower() == "between" for c in sentence.children(noun.i))
    if not between:
        return True
    if noun.dep in ("dobj", "ROOT"):  # "hosted talks between …", a headline
        return False
    if noun.dep in ("nsubj", "nsubjpass") and verb.lemma.lower() in GOING_ON_VERBS:  # "talks … are proceeding"
        return False
    # "signed during a meeting between …", "after talks between …": the talks told as held, the act's setting
    return not (noun.dep == "pobj" and verb.text.lower() in HELD_TALK_PREPS)


#: Codes of visits (CAMEO 042): a visit is made to another party.
VISIT_ROOT = "042"


def home_trip(act: Classification, source: Actor, target: Actor) -> bool:
    """ "John Kerry headed to Pennsylvania", "the president flew to Texas": a trip to a place of one's own
    country visits no other party (the target is only that country, with no role named)."""
    if not act.code.startswith(VISIT_ROOT) or target.sectors:
        return False
    return bool(source.country) and target.code == source.country


#: Roots of cooperation (intent to cooperate, diplomatic and material cooperation, aid, yielding): done
#: by a firm on no one or on another firm, they are commerce ("Samsung will invest in new chip lines",
#: "the two carmakers signed a deal"), not a political event; CAMEO's actors are political.
COMMERCE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
#: A firm suing a firm is a business dispute too ("Saul Zaentz sues the producers of The Lord of the Rings").
LAWSUIT_CODE = "115"
BUSINESS_SECTOR = "BUS"
#: Firms: a company, or a media company ("Dow Jones Company, the publisher of The Wall Street Journal").
FIRM_SECTORS = frozenset({BUSINESS_SECTOR, "MED"})
COMMERCE_VERBS = GRAMMAR.commerce_verbs
#: A deal the trigger leads to: "agreed to buy", "has agreed in principle to sell", "plans to acquire".
_DEAL_AFTER = re.compile(r"^\W*(?:[\w'-]+\W+){0,6}?to\s+(\w+)")


def _business(actor: Actor | None) -> bool:
    return actor is not None and actor.sectors[:1] == (BUSINESS_SECTOR,)


def is_commerce(event: Event) -> bool:
    """A firm's cooperation, or its lawsuit, with no political party at either end, or a firm's deal to
    buy or sell (:data:`COMMERCE_VERBS`) with anyone: a business act, no event."""
    if event.cameo.code.startswith(LAWSUIT_CODE):  # a suit against nobody named may be the state's
        return _business(event.source) and _business(event.target)
    if event.cameo.root not in COMMERCE_ROOTS:
        return False
    if _business(event.source) and (event.target is None or _business(event.target)):
        return True
    if _sale(event) and not _between_states(event):
        return True  # "will sell 25 pct of the airline to the public": a privatisation, no event
    return _firm(event.source) and _is_deal(event)


#: Verbs of a rule that sells ("sell to", "will sell to"; rules.yaml codes a state's sale 061).
SALE_VERBS = frozenset({"sell", "export"})


def _sale(event: Event) -> bool:
    """Whether the act was coded by a rule of selling."""
    return bool(SALE_VERBS & set(str(event.extra.get("rule", "")).split()))


def _between_states(event: Event) -> bool:
    """Whether both parties are national actors of two different countries (or an IGO and a country)."""
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.country:
        return False
    return source.country != target.country and not (_firm(source) or _firm(target))


def _firm(actor: Actor | None) -> bool:
    return actor is not None and actor.sectors[:1] != () and actor.sectors[0] in FIRM_SECTORS


def _is_deal(event: Event) -> bool:
    """Whether the trigger leads to a purchase or a sale ("agreed to buy", "agreed in principle to sell")."""
    end = event.evidence.trigger_end
    if end is None:
        return False
    found = _DEAL_AFTER.match(event.sentence[end - event.evidence.start :])
    return found is not None and found.group(1).lower() in COMMERCE_VERBS
