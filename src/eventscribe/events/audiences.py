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

A bare statement (CAMEO 010, "make statement": what is said carries no act of its own) is likewise told
to someone, not aimed at whoever its words name: "Democrats said President Bush's defeat left the party
facing its most difficult time", "the army says Israel's air raids are aimed at guerrilla bases",
"Finance Minister Michael Wilson said large inflows of capital into Canada are a major reason …". A party
named only in what is said is not its target (in the hand-coded news no such statement was right), and
with no other target :mod:`~eventscribe.events.alone` codes no bare statement. Parties of what the
statement's own object names stay ("Israel announced plans to build homes in East Jerusalem", see
:mod:`~eventscribe.events.statement_targets`).
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.clauses import Clause
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Sentence

__all__ = ["BARE_STATEMENT", "GATHERING_NOUNS", "STATEMENT_ROOT", "told_to", "without_audiences"]

#: Root of statements (CAMEO 01), whose addressee may be a mere audience.
STATEMENT_ROOT = "01"
#: A statement that does nothing more (CAMEO 010): its only target is whom it is told to.
BARE_STATEMENT = "010"
#: Links of what a statement says ("said [the plan had failed]", "the plan failed, [he said]").
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
#: Verbs whose object, too, is what is said ("said large inflows into Canada are …", "stressed the need to
#: …"): one says words, never a party.
SAYING_VERBS = frozenset(
    {"add", "comment", "emphasise", "emphasize", "explain", "insist", "note", "remark", "say", "stress"}
)
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


def told_to(sentence: Sentence, verb: int, code: str, targets: list[Argument]) -> list[Argument]:
    """For a bare statement, the ``targets`` not named only in what is said (see the module); the targets
    of other acts unchanged."""
    if code != BARE_STATEMENT:
        return targets
    return [t for t in targets if not _in_what_is_said(sentence, t.head, verb)]


def _in_what_is_said(sentence: Sentence, head: int, verb: int) -> bool:
    """Whether the word at ``head`` lies in the content clause of the statement verb at ``verb``."""
    tokens = sentence.tokens
    saying = tokens[verb].lemma.lower() in SAYING_VERBS
    seen: set[int] = set()
    while head != verb and head not in seen:
        seen.add(head)
        token = tokens[head]
        if token.head == verb:
            return token.dep in CONTENT_DEPS or (saying and token.dep == "dobj")
        head = token.head
    return False
