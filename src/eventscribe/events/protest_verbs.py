"""Words of protest used in their other senses: "US stocks rallied", "the Blue Jays rallied past the
Yankees", "Samsung demonstrated a new phone", "troops marched into the camp".

CAMEO 141 ("demonstrate or rally") is a crowd's public protest. Three of its verbs are far more often
something else in news, and each is told apart by what the sentence itself says:

- "demonstrate" is to protest only when people do it with no object: "protesters demonstrated outside
  parliament"; with an object or a content clause, in the passive, or done by a state or a team, it is
  to show ("demonstrated its new chip", "demonstrated that the plan works", "Australia demonstrated why
  they are the best side"), no event;
- "rally" is a protest only when people rally: its doer is a crowd or a body of people ("workers",
  "thousands", "Palestinians"); a price, a market, a currency, a team or a named player that rallies
  recovers ("the dollar rallied", "Hewitt rallied to win"), and one who rallies others gathers support
  ("rallying his party"), neither a protest; the noun "rally" of a market or a game ("a rally in oil
  prices", "a stock market rally", "a three-run rally") is none either;
- "march" by soldiers is a movement of troops ("Syrian troops marched into the camp"), not a protest.

Rallying behind or around someone is endorsing them (CAMEO 051, in ``rules.yaml``), not a protest.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventscribe.events.arguments import Argument
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.phrases import of_object
from eventscribe.model import Sentence, Token

__all__ = ["PEOPLE_NOUNS", "not_a_protest"]

DEMONSTRATION_CODE = "141"
#: Dependencies of what is shown: an object, a content clause or a complement ("demonstrated its worth");
#: not an infinitive, which is the protest's aim ("students demonstrated to demand reforms").
SHOWN_DEPS = frozenset({"dobj", "ccomp", "attr", "oprd"})
#: Nouns of people who rally in protest: crowds, numbers of them, and bodies of people.
PEOPLE_NOUNS = frozenset(
    {"activist", "citizen", "colleague", "crowd", "demonstrator", "dozen", "employee", "family", "farmer", "fan",
     "hundred", "marcher", "member", "million", "miner", "monk", "mother", "nurse", "opponent", "opposition",
     "peasant", "pensioner", "people", "protester", "protestor", "refugee", "relative", "resident", "score",
     "settler", "shopkeeper", "student", "supporter", "teacher", "ten", "thousand", "trader", "union", "unionist",
     "veteran", "victim", "villager", "voter", "woman", "worker", "youth", "doctor", "lawyer", "driver",
     "trucker", "merchant", "muslim", "christian", "hindu", "sikh", "buddhist", "jew", "catholic", "shiite",
     "sunni", "kurd", "tribesman", "cleric", "journalist", "staff", "man", "civil servant", "servant", "group"}
)  # fmt: skip
#: Words of markets and games: what a "rally" of them is ("a rally in oil prices", "a late-inning rally").
MARKET_WORDS = frozenset(
    {"asset", "bond", "bourse", "bull", "cattle", "cocoa", "coffee", "commodity", "copper", "corn", "crude",
     "currency", "dollar", "dow", "equity", "euro", "exchange", "franc", "ftse", "futures", "gold", "grain",
     "index", "inning", "market", "metal", "nasdaq", "nikkei", "oil", "peso", "point", "pound", "price",
     "rebound", "relief", "share", "silver", "soybean", "sterling", "stock", "sugar", "treasury", "wheat",
     "yen", "yield", "wall", "trading", "sector", "run", "set", "championship", "race", "round", "motor"}
)  # fmt: skip
#: Verbs of a rally that is a race or a game's spell ("won the rally", "capped a three-run rally").
WON_VERBS = frozenset({"cap", "win"})
#: Soldiers, whose marching is a movement of troops.
SOLDIER_NOUNS = frozenset(
    {"army", "battalion", "column", "force", "guard", "marine", "paratrooper", "regiment", "soldier", "tank",
     "troop", "unit"}
)  # fmt: skip


def not_a_protest(
    sentence: Sentence, clause: Clause, found: Classification, actors: Mapping[int, Argument] | None = None
) -> bool:
    """Whether a clause coded as a demonstration (141) uses its protest word in another sense (see the
    module's note): then it is no event. ``actors``: the sentence's resolved actors by head, whose
    organisations and parties rally as people do ("the Muslim Brotherhood rallied")."""
    actors = actors or {}
    if found.code != DEMONSTRATION_CODE:
        return False
    verb = sentence.tokens[clause.verb]
    lemma = verb.lemma.lower()
    if verb.pos == "VERB" and lemma == "demonstrate":  # "has been demonstrated", "Australia demonstrated why"
        kids = sentence.children(verb.i)
        shown = any(c.dep in SHOWN_DEPS or c.dep in ("mark", "auxpass", "nsubjpass") for c in kids)
        return shown or not _people_did(sentence, clause, actors)
    if verb.pos == "VERB" and lemma == "rally":
        return _rallied_others(sentence, verb) or not _people_did(sentence, clause, actors)
    if verb.pos == "VERB" and lemma == "march":
        soldiers = any(_head_lemma(sentence, sentence.tokens[i]) in SOLDIER_NOUNS for i in clause.sources)
        return soldiers and not _soldiers_protest(sentence, verb)
    noun = _protest_noun(sentence, clause, "rally")
    if noun is not None and _market_rally(sentence, noun, clause):
        return True
    noun = _protest_noun(sentence, clause, "demonstration")
    return noun is not None and _shown(sentence, noun)


#: Verbs of a march's demand ("marched on parliament demanding unpaid pensions").
DEMAND_VERBS = frozenset({"chant", "demand", "denounce", "protest", "urge"})
#: Words of protest elsewhere in the sentence ("soldiers marched in protest at the cuts").
PROTEST_WORDS = frozenset({"demonstration", "demonstrator", "grievance", "protest", "protester", "rally", "strike"})
#: Seats of power marched on by a crowd ("marched on parliament", "on the ministry of defence").
INSTITUTION_NOUNS = frozenset(
    {"assembly", "capitol", "congress", "court", "embassy", "headquarters", "legislature", "ministry", "office",
     "palace", "parliament", "residence", "senate", "hall", "house", "chamber"}
)  # fmt: skip


def _soldiers_protest(sentence: Sentence, verb: Token) -> bool:
    """ "Former soldiers marched on parliament demanding unpaid pensions", "troops marched in protest":
    soldiers who march with a demand, with a word of protest, or on a seat of power protest; others
    move ("troops marched into the camp")."""
    if any(t.lemma.lower() in PROTEST_WORDS for t in sentence.tokens):
        return True
    for child in sentence.children(verb.i):
        if child.dep in ("advcl", "xcomp", "conj") and child.lemma.lower() in DEMAND_VERBS:
            return True
        if child.dep == "prep" and child.text.lower() == "on":
            objects = [c for c in sentence.children(child.i) if c.dep == "pobj"]
            if any(o.lemma.lower() in INSTITUTION_NOUNS for o in objects):
                return True
    return False


#: What one rallies who gathers support ("rallied his party", "rallied support"), beside people.
RALLIED_OBJECTS = frozenset(
    {"ally", "army", "backing", "base", "country", "nation", "opinion", "party", "support", "team"}
)


#: Numbers of a crowd brought out ("rallied thousands of supporters"): a rally held, not support won.
CROWD_COUNTS = frozenset({"crowd", "dozen", "hundred", "million", "score", "ten", "tens", "thousand"})


def _rallied_others(sentence: Sentence, verb: Token) -> bool:
    """ "Rallying a party stung by losses", "rallied support for the bill": rallying someone is
    gathering support, not a protest (not "rallied outside parliament", a place the parser took for an
    object); but a crowd brought out, or people rallied against someone ("rallied thousands of supporters
    against the government"), is a rally held."""
    for c in sentence.children(verb.i):
        if c.dep != "dobj" or not (c.lemma.lower() in RALLIED_OBJECTS or _head_lemma(sentence, c) in PEOPLE_NOUNS):
            continue
        if c.lemma.lower().rstrip("s") in CROWD_COUNTS or _against(sentence, verb) or _against(sentence, c):
            return False
        return True
    return False


def _against(sentence: Sentence, token: Token) -> bool:
    return any(c.dep == "prep" and c.text.lower() == "against" for c in sentence.children(token.i))


#: Sectors of organisations and parties that rally as their members do ("the Muslim Brotherhood rallied",
#: "opposition parties demonstrated"), unlike a state, an army or a team.
RALLYING_SECTORS = frozenset({"OPP", "PTY", "LAB", "EDU", "REL", "CVL", "NGO", "HRI", "REB", "ETH"})


def _people_did(sentence: Sentence, clause: Clause, actors: Mapping[int, Argument]) -> bool:
    """Whether the doers of a rally are people ("workers", "thousands of Italians", "Palestinians") or a
    body of them (a resolved party, opposition or other group of a country)."""
    for i in clause.sources:
        token = sentence.tokens[i]
        if _head_lemma(sentence, token) in PEOPLE_NOUNS:
            return True
        actor = actors[i].actor if i in actors else None
        if actor is not None and RALLYING_SECTORS & set(actor.sectors):
            return True
        if token.ent_type == "NORP" and token.tag in ("NNPS", "NNS"):  # "Italians", "Palestinians"
            return True
    return False


def _head_lemma(sentence: Sentence, token: Token) -> str:
    """A noun's lemma, singular and lower case; for a number or a quantity noun with an "of" phrase
    ("thousands of Italians"), the lemma of what it counts."""
    lemma = token.lemma.lower()
    if lemma in PEOPLE_NOUNS | {"number", "tens", "some", "most", "all"}:
        counted = of_object(sentence, token)
        if counted is not None:
            return "people" if counted.ent_type == "NORP" else _head_lemma(sentence, counted)
    return lemma.rstrip("s") if lemma.endswith("s") and lemma.rstrip("s") in PEOPLE_NOUNS else lemma


def _protest_noun(sentence: Sentence, clause: Clause, lemma: str) -> Token | None:
    """The noun ``lemma`` that gave a clause its code: the clause's own head for a noun event, else the
    verb's subject, object or a preposition's object ("sparked a rally", "gathered at a rally", "the rally
    was fuelled by")."""
    head = sentence.tokens[clause.verb]
    if head.lemma.lower() == lemma:
        return head
    for child in sentence.children(head.i):
        if child.dep in ("dobj", "nsubj", "nsubjpass") and child.lemma.lower() == lemma:
            return child
        if child.dep == "prep":
            pobj = next((c for c in sentence.children(child.i) if c.dep == "pobj"), None)
            if pobj is not None and pobj.lemma.lower() == lemma:
                return pobj
    return None


#: What an "of" phrase holds when it tells what is shown: a noun, or a clause ("a demonstration of why").
OF_CONTENT_DEPS = frozenset({"pobj", "pcomp"})


def _shown(sentence: Sentence, noun: Token) -> bool:
    """ "A firsthand demonstration of why …", "a demonstration of its new software": a demonstration of
    something, not of people, is a show."""
    shown = of_object(sentence, noun, OF_CONTENT_DEPS)
    return shown is not None and shown.ent_type != "NORP" and _head_lemma(sentence, shown) not in PEOPLE_NOUNS


def _market_rally(sentence: Sentence, noun: Token, clause: Clause) -> bool:
    """ "A rally in oil prices", "a stock market rally", "the Rally of Catalonia", "stocks staged a late
    rally": a rally of a market, a price or a game."""
    if noun.pos == "PROPN" or (noun.text[:1].isupper() and noun.i > 0):  # a race's name
        return True
    if noun.dep == "dobj" and sentence.tokens[noun.head].lemma.lower() in WON_VERBS:  # "won the rally"
        return True
    words = set()
    verb = sentence.tokens[noun.head]  # "staged an explosive rally on Wall Street": the light verb's place
    places = [c for c in sentence.children(verb.i) if c.dep == "prep"] if noun.dep == "dobj" else []
    for child in [*sentence.children(noun.i), *places]:
        if child.dep in ("compound", "amod", "nmod", "poss", "nummod"):
            words |= _words(sentence, child)
        if child.dep == "prep" and child.text.lower() in ("in", "of", "on", "by"):
            for pobj in sentence.children(child.i):
                if pobj.dep == "pobj":
                    words |= _words(sentence, pobj)
    words |= {_head_lemma(sentence, sentence.tokens[i]) for i in clause.sources if i != noun.i}
    return bool(words & MARKET_WORDS)


def _words(sentence: Sentence, token: Token) -> set[str]:
    """A word and its own modifiers, singular, lower case, a hyphenated word by each part."""
    words = {token.lemma.lower(), *token.lemma.lower().split("-")}
    for child in sentence.children(token.i):
        if child.dep in ("compound", "amod", "nmod", "poss"):
            words |= {child.lemma.lower(), *child.lemma.lower().split("-")}
    return {w.rstrip("s") if w.rstrip("s") in MARKET_WORDS else w for w in words}
