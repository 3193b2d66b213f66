"""Whom a statement is about: not the parties of another event that only dates the plan it describes.

CAMEO's statements (root 01: "consider policy option", "claim responsibility", "engage in symbolic
act"; a bare "make statement", 010, is no event, see :mod:`~eventscribe.events.audiences`) are coded
with the party the statement is addressed to or is about as the target. News tells a statement with a
long object, often a plan with an act of its own: "Israel is considering plans to build housing in East
Jerusalem" (about the Palestinians): the plan's party is the statement's. But a plan is often dated by
another event: "the party is considering a plan to boost imports in time for the premier's visit to
Washington", "the minister told the party to come up with a package before his trip to Tokyo". A party
named only inside such a time phrase (the host of the visit) is that event's party, not the
statement's, and is dropped: the statement keeps the parties its verb reaches otherwise, or stands
alone where the coder allows it, or gives no event.
"""

from __future__ import annotations

from eventscribe.events.arguments import Argument
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.infinitive import has_to_aux
from eventscribe.model import Sentence, Token

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
    only inside a time phrase of the infinitive of another act below the statement's verb; the targets of
    other acts are left as they are."""
    if not found.code.startswith(STATEMENT_ROOT) or found.code.startswith(CONTENT_CODES):
        return targets
    return [t for t in targets if not behind_clause(sentence, t.head, clause.verb)]


def behind_clause(sentence: Sentence, head: int, verb: int) -> bool:
    """Whether the token ``head`` hangs on ``verb`` through the infinitive of another act and a time
    phrase ("told the party to come up with a package [before his visit to] Tokyo"); False for a plan's
    own party ("plans to build [houses in] the West Bank"), for one reached through nouns, prepositions
    and participles alone ("a statement deploring Japan's surplus": the object's owner), and for one not
    below ``verb`` at all (a party recalled from before, or the subject's own phrase)."""
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
    infinitive = any(tokens[i].pos == "VERB" and has_to_aux(sentence.children(i)) for i in between)
    return infinitive and any(_time_preposition(sentence, tokens[i]) for i in between)


#: Prepositions of a time phrase that dates a plan by another event ("before his visit to Tokyo").
TIME_PREPOSITIONS = frozenset({"after", "before", "during", "since", "until"})


def _time_preposition(sentence: Sentence, token: Token) -> bool:
    """ "before/after/during ...", "in time for ...", "ahead of ...": a preposition that dates a plan by
    another event, whose parties are that event's, not the statement's."""
    if token.dep != "prep":
        return False
    word = token.text.lower()
    before = sentence.tokens[token.i - 1].lemma.lower() if token.i > 0 else ""
    return word in TIME_PREPOSITIONS or (before, word) in (("time", "for"), ("ahead", "of"))
