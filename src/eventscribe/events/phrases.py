"""Noun phrases and complements on a dependency parse: coordinated heads, partitives ("thousands of
protesters"), a head's lemmas, a verb's open complement."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence, Token

__all__ = [
    "SUBJECT_DEPS",
    "expand",
    "first_child",
    "is_preposition",
    "preposition_word",
    "noun_lemmas",
    "of_object",
    "open_complement",
    "partitive",
    "up_to",
]

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})

#: Quantity and group nouns whose "of" phrase names the actor ("thousands of protesters").
PARTITIVE_NOUNS = GRAMMAR.partitive_nouns
OBJECT_MODIFIER_DEPS = frozenset({"compound", "amod"})
#: Nouns that measure what they are "of" ("worth of medicines", "tons of food"): what is sent is the "of" noun.
MEASURE_NOUNS = frozenset(
    {"amount", "batch", "consignment", "load", "package", "quantity", "shipment", "ton", "tonne", "worth"}
)


def noun_lemmas(head: Token, kids: list[list[Token]]) -> list[str]:
    """The head's lemma, its modifiers' and, last, its "of" object's ("state of emergency")."""
    lemmas = [head.lemma.lower()]
    lemmas.extend(c.lemma.lower() for c in kids[head.i] if c.dep in OBJECT_MODIFIER_DEPS)
    # "fired tear gas and plastic bullets", parsed as "[tear gas and plastic] bullets": the nominal
    # modifier's words and its conjuncts are the object's too
    for nmod in (c for c in kids[head.i] if _nested_coordination(c, kids)):
        lemmas.append(nmod.lemma.lower())
        lemmas.extend(c.lemma.lower() for c in kids[nmod.i] if c.dep in (*OBJECT_MODIFIER_DEPS, "conj"))
    of = next((c for c in kids[head.i] if c.dep == "prep" and c.text.lower() == "of"), None)
    pobj = first_child(kids[of.i], "pobj") if of is not None else None
    if pobj is not None and pobj.pos == "NOUN":
        lemmas.extend(("of", pobj.lemma.lower()))
        if head.lemma.lower() in MEASURE_NOUNS:  # "$4 million worth of medical equipment" is equipment
            lemmas.extend(noun_lemmas(pobj, kids))
    return lemmas


def expand(token: Token | None, kids: list[list[Token]]) -> list[int]:
    """``token`` and the tokens coordinated with it ("Hamas and Iran" gives both; so does a list that
    the parser reads as an apposition, "the US, Russia, and Switzerland")."""
    if token is None:
        return []
    token = partitive(token, kids)
    found = [token.i]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in kids[current.i]:
            listed = child.dep == "appos" and any(c.dep == "conj" for c in kids[child.i])
            if (child.dep == "conj" or listed) and child.pos in ("PROPN", "NOUN", "PRON"):
                found.append(child.i)
                stack.append(child)
            elif _nested_party(child, kids):
                found.append(child.i)
    return sorted(found)


def _nested_coordination(child: Token, kids: list[list[Token]]) -> bool:
    """Whether ``child`` is a nominal modifier with a conjunct: the parser nesting a coordination inside
    its head's phrase ("[tear gas and plastic] bullets", "[Police and National Guard] troops")."""
    return child.dep == "nmod" and any(c.dep == "conj" for c in kids[child.i])


def _nested_party(child: Token, kids: list[list[Token]]) -> bool:
    """ "Police and National Guard troops", parsed as "[Police and National Guard] troops": the first
    conjunct is a party of its own, the rest name the head. Not a country's name ("[US and British]
    activists" are activists of each)."""
    named = child.pos in ("PROPN", "NOUN") and child.ent_type not in ("GPE", "NORP")
    return named and _nested_coordination(child, kids)


def up_to(particle: Token, kids: list[list[Token]]) -> Token | None:
    """The object of "kidnapped up to 16 advisers", which the parser hangs on "up … to"."""
    if particle.text.lower() != "up":
        return None
    to = next((c for c in kids[particle.i] if c.dep == "prep" and c.text.lower() == "to"), None)
    return first_child(kids[to.i], "pobj") if to is not None else None


def partitive(token: Token, kids: list[list[Token]]) -> Token:
    """The members a quantity or group names: "thousands of protesters", "400 of the supporters" and
    "a group of refugees" are the protesters, supporters and refugees."""
    if token.lemma.lower() not in PARTITIVE_NOUNS and token.text.lower() not in PARTITIVE_NOUNS and token.pos != "NUM":
        return token
    for prep in kids[token.i]:
        if prep.dep == "prep" and prep.text.lower() == "of":
            pobj = first_child(kids[prep.i], "pobj")
            if pobj is not None and pobj.pos in ("NOUN", "PROPN", "PRON"):
                return partitive(pobj, kids)
    return token


def open_complement(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The verb's open complement: the last verbal ``xcomp`` ("want to re-examine": "examine", not the
    prefix "re" that the tokenizer split off)."""
    verbal = [c for c in kids[verb.i] if c.dep == "xcomp" and c.pos in ("VERB", "AUX")]
    return verbal[-1] if verbal else None


#: Prepositions of where an act is done ("in Manila", "at the Kremlin", "aboard a U.S. aircraft carrier").
VENUE_PREPOSITIONS = frozenset({"aboard", "at", "in"})


def at_venue(sentence: Sentence, head: int) -> bool:
    """Whether the noun at ``head`` names where an act took place: the object of "in" or "at"."""
    token = sentence.tokens[head]
    return token.dep == "pobj" and sentence.tokens[token.head].text.lower() in VENUE_PREPOSITIONS


#: Prepositions the tagger may not tag ADP ("called upon": SCONJ), with the spelling the patterns use.
PREP_SPELLINGS = {"upon": "on"}


def is_preposition(token: Token) -> bool:
    """Whether ``token`` is a preposition: tagged ADP, or one of :data:`PREP_SPELLINGS`."""
    return token.pos == "ADP" or token.text.lower() in PREP_SPELLINGS


def preposition_word(token: Token) -> str:
    """The preposition as the patterns spell it ("upon" is "on")."""
    word = token.text.lower()
    return PREP_SPELLINGS.get(word, word)


def first_child(tokens: list[Token], dep: str) -> Token | None:
    return next((t for t in tokens if t.dep == dep), None)


def of_object(sentence: Sentence, token: Token, deps: frozenset[str] = frozenset({"pobj"})) -> Token | None:
    """The object of a word's "of" phrase ("thousands of protesters": protesters; "the release of the
    hostages": hostages), from the first "of" that has one; None when it has none."""
    for prep in sentence.children(token.i):
        if prep.dep == "prep" and prep.text.lower() == "of":
            found = next((c for c in sentence.children(prep.i) if c.dep in deps), None)
            if found is not None:
                return found
    return None


def prep_objects(sentence: Sentence, head: int, words: Collection[str]) -> Iterator[tuple[Token, Token]]:
    """(preposition, object) for each preposition of ``head`` spelled as one of ``words`` ("near",
    "outside"), in sentence order."""
    for prep in sentence.children(head):
        if prep.dep == "prep" and prep.text.lower() in words:
            for pobj in sentence.children(prep.i):
                if pobj.dep == "pobj":
                    yield prep, pobj
