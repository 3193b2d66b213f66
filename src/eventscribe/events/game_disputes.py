"""Disputes in a game are no political events: "England coach Andy Robinson lambasted referee Jonathan
Kaplan", "the Welsh striker has rejected a move to Birmingham", "Nadal blasts a forehand".

Criticism, rejection and demands (CAMEO 10, 11, 12) in sport news are comments of players, managers and
referees on the game; the task's rule (and the codebook's scope: political actors) leaves them uncoded.
A sentence is of a game when it names one of the people, strokes or bodies that only games have (a
referee, a striker, UEFA), or uses the words of games that ``false_events.is_sport`` reads (one of
``sport_words``, two of ``sport_weak_words``), here only as common words: in a name ("Olympic Airways",
"Major League Baseball called the city's stadium law unacceptable") they tell of a company or a body
that may well dispute with a government. Doping and court cases of athletes name none of these and are
kept ("Balco has been accused by the US Anti-Doping Agency").
"""

from __future__ import annotations

from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Sentence

__all__ = ["DISPUTE_ROOTS", "game_dispute"]

#: Roots of the disputes that games are full of: demand, disapprove, reject.
DISPUTE_ROOTS = frozenset({"10", "11", "12"})
SPORT_WORDS = GRAMMAR.sport_words
SPORT_WEAK_WORDS = GRAMMAR.sport_weak_words
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


def game_dispute(sentence: Sentence, code: str) -> bool:
    """Whether an act of ``code`` told in ``sentence`` is a dispute of a game."""
    if code[:2] not in DISPUTE_ROOTS:
        return False
    if any(t.text.lower() in GAME_WORDS for t in sentence.tokens):
        return True
    common = [{t.lemma.lower(), t.text.lower()} for t in sentence.tokens if t.pos != "PROPN"]
    if any(f & SPORT_WORDS for f in common):
        return True
    return sum(bool(f & SPORT_WEAK_WORDS) for f in common) > 1
