"""The party an act answers: "Kenya scrambled jets after a Somali attack" is aimed at Somalia.

News often tells a hostile act with no object that names its target and gives instead what it answers:
"after a Somali attack", "following Russia's decision", "in response to Palestinian rocket fire", "in
retaliation for the killing of its soldiers by Hamas", "after Chinese ships entered its waters". CAMEO
codes an act on the party it is directed against (the codebook's usage notes for protests, threats,
military alerts and the reduction of relations name "the party against which" the act is done), and an
act done in answer to another's deed is directed at the doer of that deed.

:func:`responded_to` finds that doer for a clause whose act found no target: the owner of the answered
act's noun (its possessor, its "by" agent, or a modifier naming an actor: "Somali", "Hamas"), or the
subject of an "after" clause. Only an actor of another country than the source counts: a party of the
source's own country ("police arrested … after a local protest") is no sure target, and the coder then
keeps the act alone as before. Only hostile acts (CAMEO roots 10-20) are read this way: a statement or
an offer made "after talks with Iran" answers no deed of Iran's.
"""

from __future__ import annotations

from eventscribe.events.alone import known_country
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.model import Sentence, Token

__all__ = ["RESPONSE_ROOTS", "responded_to"]

#: Roots of hostile acts that are told as answers to another party's deed (demand to mass violence).
RESPONSE_ROOTS = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
#: Prepositions and subordinators of what an act follows ("after the attack", "following the vote").
AFTER_WORDS = frozenset({"after", "following"})
#: Nouns of answering, in "in response to X", "in retaliation for X", "in protest at X".
ANSWER_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer", "protest", "revenge"})
#: The prepositions that join an answer noun to what it answers.
ANSWER_PREPS = frozenset({"to", "for", "at", "against", "over"})
#: Dependencies of a noun's modifiers that name its doer ("a Somali attack", "Hamas rocket fire").
DOER_MODIFIERS = frozenset({"amod", "compound", "nmod"})


#: Roots of acts done to a party at hand (arrest, assault, fight, mass violence): their object is their target.
OWN_OBJECT_ROOTS = frozenset({"17", "18", "19", "20"})


def responded_to(
    sentence: Sentence, clause: Clause, root: str, actors: SentenceActors, source: Argument
) -> list[Argument]:
    """The foreign party whose deed the clause's act answers (at most one), or none. An arrest or an
    attack with an object of its own that names no actor ("detained dozens after a Kurdish attack") is
    aimed at that object, not at the party answered."""
    if root not in RESPONSE_ROOTS or (root in OWN_OBJECT_ROOTS and any(clause.targets)):
        return []
    verb = sentence.tokens[clause.verb]
    for candidate in _answered_doers(sentence, verb, actors, source):
        if _foreign(candidate, source):
            return [candidate]
    return []


def _answered_doers(sentence: Sentence, verb: Token, actors: SentenceActors, source: Argument) -> list[Argument]:
    """The doers of the deeds the verb answers, nearest first: those of answered nouns, then the
    subjects of "after" clauses."""
    found: list[Argument] = []
    for noun in _answered_nouns(sentence, verb):
        found.extend(actors.owners((noun.i,), source) or _modifier_doers(sentence, noun, actors))
    for child in sentence.children(verb.i):
        if child.dep == "advcl" and any(
            m.dep == "mark" and m.text.lower() in AFTER_WORDS for m in sentence.children(child.i)
        ):  # "protested after Chinese ships entered its waters"
            subjects = [s.i for s in sentence.children(child.i) if s.dep == "nsubj"]
            found.extend(actors.found[i] for i in subjects if i in actors.found)
            found.extend(d for i in subjects for d in _modifier_doers(sentence, sentence.tokens[i], actors))
    return found


def _answered_nouns(sentence: Sentence, verb: Token) -> list[Token]:
    """The nouns of what the verb's act follows or answers: "after a Somali attack", "in response to
    Palestinian rocket fire"."""
    nouns: list[Token] = []
    # the answer may hang on the verb's complement ("threatened to retaliate following Israel's strike")
    verbs = [verb, *(c for c in sentence.children(verb.i) if c.dep == "xcomp")]
    for prep in (p for v in verbs for p in sentence.children(v.i) if p.dep == "prep"):
        word = prep.text.lower()
        # the parser takes "following" for a verb with an object as often as for a preposition
        objects = ("pobj", "dobj") if word == "following" else ("pobj",)
        for pobj in (c for c in sentence.children(prep.i) if c.dep in objects and c.pos == "NOUN"):
            if word in AFTER_WORDS:
                nouns.append(pobj)
            elif word == "in" and pobj.lemma.lower() in ANSWER_NOUNS:
                nouns.extend(_answer_object(sentence, pobj))
    return nouns


def _answer_object(sentence: Sentence, answer: Token) -> list[Token]:
    """What an answer noun answers: "response to *fire*", "retaliation for the *killing*"."""
    return [
        pobj
        for prep in sentence.children(answer.i)
        if prep.dep == "prep" and prep.text.lower() in ANSWER_PREPS
        for pobj in sentence.children(prep.i)
        if pobj.dep == "pobj" and pobj.pos == "NOUN"
    ]


def _modifier_doers(sentence: Sentence, noun: Token, actors: SentenceActors) -> list[Argument]:
    """The actor a noun's modifier names ("a *Somali* attack", "*Hamas* rocket fire")."""
    return [actors.found[c.i] for c in sentence.children(noun.i) if c.dep in DOER_MODIFIERS and c.i in actors.found]


def _foreign(candidate: Argument, source: Argument) -> bool:
    """Whether the candidate is of a known country other than the source's (an organisation's
    "country", IGO or NGO, counts as other)."""
    country = source.actor.country
    return known_country(candidate.actor) and bool(country) and candidate.actor.country != country
