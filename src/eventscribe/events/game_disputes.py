"""Disputes in a game are no political events: "England coach Andy Robinson lambasted referee Jonathan
Kaplan", "the Welsh striker has rejected a move to Birmingham", "Nadal blasts a forehand".

Criticism, rejection and demands (CAMEO 10, 11, 12) in sport news are comments of players, managers and
referees on the game; the task's rule (and the codebook's scope: political actors) leaves them uncoded.
A dispute is of a game when the parties to it are: its source or target phrase names one of the people,
strokes or bodies that only games have (a referee, a striker, UEFA), or holds the words of games that
``false_events.has_sport_words`` reads. Words elsewhere in the sentence tell where or how a political
act happened, not who took part ("accused Hamas of firing rockets from a football stadium"). The words
count only as common nouns: in a name ("Olympic Airways", "Major League Baseball called the city's
stadium law unacceptable") they tell of a company or a body that may well dispute with a government,
and an adjective is no game ("the U.N. team rejected Iraq's final declaration"). A "hunger striker" is
no player. Doping and court cases of athletes name none of these and are kept ("Balco has been accused
by the US Anti-Doping Agency").
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.false_events import has_sport_words
from eventscribe.model import Sentence, Token

__all__ = ["DISPUTE_ROOTS", "game_dispute"]

#: Roots of the disputes that games are full of: demand, disapprove, reject.
DISPUTE_ROOTS = frozenset({"10", "11", "12"})
#: People, strokes and bodies of games only.
GAME_WORDS = frozenset(
    {
        "referee",
        "referees",
        "umpire",
        "striker",
        "goalkeeper",
        "midfielder",
        "footballer",
        "forehand",
        "backhand",
        "uefa",
        "fifa",
        "premiership",
    }
)
#: Modifiers that make a game word a person of another trade ("a hunger striker").
OTHER_TRADES = frozenset({"hunger"})
#: Dependencies that join a word to the noun phrase it belongs to ("the referee's decision", "the
#: demands of the striker").
PHRASE_DEPS = frozenset({"poss", "compound", "nmod", "appos"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def game_dispute(sentence: Sentence, clause: Clause, code: str) -> bool:
    """Whether the act of ``code`` that ``clause`` tells is a dispute of a game."""
    if code[:2] not in DISPUTE_ROOTS:
        return False
    heads = {*clause.sources, *(h for group in clause.targets for h in group)}
    words = {t.i: t for h in heads for t in _phrase(sentence, h)}
    tokens = [words[i] for i in sorted(words)]
    if any(_game_word(sentence, t) for t in tokens):
        return True
    return has_sport_words(t for t in tokens if t.pos == "NOUN")


def _game_word(sentence: Sentence, token: Token) -> bool:
    if token.text.lower() not in GAME_WORDS:
        return False
    return not any(c.lemma.lower() in OTHER_TRADES for c in sentence.children(token.i))


def _phrase(sentence: Sentence, head: int) -> list[Token]:
    """The whole noun phrase that ``head`` is part of: "the referee's decision" for "referee", "the
    demands of the striker" for "striker"; a phrase of a verb ("for costing his side the match") is not."""
    tokens = sentence.tokens
    token = tokens[head]
    while token.head != token.i:
        up = tokens[token.head]
        if token.dep in PHRASE_DEPS and up.pos in NOMINAL:
            token = up
        elif token.dep == "pobj" and up.dep == "prep" and up.head != up.i and tokens[up.head].pos in NOMINAL:
            token = tokens[up.head]
        else:
            break
    return list(sentence.subtree(token.i))
