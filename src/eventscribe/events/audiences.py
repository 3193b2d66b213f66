"""The audience of a statement is not its target.

"Finance Minister Michael Wilson told the House of Commons the outlook remains positive", "Baker told a
Senate subcommittee …", "Poehl told a conference in Frankfurt that inflationary fears were unjustified",
"Mulroney told delegates to a wildlife conference …": the assembly, meeting or gathering told is where
the statement is made, its forum, not a party the statement is made to or about. Coded as the target of
a statement (CAMEO 01), it is a false dyad: the minister and his own parliament, or the city the
conference sits in (found inside the object "a conference in Frankfurt"). In the hand-coded news such
statements are coded by what they say, if at all; of 20 statements told to a gathering one was optional.

Statements told to a party ("told Iran it must stop", "told President Cossiga he was unable …") keep
their target.

A bare statement (CAMEO 010, "make statement": what is said carries no act of its own) is no event at
all (:data:`BARE_STATEMENT`; the coder drops it): as DESIGN.md has it, reported speech is coded by what
the statement does (accuses, appeals, threatens), and what a bare statement says is coded in its own
clause, if it tells an act. "Andreotti told President Cossiga he was unable to form a coalition", "the
army says Israel's air raids are aimed at guerrilla bases", "Israel announced plans for 1,000 houses in
the West Bank": none of the hand-coded news sets (PETRARCH-2's, the two corpus codings, our news
batches) has a bare statement among its required events; the corpus and the news batches list some as
optional. On the tuning news batches 49 of the 52 bare statements coded were neither gold nor optional.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.clauses import Clause
from eventscribe.events.phrases import at_venue
from eventscribe.model import Sentence

__all__ = ["BARE_STATEMENT", "GATHERING_NOUNS", "STATEMENT_ROOT", "gathering_place", "without_audiences"]

#: Root of statements (CAMEO 01), whose addressee may be a mere audience.
STATEMENT_ROOT = "01"
#: A statement that does nothing more (CAMEO 010): no event (see the module).
BARE_STATEMENT = "010"
#: Heads of phrases naming an assembly or a gathering of listeners ("the House of Commons", "a Senate
#: subcommittee", "a news conference", "the Supreme Soviet", "delegates", "supporters", "MPs", "the
#: cabinet": a minister's own colleagues listening).
GATHERING_NOUNS = frozenset(
    {
        "analyst", "assembly", "audience", "briefing", "cabinet", "commons", "committee", "conference",
        "congress", "convention", "crowd", "delegate", "diet", "forum", "gathering", "hearing", "lawmaker",
        "legislator", "lords", "meeting", "mp", "mps", "parliament", "rally", "senate", "seminar", "session",
        "soviet", "subcommittee", "summit", "supporter", "symposium",
    }
)  # fmt: skip


#: Words that make a "House" a chamber of parliament ("the Lower House", "the House of Representatives").
CHAMBER_WORDS = frozenset({"commons", "councillor", "lord", "lords", "lower", "representative", "upper"})


def without_audiences(sentence: Sentence, clause: Clause, code: str) -> Clause:
    """``clause`` without the target groups that are only a statement's audience (see the module)."""
    if not code.startswith(STATEMENT_ROOT):
        return clause
    kept = tuple(group for group in clause.targets if not group or not _gathering(sentence, group[0]))
    return clause if len(kept) == len(clause.targets) else replace(clause, targets=kept)


def _gathering(sentence: Sentence, head: int) -> bool:
    """Whether the phrase at ``head`` names a gathering: a gathering noun, or a chamber ("the House of
    Commons", "the Lower House"; not "the White House")."""
    lemma = sentence.tokens[head].lemma.lower()
    if lemma in GATHERING_NOUNS:
        return True
    if lemma != "house":
        return False
    kids = list(sentence.children(head))
    named = {k.lemma.lower() for k in kids if k.dep in ("amod", "compound")}
    chambers = {
        g.lemma.lower() for k in kids if k.dep == "prep" and k.text.lower() == "of" for g in sentence.children(k.i)
    }
    return bool(named & CHAMBER_WORDS or chambers & CHAMBER_WORDS)


def gathering_place(sentence: Sentence, head: int) -> bool:
    """Whether the word at ``head`` names where a gathering sits ("pledged at the monetary conference in
    [Paris]", "spoke at a meeting in [Geneva]"): the venue of the gathering, not a party of what is said
    or promised there."""
    if not at_venue(sentence, head):
        return False
    prep = sentence.tokens[sentence.tokens[head].head]
    gathering = sentence.tokens[prep.head]
    return prep.head != prep.i and gathering.lemma.lower() in GATHERING_NOUNS and gathering.dep == "pobj"
