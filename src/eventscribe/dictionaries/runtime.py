"""User dictionaries at run time: a knowledge base, a verb classifier and discards that include them.

Actors and role words are added to the packaged knowledge base (an actor replaces every actor of the
same name, a role word the role word of the same words); verbs and patterns become curated rules tried
before the packaged ones (they win ties; a packaged rule with more constraints still wins). Later
dictionaries override earlier ones. With ``packaged=False`` only the given dictionaries are used: no
packaged actors, countries, role words, rules, dictionary patterns or event nouns.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.actors.kb import ActorEntry, CodeSpan, KnowledgeBase, load_kb
from eventscribe.dictionaries.user import UserDictionary, read_dictionaries
from eventscribe.events.classify import Rule, VerbClassifier
from eventscribe.events.frame import Classification
from eventscribe.model import CodedArticle

__all__ = ["DictionaryLike", "Discards", "build_classifier", "build_coder", "build_knowledge_base", "load", "rules_of"]

DictionaryLike = str | os.PathLike[str] | UserDictionary
#: Confidence of a code from a pattern with words before the verb (as for a curated rule with constraints).
BEFORE_CONFIDENCE = 0.9


def load(items: Iterable[DictionaryLike]) -> list[UserDictionary]:
    """Paths (files or directories) and already-read dictionaries -> dictionaries, in order."""
    out: list[UserDictionary] = []
    for item in items:
        out.extend([item] if isinstance(item, UserDictionary) else read_dictionaries([item]))
    return out


def _entry(row: dict[str, Any]) -> ActorEntry:
    spans = tuple(
        CodeSpan(
            c["code"],
            _date(c.get("start")),
            _date(c.get("end")),
        )
        for c in row["codes"]
    )
    return ActorEntry(tuple(row["names"]), spans, row.get("kind", "organisation"))


def _date(value: Any) -> Any:
    import datetime as dt

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


def _pattern_rules(row: dict[str, Any]) -> list[Rule]:
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
            if not row.get("before") and not row.get("compound"):
                rules.extend(_pattern_rules(row))
        base = {(row["lemma"], row["particle"]) for row in d.verbs if not row.get("form")}
        for row in d.verbs:
            if row.get("form") and (row["lemma"], row["particle"]) in base:
                continue  # a form beside its base form's entry: see form_codes
            particle = (row["particle"],) if row["particle"] else ()
            rules.append(Rule(verbs=(row["lemma"],), code=row["code"], particle=particle))
    return rules


def form_codes(dictionaries: Sequence[UserDictionary]) -> dict[tuple[str, str], str]:
    """(lemma, inflected form) -> code of verb entries limited to one form ("left", not "leave")."""
    out: dict[tuple[str, str], str] = {}
    for d in dictionaries:
        for row in d.verbs:
            if row.get("form") and not row["particle"]:
                out[(row["lemma"], row["form"])] = row["code"]
    return out


@dataclass(frozen=True)
class _BeforePattern:
    """A pattern with words before the verb: they must appear, in order, before it in the sentence
    (the last one right before it when ``adjacent``); with ``compound``, the subject is a compound."""

    before: tuple[str, ...]
    after: tuple[Rule, ...]  # the constraints after the verb (none: any frame)
    code: str
    compound: bool = False
    adjacent: bool = False

    def match(self, sentence: Any, clause: Any) -> bool:
        if self.compound and len(clause.sources) < 2:
            return False
        tokens = sentence.tokens[: clause.verb]
        if self.adjacent and not (tokens and self.before[-1] in _forms(tokens[-1])):
            return False
        position = 0
        for want in self.before:
            while position < len(tokens) and want not in _forms(tokens[position]):
                position += 1
            if position == len(tokens):
                return False
            position += 1
        return not self.after or any(rule.match(clause.frame) is not None for rule in self.after)


def _forms(token: Any) -> set[str]:
    return {token.text.lower(), token.lemma.lower()}


def before_patterns(dictionaries: Sequence[UserDictionary]) -> dict[str, list[_BeforePattern]]:
    """Verb lemma -> its patterns with words before the verb, the most specific first (later
    dictionaries first among equals)."""
    out: dict[str, list[_BeforePattern]] = defaultdict(list)
    for d in reversed(dictionaries):
        for row in d.patterns:
            if not row.get("before") and not row.get("compound"):
                continue
            after = tuple(_pattern_rules(row)) if row["object"] or row["prep"] else ()
            pattern = _BeforePattern(
                tuple(row.get("before", ())), after, row["code"], row.get("compound", False), row.get("adjacent", False)
            )
            for name in row["verbs"]:
                out[name.partition(" ")[0]].append(pattern)
    for patterns in out.values():
        patterns.sort(
            key=lambda p: -(len(p.before) + p.compound + (max(r.specificity for r in p.after) if p.after else 0))
        )
    return out


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
        if _contains(normalize(coded.article.text), self.story):
            return replace(coded, events=())
        kept = tuple(e for e in coded.events if not _contains(normalize(e.sentence), self.sentence))
        return coded if len(kept) == len(coded.events) else replace(coded, events=kept)


def _contains(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
            return True
    return False


def paired_codes(dictionaries: Sequence[UserDictionary]) -> dict[tuple[str, str, str], str]:
    """(verb lemma, form or "", code) -> the code of the target's act in return, from ``paired``
    entries (later dictionaries override earlier ones)."""
    out: dict[tuple[str, str, str], str] = {}
    for d in dictionaries:
        for row in d.verbs:
            if row.get("paired"):
                out[(row["lemma"], row.get("form", ""), row["code"])] = row["paired"]
        for row in d.patterns:
            if row.get("paired"):
                for name in row["verbs"]:
                    out[(name.partition(" ")[0], "", row["code"])] = row["paired"]
    return out


@dataclass(frozen=True)
class _Extras:
    """What user dictionaries add to coding beyond the knowledge base and the rules."""

    pairs: dict[tuple[str, str, str], str]
    before: dict[str, list[_BeforePattern]]
    forms: dict[tuple[str, str], str]
    literal: bool
    groups: dict[str, list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]]

    @classmethod
    def of(cls, dictionaries: Sequence[UserDictionary], *, literal: bool) -> _Extras:
        return cls(
            paired_codes(dictionaries),
            before_patterns(dictionaries),
            form_codes(dictionaries),
            literal,
            actor_groups(dictionaries),
        )

    def members(self, actor: Any) -> list[Any]:
        """The actors an entry with several codes at once stands for ("The Shire": FRO, BIL, SAM)."""
        if actor is None:
            return [actor]
        words = normalize(actor.text)
        for names, codes in self.groups.get(actor.code, ()):
            if _contains(words, names):
                return [replace(actor, code=c, country=c[:3], sectors=sectors_of(c)) for c in codes]
        return [actor]

    def expand(self, event: Any) -> list[Any]:
        """``event`` once for each member of a group actor on either side."""
        sources, targets = self.members(event.source), self.members(event.target)
        if len(sources) == len(targets) == 1:
            return [event]
        return [
            _renamed(replace(event, source=s, target=t), f"{s.code if s else ''}>{t.code if t else ''}")
            for s in sources
            for t in targets
        ]

    def reclassify(
        self, sentence: Any, clause: Any, found: Classification, classify: Any
    ) -> tuple[Any, Classification]:
        """The clause and code after the verb's written form, the patterns with words before it and, in
        literal coding, object words anywhere after the verb ("allowed that Mordor isn't the neatest
        place": ``* THE_NEATEST_PLACE``), as PETRARCH matches them."""
        if self.literal:
            wider = _after_verb_words(sentence, clause)
            if wider:
                frame = replace(clause.frame, objects=clause.frame.objects + wider)
                better = classify(replace(clause, frame=frame))
                if better is not None and better.confidence > found.confidence:
                    found = better
        form = self.forms.get((clause.frame.verb, sentence.tokens[clause.verb].text.lower()))
        if form is not None and found.trigger == clause.frame.verb:  # the bare verb, as written
            found = Classification(form, found.confidence, found.trigger)
        for pattern in self.before.get(clause.frame.verb, ()):
            if pattern.match(sentence, clause):
                trigger = f"{' '.join(pattern.before)} {found.trigger}".strip()
                found = Classification(pattern.code, BEFORE_CONFIDENCE, trigger)
                if pattern.compound:  # "% *": the members of the compound subject act on each other
                    clause = replace(clause, targets=(), direct=False)
                    return clause, found
                break
        return _with_pattern_targets(sentence, clause, found, every_prep=self.literal), found

    def paired(self, sentence: Any, clause: Any, code: str) -> str | None:
        written = sentence.tokens[clause.verb].text.lower()
        verb = clause.frame.verb
        return self.pairs.get((verb, written, code)) or self.pairs.get((verb, "", code))


def _after_verb_words(sentence: Any, clause: Any) -> tuple[str, ...]:
    """Lemmas and written forms of the words after the verb in its subtree, not already objects."""
    have = set(clause.frame.objects)
    words: list[str] = []
    for token in sentence.subtree(clause.verb):
        if token.i <= clause.verb or token.pos == "PUNCT":
            continue
        for word in (token.lemma.lower(), token.text.lower()):
            if word not in have:
                have.add(word)
                words.append(word)
    return tuple(words)


def _coder_class() -> type:
    from eventscribe.events.coder import EventCoder

    class DictionaryCoder(EventCoder):
        """An event coder with user dictionaries' extras: verb forms, words before the verb, targets
        held by a pattern's preposition, and the paired event ("A arrived in B": B received A)."""

        extras: _Extras

        def _clause_events(self, parsed: Any, sentence: Any, clause: Any, found: Any, actors: Any) -> Any:
            clause, found = self.extras.reclassify(sentence, clause, found, self.clauses.classify)
            for coded in super()._clause_events(parsed, sentence, clause, found, actors):
                for event in self.extras.expand(coded):
                    yield event
                    paired = self.extras.paired(sentence, clause, event.cameo.code)
                    if paired and event.source is not None and event.target is not None:
                        yield _reverse(self, event, paired)

    return DictionaryCoder


def build_coder(dictionaries: Sequence[UserDictionary], *, packaged: bool = True, min_confidence: float) -> Any:
    """An event coder over the packaged data and ``dictionaries`` (or, with ``packaged=False``, over the
    dictionaries alone, coded literally as PETRARCH would: a clause in the future is coded as its act,
    acts are coded each way only when the dictionary pairs their codes, and the target may be any actor
    after the verb)."""
    from eventscribe.actors import ActorResolver
    from eventscribe.events.clause_codes import ClauseClassifier

    resolver = ActorResolver(build_knowledge_base(dictionaries, packaged=packaged))
    classifier = build_classifier(dictionaries, packaged=packaged)
    coder = _coder_class()(resolver=resolver, classifier=classifier, min_confidence=min_confidence)
    coder.extras = _Extras.of(dictionaries, literal=not packaged)
    if not packaged:
        coder.clauses = ClauseClassifier(classifier, future_intent=False)
        coder.mutual_with = ()
    return coder


def _with_pattern_targets(sentence: Any, clause: Any, found: Any, *, every_prep: bool = False) -> Any:
    """A preposition that the matched pattern names ("CLASH * OVER EFFORTS") also holds a target: the
    clause's other candidates first, then that preposition's object (and the actors inside it). With
    ``every_prep`` (literal coding), any preposition of the verb does, in order, as PETRARCH takes the
    first actor after the verb ("warned of the Prince of Dol Amroth")."""
    words = set(found.trigger.split())
    groups = list(clause.targets)
    for prep in sentence.children(clause.verb):
        if prep.dep != "prep" or not (every_prep or prep.text.lower() in words):
            continue
        for pobj in sentence.children(prep.i):
            group = (pobj.i,)
            if pobj.dep == "pobj" and not any(pobj.i in g for g in groups):
                groups.append(group)
    if every_prep:  # and then whatever follows the verb ("allowed that Mordor isn't ...")
        taken = {i for g in groups for i in g}
        for child in sentence.children(clause.verb):
            if child.i > clause.verb and child.dep not in ("punct", "prep", "cc") and child.i not in taken:
                groups.append((child.i,))
    return clause if len(groups) == len(clause.targets) else replace(clause, targets=tuple(groups))


def _renamed(event: Any, salt: str) -> Any:
    """``event`` with an id of its own, derived from its id and ``salt``."""
    import hashlib

    key = f"{event.event_id}\x1f{salt}"
    return replace(event, event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


def _reverse(coder: Any, event: Any, code: str) -> Any:
    reverse = replace(
        event,
        source=event.target,
        target=event.source,
        cameo=coder.codebook.cameo(code),
        plover=coder.codebook.plover(code),
    )
    return _renamed(reverse, f"paired {code}")


def actor_groups(
    dictionaries: Sequence[UserDictionary],
) -> dict[str, list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]]:
    """First code -> (names, codes) of actor entries with several undated codes at once
    (PETRARCH's ``[FRO/BIL/SAM]``); the resolver gives the first code, coding expands it."""
    out: dict[str, list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]] = defaultdict(list)
    for d in dictionaries:
        for row in d.actors:
            codes = row["codes"]
            if len(codes) > 1 and not any(c.get("start") or c.get("end") for c in codes):
                names = tuple(tuple(n.split()) for n in row["names"])
                names += tuple(n[1:] for n in names if len(n) > 1 and n[0] == "THE")  # mentions drop "the"
                out[codes[0]["code"]].append((names, tuple(dict.fromkeys(c["code"] for c in codes))))
    return out
