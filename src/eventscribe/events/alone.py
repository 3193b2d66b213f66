"""Acts told with no target, and the clauses that tell them.

"Thousands of people marched in Bratislava", "the ministry declined to comment", "Peru's president
resigned": CAMEO codes such an act with its source alone. It is coded only in a clause that tells the
news (the main clause, a verb coordinated with it, what a speaker reports, or a finite adverbial clause
with a subject of its own), never for a bare statement ("officials said"), an act done with a partner,
a future act that is no intention, or a clause that only dates the news ("two weeks after rebels
stormed the town"). A protest with no target named is aimed at the protesters' own government, and a
protest's target of no named country ("the government") is of the protesters' country.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_national
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.events.state_actors import given_country, state_actor
from eventscribe.model import Actor, Sentence, Token

__all__ = [
    "ALONE_FACTOR",
    "DOMESTIC_ROOTS",
    "compatriot",
    "compatriot_doers",
    "dates_the_news",
    "foreigners_near",
    "known_country",
    "stands_alone",
    "their_government",
]

#: An act with no target is a little less sure than one with both parties (the target may be missed).
ALONE_FACTOR = 0.9
#: Tags of finite verbs: an adverbial clause with one and a subject of its own tells an act of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Codes never coded without a target: an attitude or a policy weighed that is about no party ("Premier Yu
#: hopes economic ties will guarantee peace", "the ministry has started to consider the coupon rate": 012,
#: 013, 014; on the tuning news batches none of the 15 so coded was gold), and acts done with a partner
#: (meetings, agreements, cooperation: "the minister discussed the arrest"). A bare statement (010) is
#: never coded at all (:data:`~eventscribe.events.audiences.BARE_STATEMENT`).
TARGETLESS_EXCLUDED = ("012", "013", "014", "04", "057", "06")
#: Acceding to demands (083: "resigned", "accepted demands") is coded with no target only where the
#: clause names the pressure yielded to ("resigned after weeks of protests", "amid calls for his ouster",
#: "accepted the demands"): "Brazilian Planning Minister Joao Sayad resigned" yields to no one, and none
#: of the hand-coded news sets codes such a resignation.
YIELDING_CODE = "083"
PRESSURE_PREPOSITIONS = frozenset({"after", "amid", "following", "over", "under"})
PRESSURE_NOUNS = frozenset(
    {"call", "criticism", "demand", "demonstration", "outcry", "pressure", "protest", "rally", "strike", "unrest"}
)
#: A denial ("denied that its troops crossed the border") or an admission ("admitted that its scientists
#: produced uranium") is the act, whatever its content clause says.
DENIAL_CODE = "016"
CONTENT_ACT_CODES = frozenset({DENIAL_CODE, "015"})
#: Verbs of a participle that adds an act of its own to the main one ("…, pledging to disarm", "…,
#: threatening reprisals"), unlike one that gives a reason or a setting ("…, citing opposition").
PLEDGING_VERBS = frozenset({"pledge", "promise", "vow", "threaten", "offer", "warn"})
#: Roots of intentions and threats, the only future acts coded.
INTENT_ROOTS = ("03", "13")
#: Roots of acts aimed at one's own state unless another is named (protest: CAMEO 14).
DOMESTIC_ROOTS = frozenset({"14"})


def stands_alone(sentence: Sentence, clause: Clause, found: Classification) -> bool:
    """Whether an act may be coded with no target: not an attitude about no party, nor an act done with
    a partner, nor a resignation under no pressure named, nor a future act that is no intention, nor a
    clause whose content clause tells the act ("said that ..."), nor a nominal event (those need both
    parties), nor an act in a clause that is background to another (see :func:`_is_main_clause`)."""
    if found.code.startswith(TARGETLESS_EXCLUDED):
        return False
    if found.code.startswith(YIELDING_CODE) and not _under_pressure(sentence, clause.verb):
        return False
    if clause.future and not found.code.startswith(INTENT_ROOTS):
        return False  # "Mexico will send troops to the border": not done, and not an intention to anyone
    verb = sentence.tokens[clause.verb]
    if clause.occurred:  # "protests erupted in Tripoli": the happening's verb is the clause
        head = sentence.tokens[verb.head]
        if head.dep == "prep":  # "were detained during protests": the verb the protests are the setting of
            head = sentence.tokens[head.head]
        return _is_main_clause(sentence, head)
    noun = _event_noun_of_participle(sentence, verb, found)
    if noun is not None:  # "the strike, called by the union, was the biggest": told as the noun is
        return noun.dep in NEWS_NOUN_DEPS and _is_main_clause(sentence, sentence.tokens[noun.head])
    content = any(c.dep in ("ccomp", "parataxis") for c in sentence.children(verb.i))
    if verb.pos not in ("VERB", "AUX") or (content and found.code not in CONTENT_ACT_CODES):
        return False
    return _is_main_clause(sentence, verb)


def _under_pressure(sentence: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` has a phrase of the pressure it yields to ("after weeks of protests",
    "under pressure", "amid calls for his ouster"), or whose object is that pressure ("accepted demands")."""
    for child in sentence.children(verb):
        if child.dep == "dobj" and child.lemma.lower() in PRESSURE_NOUNS:
            return True
        if child.dep != "prep" or child.text.lower() not in PRESSURE_PREPOSITIONS:
            continue
        for obj in sentence.children(child.i):
            named = [obj, *(g for p in sentence.children(obj.i) if p.dep == "prep" for g in sentence.children(p.i))]
            if obj.dep == "pobj" and any(n.lemma.lower() in PRESSURE_NOUNS for n in named):
                return True
    return False


#: Roles of an event noun in the clause that tells it as news: its subject or its object.
NEWS_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _event_noun_of_participle(sentence: Sentence, verb: Token, found: Classification) -> Token | None:
    """The event noun that a passive participle modifies and that gave the act its code ("the strike,
    called by the union": "call strike"; "a protest organised by students"), or None."""
    if verb.dep != "acl" or not sentence.tokens[verb.head].pos == "NOUN" or verb.head == verb.i:
        return None
    noun = sentence.tokens[verb.head]
    return noun if noun.lemma.lower() in found.trigger.lower().split() else None


def _is_main_clause(sentence: Sentence, verb: Token) -> bool:
    """A verb that tells the news itself: the root, a verb coordinated with it, the complement of a
    verb that frames it ("began to shell", "is prepared to impose"), or what a speaker reports. Not a
    participle or adverbial clause ("..., citing opposition", "an agreement forced on Qatar"), whose act
    is background to the main one."""
    seen: set[int] = set()
    while verb.i not in seen:
        seen.add(verb.i)
        if verb.dep == "ROOT":
            return True
        head = sentence.tokens[verb.head]
        if verb.dep in ("conj", "xcomp") or (verb.dep == "ccomp" and head.lemma.lower() in REPORTING_VERBS):
            verb = head
            continue
        if verb.dep == "acomp" or head.dep == "acomp":
            verb = head
            continue
        if verb.dep == "advcl" and verb.tag == "VBG" and verb.lemma.lower() in PLEDGING_VERBS:
            verb = head  # "abandoned its opposition, pledging to disarm": a second act, told as news
            continue
        # "… were killed after militants ambushed a patrol": a finite clause with a subject of its own
        return (
            verb.dep == "advcl"
            and verb.tag in FINITE_TAGS
            and _has_own_subject(sentence, verb)
            and not _time_anchor(sentence, verb)
        )
    return False


def _time_anchor(sentence: Sentence, verb: Token) -> bool:
    """ "… two weeks after rebels kidnapped peacekeepers": an earlier act that only dates the news."""
    for mark in sentence.children(verb.i):
        if mark.dep == "mark" and mark.i > 0:
            before = sentence.tokens[mark.i - 1]
            if before.dep == "npadvmod" or any(c.dep == "npadvmod" for c in sentence.children(mark.i)):
                return True
    return False


def dates_the_news(sentence: Sentence, verb: int) -> bool:
    """ "… two weeks after rebels kidnapped dozens of peacekeepers": a clause that dates the news by an
    earlier act, told before and not news here (with a target or without)."""
    token = sentence.tokens[verb]
    return token.dep == "advcl" and _time_anchor(sentence, token)


def _has_own_subject(sentence: Sentence, verb: Token) -> bool:
    return any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(verb.i))


def their_government(source: Argument, act: Classification) -> Argument | None:
    """The government a protest with no named target is aimed at: the protesters' own (None for
    other acts, for protesters of no known country and for a government's own acts, but for its own
    employees on strike: "civil servants were on strike across Britain")."""
    actor = source.actor
    if act.code[:2] not in DOMESTIC_ROOTS or not known_country(actor):
        return None
    if "GOV" in actor.sectors and not _public_employees(actor):
        return None
    return Argument(state_actor(actor.country, "GOV"), source.head)


#: Words of a government's employees, who protest or strike against their employer, the government.
EMPLOYEE_WORDS = frozenset({"clerk", "employee", "servant", "staff", "worker"})


def _public_employees(actor: Actor) -> bool:
    """ "Civil servants", "public sector workers", "government employees": a government's own staff."""
    return any(w.rstrip("s") in EMPLOYEE_WORDS or w in EMPLOYEE_WORDS for w in actor.text.lower().split())


def compatriot(target: Argument, source: Argument) -> Argument:
    """ "Iranian students protested against the government": a protest's target of no named country
    ("the government", "police") is of the protesters' own country."""
    actor = target.actor
    if not actor.code.startswith("---") or not known_country(source.actor):
        return target
    return replace(target, actor=given_country(actor, source.actor.country))


#: A threat to protest or strike (CAMEO 133) is done at home as the protest would be.
PROTEST_THREAT_CODE = "133"


def compatriot_doers(source: Argument, targets: list[Argument], act: Classification) -> Argument:
    """ "Some 7,000 miners went on strike at South African gold mines", "workers have gone on strike in
    Yugoslavia": protesters or strikers of no known country are of the one country where, or against whose
    state or firm, they protest (the mirror of :func:`compatriot`); an international body is no country."""
    actor = source.actor
    if not (act.code[:2] in DOMESTIC_ROOTS or act.code == PROTEST_THREAT_CODE) or not actor.code.startswith("---"):
        return source
    countries = {t.actor.country for t in targets if is_national(t.actor.country)}
    if len(countries) != 1:
        return source
    return replace(source, actor=given_country(actor, countries.pop()))


def known_country(actor: Actor) -> bool:
    """Whether an actor has a country of its own: "militants" or "gunmen" of no known side are not
    accused by whoever reports their attack; the attack itself is coded."""
    return len(actor.country) == 3 and actor.country.isalpha() and not actor.code.startswith("---")


def foreigners_near(
    actors: SentenceActors, source: Argument, told_by: list[Argument], act: Classification, verb: int
) -> bool:
    """Whether the sentence names another country's actor, whom an act with no target found was most
    likely aimed at ("Peru granted asylum to five Panamanian officers"): then no act is coded alone (a
    protest, aimed at home unless a target is named, always is). The parties inside what a denial or an
    admission of ``verb`` says are what is denied, not whom ("Iran denied that it had carried out
    nuclear work at a site of US concern")."""
    if act.code[:2] in DOMESTIC_ROOTS:
        return False
    said = _content_words(actors.sentence, verb) if act.code in CONTENT_ACT_CODES else set()
    country = source.actor.country  # an organisation's "country" is IGO or NGO: it counts as foreign
    return any(
        known_country(a.actor) and a.actor.country != country and a.head not in said
        for a in actors.bystanders(source, told_by)
    )


def _content_words(sentence: Sentence, verb: int) -> set[int]:
    """The words of the content clauses of ``verb`` ("denied that ...")."""
    return {t.i for c in sentence.children(verb) if c.dep == "ccomp" for t in sentence.subtree(c.i)}
