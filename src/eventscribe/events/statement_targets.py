"""Whom a statement is about: the parties its own words name, not those of a plan it describes.

CAMEO's statements (root 01: "make statement", "consider policy option", "engage in symbolic act") are
coded with the party the statement is addressed to or is about as the target. News tells a statement
with a long object, often a plan with an act of its own: "the party drew up a plan to boost imports in
time for the premier's visit to Washington", "Israel announced plans to build housing in the West
Bank", "the minister told the party to come up with a package before his trip to Tokyo". A party named
only inside that other act (the host of the visit, the place of the building) is the other act's
party, not the statement's; the statement itself names no one there. Such a target is dropped: the
statement keeps the parties its verb reaches through nouns and prepositions alone ("told the party",
"announced plans for Gaza"), or stands alone where the coder allows it, or gives no event.
"""

from __future__ import annotations

from eventscribe.events.arguments import Argument
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.infinitive import has_to_aux
from eventscribe.model import Sentence

__all__ = ["STATEMENT_ROOT", "statement_targets"]

STATEMENT_ROOT = "01"
#: Statements whose infinitive is their own content, not another act: a comment declined ("declined to
#: comment on the talks with Iran", 011) and a hope or fear about how things turn out ("hopes to avoid a
#: war with Hezbollah", 012, 013): the party named there is what the statement is about.
CONTENT_CODES = ("011", "012", "013")


def statement_targets(
    sentence: Sentence, clause: Clause, found: Classification, targets: list[Argument]
) -> list[Argument]:
    """``targets`` less, for a statement (root 01, but for those of :data:`CONTENT_CODES`), those named
    only inside the infinitive of another act below the statement's verb; the targets of other acts are
    left as they are."""
    if not found.code.startswith(STATEMENT_ROOT) or found.code.startswith(CONTENT_CODES):
        return targets
    return [t for t in targets if not behind_clause(sentence, t.head, clause.verb)]


def behind_clause(sentence: Sentence, head: int, verb: int) -> bool:
    """Whether the token ``head`` hangs on ``verb`` through the infinitive of another act ("plans to
    build [houses in] the West Bank", "told the party to come up with a package [before his visit to]
    Tokyo"); False when it hangs on ``verb`` through nouns, prepositions and participles alone ("a
    statement deploring Japan's surplus", "the claim filed by the administration": the object's owner),
    or does not hang on it at all (a party recalled from before, or the subject's own phrase)."""
    tokens = sentence.tokens
    between: list[int] = []
    token, seen = tokens[head], {head}
    while token.i != verb:
        if token.head == token.i or token.head in seen:
            return False  # the root reached without passing the verb: not below it
        token = tokens[token.head]
        seen.add(token.i)
        if token.i != verb:
            between.append(token.i)
    return any(tokens[i].pos == "VERB" and has_to_aux(sentence.children(i)) for i in between)
