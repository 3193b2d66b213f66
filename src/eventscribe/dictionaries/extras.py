"""How the dictionary coder applies what user dictionaries add (:class:`Extras`, built from the tables of
:mod:`eventscribe.dictionaries.lookups`): re-lemmatised verb forms, patterns re-classifying a clause and
placing its targets, group and prefix actors, paired codes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.dictionaries.lookups import (
    BeforePattern,
    Groups,
    Roles,
    actor_groups,
    before_patterns,
    form_codes,
    paired_codes,
    pattern_roles,
    prefix_agents,
    verb_phrases,
    word_forms,
    written_forms,
)
from eventscribe.dictionaries.runtime import contains_phrase
from eventscribe.dictionaries.user import UserDictionary
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Actor, Event, Sentence

__all__ = ["BEFORE_CONFIDENCE", "Extras", "NEGATIONS", "relemmatised", "renamed", "with_pattern_targets"]

#: Words that negate a clause ("will not", "never").
NEGATIONS = GRAMMAR.negations

#: Confidence of a code from a pattern with words before the verb (as for a curated rule with constraints).
BEFORE_CONFIDENCE = 0.9


def relemmatised(sentence: Sentence, extras: Extras) -> Sentence:
    """``sentence`` with the lemma that a dictionary gives a written verb form ("cordoned": cordon, where
    the parser says "cordone"), and with a verb written as several words ("wire tap") read as its lemma
    at the word the parser made the phrase's head ("wire", with "tap" below it)."""
    written = extras.written
    tokens = [
        replace(t, lemma=written[t.text.lower()]) if t.text.lower() in written and t.pos in ("VERB", "AUX") else t
        for t in sentence.tokens
    ]
    for words, lemma in extras.phrases:
        n = len(words)
        for k in range(len(tokens) - n + 1):
            span = tokens[k : k + n]
            if all(w in word_forms(t) or written.get(t.text.lower()) == w for w, t in zip(words, span, strict=True)):
                head = next((t for t in span if not k <= t.head < k + n or t.head == t.i), span[0])
                tokens[head.i] = replace(head, lemma=lemma, pos="VERB")
    new = tuple(tokens)
    return sentence if new == sentence.tokens else replace(sentence, tokens=new)


@dataclass(frozen=True)
class Extras:
    """What user dictionaries add to coding beyond the knowledge base and the rules."""

    pairs: dict[tuple[str, str, str], str]
    before: dict[str, list[BeforePattern]]
    forms: dict[tuple[str, str], str]
    literal: bool
    groups: Groups
    prefixes: dict[tuple[str, ...], str]
    roles: dict[tuple[str, str], list[tuple[frozenset[str], Roles]]]
    written: dict[str, str]
    phrases: tuple[tuple[tuple[str, ...], str], ...]

    @classmethod
    def of(cls, dictionaries: Sequence[UserDictionary], *, literal: bool) -> Extras:
        return cls(
            paired_codes(dictionaries),
            before_patterns(dictionaries),
            form_codes(dictionaries),
            literal,
            actor_groups(dictionaries),
            prefix_agents(dictionaries),
            pattern_roles(dictionaries),
            written_forms(dictionaries),
            verb_phrases(dictionaries),
        )

    def prefixed(self, actor: Actor) -> Actor:
        """A mention with a prefix role word ("MSF Arnor", PETRARCH's ``[NGO~]``) takes its code in
        front of the actor's (``NGOARN``) instead of after it (``ARNNGO``)."""
        words = normalize(actor.text)
        for phrase, code in self.prefixes.items():
            if not contains_phrase(words, (phrase,)) or actor.code.startswith(code):
                continue
            rest = actor.code
            if rest[3:6] == code:  # the resolver put the role word after the country: ARNNGO, ARNNGOGOV
                rest = rest[:3] + rest[6:]
            return replace(actor, code=code + rest, sectors=sectors_of(code + rest))
        return actor

    def members(self, actor: Actor | None) -> list[Actor | None]:
        """The actors an entry with several codes at once stands for ("The Shire": FRO, BIL, SAM), each
        with its prefix role word if the mention has one."""
        if actor is None:
            return [actor]
        actor = self.prefixed(actor) if self.prefixes else actor
        words = normalize(actor.text)
        for names, codes in self.groups.get(actor.code, ()):
            if contains_phrase(words, names):
                return [replace(actor, code=c, country=c[:3], sectors=sectors_of(c)) for c in codes]
        return [actor]

    def expand(self, event: Event) -> list[Event]:
        """``event`` once for each member of a group actor on either side."""
        sources, targets = self.members(event.source), self.members(event.target)
        if len(sources) == len(targets) == 1:
            return [event]
        return [
            renamed(replace(event, source=s, target=t), f"{s.code if s else ''}>{t.code if t else ''}")
            for s in sources
            for t in targets
        ]

    def reclassify(
        self,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        classify: Callable[[Clause], Classification | None],
    ) -> tuple[Clause, Classification, Roles]:
        """The clause, code and roles (where the matched pattern puts source and target) after the verb's
        written form, the patterns with words before it and, in literal coding, object words and
        prepositions anywhere after the verb ("allowed that Mordor isn't the neatest place":
        ``* THE_NEATEST_PLACE``), as PETRARCH matches them."""
        if self.literal:
            wider, preps = _after_verb_words(sentence, clause), _after_verb_preps(sentence, clause)
            if wider or preps:
                frame = replace(clause.frame, objects=clause.frame.objects + wider, preps=clause.frame.preps + preps)
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
                    return clause, found, pattern.roles
                return with_pattern_targets(sentence, clause, found, every_prep=self.literal), found, pattern.roles
        words = set(found.trigger.split())
        roles = next((r for w, r in self.roles.get((clause.frame.verb, found.code), ()) if w <= words), ())
        return with_pattern_targets(sentence, clause, found, every_prep=self.literal), found, roles

    def negation_pattern(self, sentence: Sentence, clause: Clause) -> BeforePattern | None:
        """The first pattern of the clause's verb that names a negation before it and matches."""
        for pattern in self.before.get(clause.frame.verb, ()):
            if NEGATIONS & set(pattern.before) and pattern.match(sentence, clause):
                return pattern
        return None

    def paired(self, sentence: Sentence, clause: Clause, code: str) -> str | None:
        written = sentence.tokens[clause.verb].text.lower()
        verb = clause.frame.verb
        return self.pairs.get((verb, written, code)) or self.pairs.get((verb, "", code))


def _after_verb_words(sentence: Sentence, clause: Clause) -> tuple[str, ...]:
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


def _after_verb_preps(sentence: Sentence, clause: Clause) -> tuple[tuple[str, str], ...]:
    """(preposition, object lemma) of the prepositions after the verb in its subtree that the frame does
    not hold ("celebrated Iftar in Osgiliath": in, osgiliath, under the object)."""
    have = set(clause.frame.preps)
    out: list[tuple[str, str]] = []
    for token in sentence.subtree(clause.verb):
        if token.i <= clause.verb or token.dep != "prep":
            continue
        pobj = next((c for c in sentence.children(token.i) if c.dep == "pobj"), None)
        pair = (token.text.lower(), pobj.lemma.lower() if pobj is not None else "")
        if pair not in have:
            have.add(pair)
            out.append(pair)
    return tuple(out)


def with_pattern_targets(
    sentence: Sentence, clause: Clause, found: Classification, *, every_prep: bool = False
) -> Clause:
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


def renamed(event: Event, salt: str) -> Event:
    """``event`` with an id of its own, derived from its id and ``salt``."""
    key = f"{event.event_id}\x1f{salt}"
    return replace(event, event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])
