"""The parties of a mutual event noun named with "between": "talks between Hamas and Israel", "clashes
broke out between police and protesters".

A "between" phrase names two or more parties, each of whom does the act with each other one. Besides the
noun's own phrase, news hangs it on the verb the event noun is the subject of ("clashes erupted between
police and protesters", "talks have begun between Labour and Likud"), read so when that verb tells the
event as happening.
Either way, an event noun whose verb tells it as planned, or its happening as to come, negated or only
possible ("talks between A and B are expected next week", "talks between A and B will resume") is no news
that the event took place.
"""

from __future__ import annotations

from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence, Token

__all__ = ["between_parties"]

FUTURE_AUX = GRAMMAR.future_aux
#: Verbs that tell an event noun, their subject, as taking place ("clashes erupted between …").
HAPPENING_VERBS = GRAMMAR.occurrence_verbs | frozenset({"begin", "continue", "report", "resume", "start"})
#: Verbs that tell their subject as still to come ("talks are expected", "a meeting is planned").
PLANNING_VERBS = frozenset({"due", "expect", "plan", "propose", "schedule", "set", "slate"})


def between_parties(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> list[int]:
    """The heads of the parties of ``noun`` named with "between", or [] when fewer than two are named."""
    verb = sentence.tokens[noun.head] if noun.dep in ("nsubj", "nsubjpass") else None
    if verb is not None and _to_come(sentence, verb, kids):  # "talks between A and B are expected next week"
        return []
    pobj = _between_object(noun, kids)
    if pobj is None and verb is not None and verb.lemma.lower() in HAPPENING_VERBS:
        pobj = _between_object(verb, kids) or _between_below(verb, kids)
    if pobj is None:
        return []
    parties = [pobj.i, *(c.i for c in kids[pobj.i] if c.dep == "conj")]
    return parties if len(parties) > 1 or _coordinated_modifiers(pobj, kids) else []


def _coordinated_modifiers(head: Token, kids: list[list[Token]]) -> bool:
    """Whether one noun names several parties by coordinated modifiers ("between Amal and Palestinian
    guerrillas", which the parser reads as Amal guerrillas and Palestinian guerrillas)."""
    return any(
        m.dep in ("amod", "compound", "nmod")
        and m.ent_type in ("NORP", "GPE", "ORG")
        and any(c.dep == "conj" for c in kids[m.i])
        for m in kids[head.i]
    )


def _between_object(head: Token, kids: list[list[Token]]) -> Token | None:
    prep = next((c for c in kids[head.i] if c.dep == "prep" and c.text.lower() == "between"), None)
    return next((c for c in kids[prep.i] if c.dep == "pobj"), None) if prep is not None else None


def _between_below(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The "between" object the parser hung on the object of the happening verb's own preposition:
    "clashes erupted in villages to the southeast between Amal and guerrillas"."""
    for prep in kids[verb.i]:
        for pobj in kids[prep.i] if prep.dep == "prep" else ():
            found = _between_object(pobj, kids) if pobj.dep == "pobj" else None
            if found is not None:
                return found
    return None


def _to_come(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` tells its subject as planned ("are expected", "were scheduled"), or its happening as
    to come, negated or only possible ("will resume", "could begin"); not a verb of what the event did
    ("negotiations are foundering and mines could face a stoppage" still tells negotiations)."""
    from eventscribe.events.clauses import is_eventive

    lemma = verb.lemma.lower()
    if lemma in PLANNING_VERBS:
        return True
    if lemma not in HAPPENING_VERBS and lemma != "be":
        return False
    return not is_eventive(sentence, verb.i) or any(
        c.dep in ("aux", "auxpass") and c.lemma.lower() in FUTURE_AUX for c in kids[verb.i]
    )
