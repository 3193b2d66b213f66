"""Blame put on a cause, not on a party: "Axa blamed a poor stock market performance for the cut", "the
officials blamed the deficit on excessive investment", "GM blamed high fuel prices for low sales".

CAMEO 112 ("accuse: charge, blame, incriminate") is an act aimed at a party; business and economic news
uses "blame" most often to give a cause, where no party is accused. So an act told by "blame" is coded
only with a target (the party blamed: "Sudan blamed the United States for the failure", "blamed the
attack on India"), never alone the way an act with no one at its receiving end is ("the ministry
declined to comment"). A party that the coder cannot name ("blamed one another") is lost with it.
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence

__all__ = ["blames_a_cause"]

#: Verbs whose object or "on" phrase may name a cause as well as a party.
BLAME_VERBS = frozenset({"blame"})
ACCUSE_ROOT = "11"


def blames_a_cause(sentence: Sentence, clause: Clause, act: Classification) -> bool:
    """Whether ``act``, told by a verb of blame, would be coded with no target: blame put on a cause."""
    verb = sentence.tokens[clause.verb]
    return verb.lemma.lower() in BLAME_VERBS and act.code.startswith(ACCUSE_ROOT)
