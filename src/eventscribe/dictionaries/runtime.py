"""User dictionaries at run time: a knowledge base, a verb classifier and discards that include them.

Actors and role words are added to the packaged knowledge base (an actor replaces every actor of the
same name, a role word the role word of the same words); verbs and patterns become curated rules tried
before the packaged ones (they win ties; a packaged rule with more constraints still wins). Later
dictionaries override earlier ones. With ``packaged=False`` only the given dictionaries are used: no
packaged actors, countries, role words, rules, dictionary patterns or event nouns. What the
dictionaries add to coding beyond that (verb forms, words before the verb, paired codes, group actors)
is :mod:`eventscribe.dictionaries.coder`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from eventscribe.actors.codes import normalize
from eventscribe.actors.kb import ActorEntry, CodeSpan, KnowledgeBase, load_kb
from eventscribe.dictionaries.user import UserDictionary, read_dictionaries
from eventscribe.events.classify import Rule, VerbClassifier
from eventscribe.model import CodedArticle

if TYPE_CHECKING:
    from eventscribe.events.coder import EventCoder

__all__ = [
    "DictionaryLike",
    "Discards",
    "build_classifier",
    "build_coder",
    "build_knowledge_base",
    "contains_phrase",
    "load",
    "pattern_rules",
    "rules_of",
]

DictionaryLike = str | os.PathLike[str] | UserDictionary


def load(items: Iterable[DictionaryLike]) -> list[UserDictionary]:
    """Paths (files or directories) and already-read dictionaries -> dictionaries, in order."""
    out: list[UserDictionary] = []
    for item in items:
        out.extend([item] if isinstance(item, UserDictionary) else read_dictionaries([item]))
    return out


def _entry(row: dict[str, Any]) -> ActorEntry:
    spans = tuple(CodeSpan(c["code"], _date(c.get("start")), _date(c.get("end"))) for c in row["codes"])
    return ActorEntry(tuple(row["names"]), spans, row.get("kind", "organisation"))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def build_knowledge_base(dictionaries: Sequence[UserDictionary], *, packaged: bool = True) -> KnowledgeBase:
    actors = [_entry(row) for d in dictionaries for row in d.actors]
    agents = [(row["word"], row["code"]) for d in dictionaries for row in d.agents]
    if packaged:
        return load_kb().extended(actors, agents)
    return KnowledgeBase(actors, (), agents)


def _verb_groups(names: Iterable[str]) -> dict[str, list[str]]:
    """Verb names ("crack down", "restore") grouped by particle."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        lemma, _, particle = name.partition(" ")
        groups[particle].append(lemma)
    return groups


def pattern_rules(row: dict[str, Any]) -> list[Rule]:
    rules = []
    prep = row["prep"] or []
    obj = (tuple(row["object"]),) if row["object"] else ()
    for particle, lemmas in _verb_groups(row["verbs"]).items():
        base = Rule(verbs=tuple(lemmas), code=row["code"], particle=(particle,) if particle else (), object=obj)
        if prep:
            head = (tuple(prep[-1:]),) if len(prep) > 1 else ()
            rules.append(replace(base, prep=(prep[0],), prep_object=head))
            if prep[0] == "to" and len(prep) == 2:  # "* TO RECONSIDER": an infinitive as often as a place
                rules.append(replace(base, xcomp=(prep[1],)))
        else:
            rules.append(base)
            # the words after "*" may belong to an infinitive: "VOW * WAR" in "vowed to wage war"
            rules.append(replace(base, object=(), xcomp_object=obj))
    return rules


def rules_of(dictionaries: Sequence[UserDictionary]) -> list[Rule]:
    """Curated rules from the dictionaries' verbs and patterns; later dictionaries first (they win ties)."""
    rules: list[Rule] = []
    for d in reversed(dictionaries):
        for row in d.patterns:
            if not row.get("before") and not row.get("compound") and not row.get("more_preps"):
                rules.extend(pattern_rules(row))  # the others: see eventscribe.dictionaries.coder
        base = {(row["lemma"], row["particle"]) for row in d.verbs if not row.get("form")}
        for row in d.verbs:
            if row.get("form") and (row["lemma"], row["particle"]) in base:
                continue  # a form beside its base form's entry: see form_codes
            particle = (row["particle"],) if row["particle"] else ()
            rules.append(Rule(verbs=(row["lemma"],), code=row["code"], particle=particle))
    return rules


def build_classifier(dictionaries: Sequence[UserDictionary], *, packaged: bool = True) -> VerbClassifier:
    return VerbClassifier.with_rules(rules_of(dictionaries), packaged=packaged)


@dataclass(frozen=True)
class Discards:
    """Sentences (or, for story discards, whole articles) that contain a discard phrase give no events."""

    sentence: tuple[tuple[str, ...], ...] = ()
    story: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, dictionaries: Sequence[UserDictionary]) -> Discards:
        rows = [row for d in dictionaries for row in d.discards]
        return cls(
            tuple(tuple(r["phrase"].split()) for r in rows if not r["story"]),
            tuple(tuple(r["phrase"].split()) for r in rows if r["story"]),
        )

    def __bool__(self) -> bool:
        return bool(self.sentence or self.story)

    def apply(self, coded: CodedArticle) -> CodedArticle:
        if not self or not coded.events:
            return coded
        if contains_phrase(normalize(coded.article.text), self.story):
            return replace(coded, events=())
        kept = tuple(e for e in coded.events if not contains_phrase(normalize(e.sentence), self.sentence))
        return coded if len(kept) == len(coded.events) else replace(coded, events=kept)


def contains_phrase(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
            return True
    return False


def build_coder(dictionaries: Sequence[UserDictionary], *, packaged: bool = True, min_confidence: float) -> EventCoder:
    """An event coder over the packaged data and ``dictionaries`` (or, with ``packaged=False``, over the
    dictionaries alone, coded literally as PETRARCH would: a clause in the future is coded as its act,
    acts are coded each way only when the dictionary pairs their codes, and the target may be any actor
    after the verb)."""
    from eventscribe.actors import ActorResolver
    from eventscribe.dictionaries.coder import DictionaryCoder, Extras
    from eventscribe.events.clause_codes import ClauseClassifier

    resolver = ActorResolver(build_knowledge_base(dictionaries, packaged=packaged))
    classifier = build_classifier(dictionaries, packaged=packaged)
    coder = DictionaryCoder(resolver=resolver, classifier=classifier, min_confidence=min_confidence)
    coder.extras = Extras.of(dictionaries, literal=not packaged)
    if not packaged:
        coder.clauses = ClauseClassifier(classifier, future_intent=False)
        coder.mutual_with = ()
    return coder
