"""Strikes and boycotts told by a noun that is the subject of what it did: "a strike by dock workers
entered its third day", "the teachers' walkout shut schools across the country".

CAMEO 143 ("conduct strike or boycott") is coded on its doers; when no party is named that the strike
is against, the coder aims it at the doers' own government, as for every protest (see ``alone``). The
nominal reader (:mod:`~eventscribe.events.nominal`) needs a target for a noun that is a subject, so a
strike whose verb's object is a thing or a time ("entered its third day", "shut the port") was lost.

The codebook's note on 143 ("this event form does not refer to military strikes, which are coded under
category 19") is why a "strike" aimed at a place or that kills is read as force (:func:`reading_of`).

A noun is read as a work stoppage or boycott done here only when:

- it is a stoppage noun ("strike", "walkout", "boycott", "stoppage") and, for "strike", which also names
  a military blow ("an Israeli strike killed two militants") or a sports shot, the noun says it is a
  stoppage: a labour word ("general", "nationwide", "two-day", "wildcat") or a doer who is a body of
  workers ("a strike by teachers", "the miners' strike"); never "air", "drone", "missile", "lightning";
- its doer is named by a "by" phrase, a possessor or a modifier; a strike of a labour kind with no doer
  named ("a general strike paralysed Nepal") is left to the coder, which takes the people of the place;
- it is the subject of an active verb told as real: not "would", "could", "may" ("a strike would hurt
  the economy"), not negated, not a verb of what is still ahead ("a strike looms").
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.frame import LIGHT_FRAME_VERB, VerbFrame
from eventscribe.events.phrases import expand
from eventscribe.events.reality import is_eventive
from eventscribe.events.weapons import is_weapon
from eventscribe.model import Sentence, Token

__all__ = [
    "BLOW_READING",
    "STOPPAGE_NOUNS",
    "light_verb_object",
    "no_doer",
    "on_strike",
    "reading_of",
    "stoppage_clause",
]

#: Nouns of a work stoppage or a boycott (CAMEO 143).
STOPPAGE_NOUNS = frozenset({"boycott", "stoppage", "strike", "walkout"})
#: Words that make "strike" a work stoppage ("a general strike", "a two-day strike", "a wildcat strike").
LABOUR_MODIFIERS = frozenset(
    {"day", "general", "indefinite", "national", "nationwide", "one-day", "rolling", "sympathy", "token", "wildcat",
     "work", "labour", "labor", "hour", "week"}
)  # fmt: skip
#: Modifiers of "strike" that name a blow, not a stoppage.
BLOW_MODIFIERS = frozenset(
    {"air", "airstrike", "artillery", "drone", "first", "lightning", "military", "missile", "nuclear", "pre-emptive",
     "precision", "preemptive", "retaliatory", "rocket", "surgical", "counter"}
)  # fmt: skip
#: Nouns of bodies of workers, and of the civilian groups who call general strikes, whose strike is a
#: stoppage ("a strike by nurses", "the dockers' strike", "an opposition strike against the government").
WORKER_NOUNS = frozenset(
    {"crew", "docker", "doctor", "driver", "employee", "engineer", "farmer", "guard", "lawyer", "miner", "nurse",
     "pilot", "porter", "railwayman", "staff", "student", "teacher", "trader", "trucker", "union", "unionist",
     "worker", "workforce", "shopkeeper", "merchant", "civil servant", "servant", "controller", "attendant",
     "activist", "opposition", "party", "protester", "transporter", "operator"}
)  # fmt: skip
#: Verbs whose subject has not happened yet ("a strike looms", "a boycott approaches").
AHEAD_VERBS = frozenset({"approach", "loom", "threaten"})
#: Dependencies that name a stoppage noun's doer.
DOER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def stoppage_clause(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    """A strike or boycott noun, the subject of a real act, with its named doers and no target (None when
    the noun is no stoppage, has no doer, or is not told as done)."""
    lemma = noun.lemma.lower()
    if lemma == "strike" and noun.dep == "pobj":
        return on_strike(sentence, noun, kids)
    if lemma not in STOPPAGE_NOUNS or noun.dep != "nsubj" or noun.head == noun.i:
        return None
    verb = sentence.tokens[noun.head]
    if verb.pos != "VERB" or verb.lemma.lower() in AHEAD_VERBS or not is_eventive(sentence, verb.i, kids):
        return None
    modifiers = [c for c in kids[noun.i] if c.dep in DOER_DEPS]
    words = _kind_words(modifiers, kids)
    if _blow_words(modifiers, kids):
        return None
    doers = _doers(sentence, noun, kids, modifiers)
    labour = bool(words & LABOUR_MODIFIERS)
    if not doers and not labour:  # "a general strike paralysed Nepal": the people of the place struck
        return None
    if lemma == "strike" and not (labour or any(_is_workers(sentence.tokens[d]) for d in doers)):
        return None
    names = [c.lemma.lower() for c in modifiers if c.dep in ("amod", "compound")]
    frame = VerbFrame(verb=LIGHT_FRAME_VERB, objects=(lemma, *names))
    return Clause(verb=noun.i, frame=frame, sources=tuple(doers), targets=(), trigger=(noun.i,), occurred=True)


#: Verbs of being on strike ("were on strike", "remained on strike"); "went on strike" is a rule's.
STATE_VERBS = frozenset({"be", "remain", "stay"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def on_strike(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    """ "Thousands of civil servants were on strike across Wales", "most of the seamen remained on
    strike": the subject of being on strike is striking (CAMEO 143), aimed at no one named (the coder
    aims it at the strikers' government). None for any other "strike" after a preposition, and for a
    state told as unreal ("could be on strike", "were not on strike")."""
    prep = sentence.tokens[noun.head]
    if prep.text.lower() != "on" or prep.dep != "prep" or prep.head == prep.i:
        return None
    kinds = [c for c in kids[noun.i] if c.dep not in ("prep", "punct")]
    if any(not _labour_word(c) and c.lemma.lower() != "hunger" for c in kinds):
        return None  # not "on the strike fund", "on strike action": the bare noun, or "on hunger strike"
    verb = sentence.tokens[prep.head]
    if verb.lemma.lower() not in STATE_VERBS or not is_eventive(sentence, verb.i, kids):
        return None
    subject = next((c for c in kids[verb.i] if c.dep in SUBJECT_DEPS), None)
    subjects = expand(subject, kids)  # "most of the seamen": the seamen
    if not subjects:
        return None
    frame = VerbFrame(verb=LIGHT_FRAME_VERB, objects=("strike", *(c.lemma.lower() for c in kinds)))
    return Clause(verb=noun.i, frame=frame, sources=tuple(subjects), targets=(), trigger=(noun.i,), occurred=True)


#: The event noun a "strike" that is a blow is read as (coded as force, CAMEO 190, in ``rules.yaml``).
BLOW_READING = "military strike"
#: Prepositions of what a blow is aimed at ("strikes on Gaza", "a strike against rebel positions").
BLOW_PREPS = frozenset({"against", "on", "upon"})
#: Verbs of harm whose subject "strike" is a blow ("an Israeli strike killed two militants").
HARM_VERBS = frozenset(
    {"damage", "destroy", "flatten", "injure", "kill", "level", "wound"}
)  # not "hit": "strike hits flights"


def reading_of(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> str:
    """The event noun to code ``noun`` as: "military strike" for a "strike" that is a blow, not a
    stoppage ("Israeli strikes on Gaza", "a U.S. strike killed …"), else the noun's own lemma. A
    strike of a labour kind or by workers stays a stoppage ("a strike by dockers on Monday")."""
    lemma = noun.lemma.lower()
    if lemma != "strike":
        return lemma
    modifiers = [c for c in kids[noun.i] if c.dep in DOER_DEPS]
    words = _kind_words(modifiers, kids)
    doers = _doers(sentence, noun, kids, modifiers)
    if words & LABOUR_MODIFIERS or any(_is_workers(sentence.tokens[d]) for d in doers):
        return lemma
    aimed = any(
        c.dep == "prep" and c.text.lower() in BLOW_PREPS and any(_aimed_at(p) for p in kids[c.i] if p.dep == "pobj")
        for c in kids[noun.i]
    )
    harmed = noun.dep == "nsubj" and sentence.tokens[noun.head].lemma.lower() in HARM_VERBS
    armed = is_weapon(noun, kids)  # "surgical strikes", "a retaliatory strike", "air strikes"
    return BLOW_READING if aimed or harmed or armed else lemma


#: Nouns of when, not of what, after "on" ("a strike on Monday").
TIME_NOUNS = frozenset(
    {"day", "evening", "morning", "night", "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "today", "tonight", "eve", "anniversary"}
)  # fmt: skip


#: Nouns of what a blow strikes ("a strike on rebel positions"), beside named places.
STRUCK_NOUNS = frozenset(
    {"base", "camp", "compound", "convoy", "facility", "fighter", "hideout", "insurgent", "militant", "position",
     "rebel", "site", "stronghold", "target", "town", "village"}
)  # fmt: skip


def _aimed_at(pobj: Token) -> bool:
    """Whether a blow preposition's object is something struck: a place named ("strikes on Gaza") or a
    military object ("on rebel positions"); not a time ("on Monday") nor a policy ("a strike against the
    austerity plan")."""
    if pobj.ent_type in ("DATE", "TIME") or pobj.lemma.lower() in TIME_NOUNS:
        return False
    return pobj.ent_type in ("GPE", "LOC", "FAC", "NORP") or pobj.lemma.lower() in STRUCK_NOUNS


def no_doer(sentence: Sentence, clause: Clause) -> bool:
    """Whether a stoppage noun's clause names no doer but only the strike's kind ("a general strike in
    Nepal": "general" is no one)."""
    noun = sentence.tokens[clause.verb]
    if noun.lemma.lower() not in STOPPAGE_NOUNS:
        return False
    return all(_labour_word(sentence.tokens[i]) for i in clause.sources)


def _doers(sentence: Sentence, noun: Token, kids: list[list[Token]], modifiers: list[Token]) -> list[int]:
    """The heads naming who struck: a "by" phrase, else a possessor or an actor-naming modifier."""
    for prep in kids[noun.i]:
        if prep.dep == "prep" and prep.text.lower() == "by":
            pobj = next((c for c in kids[prep.i] if c.dep == "pobj"), None)
            if pobj is not None:
                return [pobj.i, *(c.i for c in kids[pobj.i] if c.dep == "conj")]
    return [c.i for c in modifiers if c.pos in ("PROPN", "NOUN", "ADJ") and not _labour_word(c)]


def _kind_words(modifiers: list[Token], kids: list[list[Token]]) -> set[str]:
    """The words of a noun's modifiers and theirs, a hyphenated one by its last part ("two-day": "day")."""
    return {w.lower().rsplit("-", 1)[-1] for c in modifiers for w in (c.lemma, *(g.lemma for g in kids[c.i]))}


def _blow_words(modifiers: list[Token], kids: list[list[Token]]) -> set[str]:
    """The words of a blow among a noun's own modifiers and those coordinated with them ("an air
    strike", "drone and missile strikes"), not their modifiers': in "an air traffic control strike" the
    "air" is of the traffic, and the strike is the controllers'."""
    words = {c for c in modifiers} | {g for c in modifiers for g in kids[c.i] if g.dep == "conj"}
    return {w.lemma.lower().rsplit("-", 1)[-1] for w in words} & BLOW_MODIFIERS


def _labour_word(token: Token) -> bool:
    """ "general", "two-day", "48-hour": a word of the stoppage's kind or length, not of its doer."""
    lemma = token.lemma.lower()
    return lemma in LABOUR_MODIFIERS or lemma.rsplit("-", 1)[-1] in LABOUR_MODIFIERS


def _is_workers(token: Token) -> bool:
    return token.lemma.lower() in WORKER_NOUNS or token.lemma.lower().rstrip("s") in WORKER_NOUNS


def light_verb_object(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> str:
    """The event noun a light verb's object is read as ("launched a strike on Gaza", "carried out
    strikes against rebel positions"): "military strike" for a bare "strike" aimed at a place or a
    military object, which the codebook's note on 143 sends to category 19; the noun's own lemma
    otherwise. A strike named by its kind ("an air strike", "a general strike") keeps its lemma, which
    the rules read with its modifier; so does one by workers ("a strike by pilots on Monday")."""
    lemma = noun.lemma.lower()
    if lemma != "strike" or _blow_words([c for c in kids[noun.i] if c.dep in DOER_DEPS], kids):
        return lemma
    reading = reading_of(sentence, noun, kids)
    if reading != lemma or noun.dep != "dobj" or noun.head == noun.i:
        return reading
    if _by_workers(sentence, noun, kids):
        return lemma
    verb = sentence.tokens[noun.head]  # "launched a strike on Gaza" with the "on" phrase hung on the verb
    aimed = any(
        c.dep == "prep" and c.text.lower() in BLOW_PREPS and any(_aimed_at(p) for p in kids[c.i] if p.dep == "pobj")
        for c in kids[verb.i]
    )
    return BLOW_READING if aimed else lemma


def _by_workers(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> bool:
    """Whether a strike is of a labour kind or its doer (or its verb's subject) is a body of workers."""
    modifiers = [c for c in kids[noun.i] if c.dep in DOER_DEPS]
    if _kind_words(modifiers, kids) & LABOUR_MODIFIERS:
        return True
    subjects = [c.i for c in kids[noun.head] if c.dep == "nsubj"]
    return any(_is_workers(sentence.tokens[d]) for d in [*_doers(sentence, noun, kids, modifiers), *subjects])
