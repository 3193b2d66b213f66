"""Token-level facts about the phrases that name actors in a parsed sentence: places after a preposition of
place, a wire dateline, the head of a noun phrase, a bracketed gloss, a named group's code."""

from __future__ import annotations

from eventscribe.actors.codes import is_international_body
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Actor, Sentence, Token
from eventscribe.when.rules import MONTHS

__all__ = ["PLACE_PREPS", "dateline", "in_place_phrase", "is_gloss", "is_place_phrase", "named_group", "phrase_head"]

#: Prepositions of place: their object is where an act happens, not (for most acts) whom it concerns.
PLACE_PREPS = GRAMMAR.place_preps


def in_place_phrase(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether token ``i`` (or the noun it modifies) is the object of a preposition of place."""
    head = i
    while tokens[head].dep in ("compound", "amod", "flat", "poss") and tokens[head].head != head:
        head = tokens[head].head
    token = tokens[head]
    return token.dep == "pobj" and tokens[token.head].text.lower() in PLACE_PREPS


def is_place_phrase(tokens: tuple[Token, ...], head: int, verb: int) -> bool:
    prep = tokens[tokens[head].head]
    return tokens[head].dep == "pobj" and prep.head == verb and prep.text.lower() in PLACE_PREPS


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline(sentence: Sentence) -> set[int]:
    """The tokens of a wire dateline that opens the sentence ("BAGHDAD, Iraq -", "KABUL (Reuters) -"):
    where the story was filed, not an actor in it."""
    tokens = sentence.tokens
    words = [t for t in tokens[:12] if t.pos != "SPACE"]
    dated = next((i for i in (_dated_place(words), _undashed_place(words)) if i is not None), None)
    if dated is not None:
        return {t.i for t in tokens if t.i <= dated}
    dash = _dashed_place(words)
    if dash is not None:
        return {t.i for t in tokens if t.i < dash}
    bare = _bare_place(words)
    return {t.i for t in tokens if t.i <= bare} if bare is not None else set()


def _dashed_place(words: list[Token]) -> int | None:
    """The index of the dash that ends a dateline in capitals ("BAGHDAD, Iraq -", "KABUL (Reuters) -"),
    or None."""
    if not words or not (words[0].text.isupper() and sum(c.isalpha() for c in words[0].text) >= 3):
        return None
    for token in words[1:]:
        if token.text in DASHES:
            return token.i
        # ("BANGKOK/JEDDAH, 29 October 2004 -": a story filed from two desks)
        if not (token.text[:1].isupper() or token.text[:1].isdigit() or token.text in {",", "(", ")", ".", "/"}):
            return None
    return None


def _dated_place(words: list[Token]) -> int | None:
    """The index of the colon of a dateline written "Islamabad, Nov 9 :" (a place, a comma, a month and
    a day), or None."""
    if len(words) < 6 or not words[0].text[:1].isupper() or words[1].text != ",":
        return None
    month, day, colon = words[2], words[3], words[4]
    if month.text.lower().rstrip(".") in MONTHS and day.text.isdigit() and colon.text == ":":
        return colon.i
    return None


#: Words that open a story's first sentence right after a dateline that lost its dash ("BAGHDAD, Iraq An
#: advance party of British soldiers …").
OPENING_WORDS = frozenset({"A", "An", "The"})


def _undashed_place(words: list[Token]) -> int | None:
    """The index of the last word of a dateline written without its dash, "BAGHDAD, Iraq An advance
    party …": a place in capitals, a comma, one to three words of its country or state, and an article
    opening the story; or None."""
    k = 0
    while k < len(words) and words[k].text.isupper() and sum(c.isalpha() for c in words[k].text) >= 2:
        k += 1
    if k == 0 or k >= len(words) or words[k].text != ",":
        return None
    for j in range(k + 1, min(k + 4, len(words) - 1)):
        if not words[j].text[:1].isupper() or words[j].text in OPENING_WORDS:
            return None
        if words[j + 1].text in OPENING_WORDS:
            return words[j].i
    return None


def _bare_place(words: list[Token]) -> int | None:
    """The index of a place name in capitals that opens the story with no punctuation after it ("BAGHDAD
    US warplanes fired on …"), written before the story's capitalised first word; not a headline in
    capitals ("IRAN SAYS …"), nor a place that is the subject ("IRAN says …")."""
    if len(words) < 4:
        return None
    first, second = words[0], words[1]
    if not (
        first.text.isupper() and first.text.isalpha() and len(first.text) >= 4 and first.ent_type in ("GPE", "LOC")
    ):
        return None
    if not second.text[:1].isupper():
        return None
    if not any(any(c.islower() for c in w.text) for w in words[1:5]):
        return None  # a headline in capitals
    return first.i


def phrase_head(sentence: Sentence, i: int) -> int:
    """The head of the noun phrase that modifier ``i`` belongs to ("Lebanese" in "Lebanese President
    Michel Suleiman" belongs to "Suleiman")."""
    tokens = sentence.tokens
    while tokens[i].dep in ("compound", "flat", "amod") and tokens[i].head != i:
        i = tokens[i].head
    return i


def named_group(actor: Actor) -> bool:
    """A named organised group: a code with a group's own chunk ("PSEREBHMS")."""
    return len(actor.code) > 6 and len(actor.country) == 3 and not is_international_body(actor.country)


def is_gloss(sentence: Sentence, i: int) -> bool:
    """Whether token ``i`` is written in parentheses right after its head's phrase: "(NUT)"."""
    tokens = sentence.tokens
    return 0 < i < len(tokens) - 1 and tokens[i - 1].text == "(" and tokens[i + 1].text == ")" and tokens[i].head < i
