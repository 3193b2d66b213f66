"""The party a content clause is about, as the target of an accusation, a demand or a criticism.

Verbs of accusing, demanding and criticising often name whom they are aimed at only as the subject of
what they say: "Pik Botha alleged that the ANC is planning a campaign of violence" accuses the ANC
(112); "Moscow demanded that Kiev withdraw its troops" is a demand on Kiev (10); "China complained that
Japan had ignored its protests" is disapproval of Japan (11). When the verb has no object of its own
and the content's subject is itself a party, that party is the act's target.

Left out:

- statements (01) and appeals (02): "said that Iran would attend" is about what Iran does, not aimed
  at it;
- warnings (13): what is warned of is most often a forecast ("economists warned the government needs
  more reforms", "warned that companies might start disobeying the rules"), not a threat to its subject;
- a demand told by a verb of plain saying ("said Brazil's plan should enable …"): advice about a thing;
- a subject that only owns or contains a party ("the overseas production of Japanese firms"), the
  speaker's own side, and a content the verb does not assert ("asked whether …").
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.appraisals import HYPOTHETICAL_MARKS
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.model import Sentence

__all__ = ["CONTENT_TARGET_ROOTS", "content_subjects"]

#: Roots of acts whose content clause names whom they are aimed at: demands (10), disapproval and
#: accusations (11).
CONTENT_TARGET_ROOTS = frozenset({"10", "11"})
#: Verbs of plain saying, whose content is no demand on its subject ("said Brazil's plan should …").
PLAIN_SAYING = frozenset({"say", "tell", "add", "state", "note", "declare", "announce", "report", "believe", "think"})
#: Subordinators of a content the verb does not assert (those of a hypothetical appraisal).
OPEN_MARKS = HYPOTHETICAL_MARKS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def content_subjects(
    sentence: Sentence,
    clause: Clause,
    found: Classification,
    actors: SentenceActors,
    source: Argument,
    sources: list[Argument],
) -> list[Argument]:
    """The parties named as the subject of the verb's content clause, for an act of
    :data:`CONTENT_TARGET_ROOTS` whose verb has no object; none otherwise."""
    if found.code[:2] not in CONTENT_TARGET_ROOTS or sentence.tokens[clause.verb].lemma.lower() in PLAIN_SAYING:
        return []
    kids = sentence.children(clause.verb)
    if any(c.dep in ("dobj", "dative", "iobj") for c in kids):
        return []  # "warned Iran that …": the verb names its party
    groups = tuple(
        (subject.i, *(t.i for t in sentence.subtree(subject.i) if t.i != subject.i))
        for content in kids
        if content.dep == "ccomp" and not _open(sentence, content.i)
        for subject in sentence.children(content.i)
        if subject.dep in SUBJECT_DEPS and subject.i in actors.found
    )
    if not groups:
        return []
    found_targets = actors.targets(replace(clause, targets=groups), source, places=False, sources=sources)
    own = {s.actor.code for s in sources} | {source.actor.code}
    return [t for t in found_targets if t.actor.code not in own and not t.peer and not _own_side(sentence, t, source)]


def _own_side(sentence: Sentence, target: Argument, source: Argument) -> bool:
    """Whether the target is the source's own people, told with a possessive pronoun ("Israel complained
    that its soldiers had been attacked")."""
    owned = any(c.dep == "poss" and c.tag == "PRP$" for c in sentence.children(target.head))
    return owned and target.actor.country == source.actor.country


def _open(sentence: Sentence, content: int) -> bool:
    """Whether the content is introduced as open ("whether", "if"): no assertion about its subject."""
    return any(c.dep == "mark" and c.text.lower() in OPEN_MARKS for c in sentence.children(content))
