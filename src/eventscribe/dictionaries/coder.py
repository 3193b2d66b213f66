"""The event coder with what user dictionaries add beyond actors and rules.

- a verb entry limited to one written form (``form: left`` beside ``leave``);
- patterns with words before the verb (``before: [have]``, ``adjacent``) or for a compound subject
  (``compound: true``, whose members then act on each other);
- a preposition that a matched pattern names holds a target ("clashed over the efforts of Eriador");
- paired codes: the target's act in return ("A arrived in B": B received A);
- an actor entry with several codes at once ("The Shire" ``[FRO/BIL/SAM]``) codes each event once for
  each of them;
- a prefix role word (``prefix: true``, PETRARCH's ``[NGO~]``) puts its code in front ("MSF Arnor":
  ``NGOARN``);
- a pattern's source and target (PETRARCH's ``$`` and ``+``, past ``^`` skips), its preposition groups
  after the first (``more_preps``), a verb's written forms (``forms``, PETRARCH's ``{…}``) and a verb
  written as several words (``phrase``, PETRARCH's ``WIRE_+TAP``);
- literal coding (only the user's dictionaries, as PETRARCH): any actor after the verb may be the target,
  pattern object words and prepositions may be anywhere after the verb, a negated clause is coded only by
  a pattern naming the negation, a passive clause's subject is its source, actor phrases are read whole,
  and "former" makes an elite (``ELI``).

:class:`DictionaryCoder` adds these around :class:`~eventscribe.events.coder.EventCoder`'s clause coding.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.dictionaries.runtime import contains_phrase, pattern_rules
from eventscribe.dictionaries.user import UserDictionary
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.classify import Rule
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.coder import EventCoder
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Actor, Event, ParsedArticle, Sentence, Token

__all__ = [
    "DictionaryCoder",
    "Extras",
    "actor_groups",
    "before_patterns",
    "form_codes",
    "paired_codes",
    "prefix_agents",
]

#: Confidence of a code from a pattern with words before the verb (as for a curated rule with constraints).
BEFORE_CONFIDENCE = 0.9
#: Words that negate a clause ("will not", "never").
NEGATIONS = GRAMMAR.negations
#: PETRARCH's built-in rule: "former" makes an elite (``ELI``) of the named actor.
FORMER, ELITE = "FORMER", "ELI"
#: Where a pattern finds its source or target: (role, side, anchor word, actors skipped), see roles_of.
Roles = tuple[tuple[str, str, str, int], ...]
Groups = dict[str, list[tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]]]


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
    roles: Roles = ()
    more: tuple[tuple[str, ...], ...] = ()  # preposition groups after the first, each after the verb

    def match(self, sentence: Sentence, clause: Clause) -> bool:
        if self.compound and len(clause.sources) < 2:
            return False
        if not all(_group_after(sentence, clause.verb, group) for group in self.more):
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


def _group_after(sentence: Sentence, verb: int, group: tuple[str, ...]) -> bool:
    """Whether a preposition group ("with", "to talk") comes after the verb: the preposition, then each
    of its words, in order."""
    position = verb + 1
    for word in group:
        found = _find(sentence, word, range(position, len(sentence.tokens)))
        if found is None:
            return False
        position = found + 1
    return True


def _forms(token: Token) -> set[str]:
    return {token.text.lower(), token.lemma.lower()}


def before_patterns(dictionaries: Sequence[UserDictionary]) -> dict[str, list[_BeforePattern]]:
    """Verb lemma -> its patterns with words before the verb, the most specific first (later
    dictionaries first among equals)."""
    out: dict[str, list[_BeforePattern]] = defaultdict(list)
    for d in reversed(dictionaries):
        for row in d.patterns:
            if not row.get("before") and not row.get("compound") and not row.get("more_preps"):
                continue
            after = tuple(pattern_rules(row)) if row["object"] or row["prep"] else ()
            pattern = _BeforePattern(
                tuple(row.get("before", ())),
                after,
                row["code"],
                row.get("compound", False),
                row.get("adjacent", False),
                roles_of(row),
                tuple(tuple(g) for g in row.get("more_preps", ())),
            )
            for name in row["verbs"]:
                out[name.partition(" ")[0]].append(pattern)
    for patterns in out.values():
        patterns.sort(
            key=lambda p: (
                -(len(p.before) + p.compound + len(p.more) + (max(r.specificity for r in p.after) if p.after else 0))
            )
        )
    return out


def roles_of(row: dict[str, Any]) -> Roles:
    """A pattern row's ``source`` and ``target`` (PETRARCH's ``$`` and ``+``) as (role, side, anchor,
    skip) tuples."""
    out = []
    for role in ("source", "target"):
        spec = row.get(role)
        if spec:
            side = "after" if "after" in spec else "before"
            out.append((role, side, spec[side], int(spec.get("skip", 0))))
    return tuple(out)


def pattern_roles(dictionaries: Sequence[UserDictionary]) -> dict[tuple[str, str], list[tuple[frozenset[str], Roles]]]:
    """(verb lemma, code) -> the words and roles of the patterns (without words before the verb) that
    place their source or target; later dictionaries first."""
    out: dict[tuple[str, str], list[tuple[frozenset[str], Roles]]] = defaultdict(list)
    for d in reversed(dictionaries):
        for row in d.patterns:
            roles = roles_of(row)
            if not roles or row.get("before") or row.get("compound") or row.get("more_preps"):
                continue
            words = frozenset(row["object"]) | frozenset(row["prep"] or ())
            for name in row["verbs"]:
                out[(name.partition(" ")[0], row["code"])].append((words, roles))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def written_forms(dictionaries: Sequence[UserDictionary]) -> dict[str, str]:
    """Written verb form -> lemma, from verb entries' ``forms`` (PETRARCH's ``{…}`` lists; later
    dictionaries override earlier ones)."""
    return {form: row["lemma"] for d in dictionaries for row in d.verbs for form in row.get("forms", ())}


def verb_phrases(dictionaries: Sequence[UserDictionary]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, lemma) of verbs written as several words (``phrase``: PETRARCH's ``WIRE_+TAP``)."""
    return tuple((tuple(row["phrase"]), row["lemma"]) for d in dictionaries for row in d.verbs if row.get("phrase"))


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
            if all(w in _forms(t) or written.get(t.text.lower()) == w for w, t in zip(words, span, strict=True)):
                head = next((t for t in span if not k <= t.head < k + n or t.head == t.i), span[0])
                tokens[head.i] = replace(head, lemma=lemma, pos="VERB")
    new = tuple(tokens)
    return sentence if new == sentence.tokens else replace(sentence, tokens=new)


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
class Extras:
    """What user dictionaries add to coding beyond the knowledge base and the rules."""

    pairs: dict[tuple[str, str, str], str]
    before: dict[str, list[_BeforePattern]]
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
            _renamed(replace(event, source=s, target=t), f"{s.code if s else ''}>{t.code if t else ''}")
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
                return _with_pattern_targets(sentence, clause, found, every_prep=self.literal), found, pattern.roles
        words = set(found.trigger.split())
        roles = next((r for w, r in self.roles.get((clause.frame.verb, found.code), ()) if w <= words), ())
        return _with_pattern_targets(sentence, clause, found, every_prep=self.literal), found, roles

    def negation_pattern(self, sentence: Sentence, clause: Clause) -> _BeforePattern | None:
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


class DictionaryCoder(EventCoder):
    """An event coder with user dictionaries' :class:`Extras` (set ``extras`` after construction)."""

    extras: Extras

    def _sentence_events(self, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors) -> Iterator[Event]:
        sentence = relemmatised(sentence, self.extras)
        yield from super()._sentence_events(parsed, sentence, actors)
        if self.extras.literal:
            yield from self._negated_events(parsed, sentence, actors)

    def _negated_events(self, parsed: ParsedArticle, sentence: Sentence, actors: SentenceActors) -> Iterator[Event]:
        """Negated clauses are coded only by a pattern that names the negation before the verb ("``WILL
        NOT *``", "``SAID NOT *``"), which then gives its own code, as PETRARCH does."""
        negations = {t.i for t in sentence.tokens if _is_negation(t)}
        if not negations:
            return
        unnegated = replace(
            sentence, tokens=tuple(replace(t, dep="dep") if t.i in negations else t for t in sentence.tokens)
        )
        for clause in find_clauses(unnegated):
            if not any(sentence.tokens[i].head == clause.verb for i in negations):
                continue
            pattern = self.extras.negation_pattern(sentence, clause)
            if pattern is None:
                continue
            found = Classification(pattern.code, BEFORE_CONFIDENCE, " ".join((*pattern.before, clause.frame.verb)))
            yield from self._clause_events(parsed, sentence, clause, found, actors)

    def _clause_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        actors: SentenceActors,
    ) -> Iterator[Event]:
        if self.extras.literal:
            clause = _passive_subject_as_source(sentence, clause)
            _drop_subsumed(sentence, actors)
            self._name_in_phrase(sentence, actors)
        clause, found, roles = self.extras.reclassify(sentence, clause, found, self.clauses.classify)
        if roles:
            clause = _placed_roles(sentence, clause, roles, sorted(actors.found))
        for coded in super()._clause_events(parsed, sentence, clause, found, actors):
            if self.extras.literal:
                coded = replace(coded, source=self._former(coded.source), target=self._former(coded.target))
            for event in self.extras.expand(coded):
                yield event
                paired = self.extras.paired(sentence, clause, event.cameo.code)
                if paired and event.source is not None and event.target is not None:
                    yield _reverse(self, event, paired)

    def _name_in_phrase(self, sentence: Sentence, actors: SentenceActors) -> None:
        """Literal coding finds an actor anywhere in a noun phrase, as PETRARCH does: a phrase whose
        head names none ("The K.U. basketball team") is the actor its first words name ("The K.U.")."""
        found = actors.found
        for token in sentence.tokens:
            if token.i in found or token.pos not in ("NOUN", "PROPN") or token.dep in ("compound", "flat"):
                continue
            left = [c for c in sentence.children(token.i) if c.i < token.i]
            if not left or not any(c.dep in ("compound", "flat") for c in left):
                continue
            start = min(c.i for c in left)
            for end in range(token.i, start, -1):  # the longest run of words first
                words = " ".join(t.text for t in sentence.tokens[start:end])
                actor = self.resolver.resolve_text(words, date=actors.date)
                if actor is not None:
                    found[token.i] = Argument(actor, token.i)
                    break

    def _former(self, actor: Actor | None) -> Actor | None:
        """PETRARCH's built-in agent rule: a mention with "former" is an elite of its named actor, whose
        role words it drops ("Arnor former security officials": ARNELI; "former security officials in
        White House": USAGOVELI)."""
        if actor is None or FORMER not in normalize(actor.text) or actor.code.endswith(ELITE):
            return actor
        named = self.resolver.resolve_text(actor.name) if actor.name else None
        base = named.code if named is not None else actor.country or "---"
        return replace(actor, code=base + ELITE, sectors=sectors_of(base + ELITE))


def _placed_roles(sentence: Sentence, clause: Clause, roles: Roles, mentions: list[int]) -> Clause:
    """The clause with the source and target where the pattern puts them: the first actor after the
    anchor word (or the nearest before it), past ``skip`` others ("``* IFTAR IN ^ +``": "celebrated Iftar
    in Osgiliath with the leaders of Gondor" is aimed at Gondor). A role whose anchor or actor is not
    found leaves the clause's own."""
    verb = clause.verb
    for role, side, anchor, skip in roles:
        if side == "after":
            start = verb if anchor == "*" else _find(sentence, anchor, range(verb + 1, len(sentence.tokens)))
            candidates = [i for i in mentions if start is not None and i > start and i != verb]
        else:
            end = verb if anchor == "*" else _find(sentence, anchor, range(verb - 1, -1, -1))
            candidates = [i for i in reversed(mentions) if end is not None and i < end]
        if len(candidates) <= skip:
            continue
        chosen = candidates[skip]
        if role == "source":
            clause = replace(clause, sources=(chosen,), inherited_subject=False)
        else:
            clause = replace(clause, targets=((chosen,),), direct=True)
    return clause


def _find(sentence: Sentence, word: str, positions: range) -> int | None:
    """The first position (in the order given) whose token is ``word``, written or as lemma."""
    return next((i for i in positions if word in _forms(sentence.tokens[i])), None)


def _drop_subsumed(sentence: Sentence, actors: SentenceActors) -> None:
    """Literal coding reads the longest actor phrase, as PETRARCH does: a name that modifies a resolved
    head of its own country ("the Gondor main opposition group", "Gondor's golden geese") is no mention
    of its own beside it."""
    found = actors.found
    for i, arg in list(found.items()):
        token = sentence.tokens[i]
        whole = found.get(token.head)
        if token.dep not in ("nmod", "poss") or token.head == i or whole is None:
            continue
        if len(whole.actor.code) > len(arg.actor.code) and whole.actor.code.startswith(arg.actor.code):
            del found[i]


def _is_negation(token: Token) -> bool:
    return token.dep == "neg" or (token.dep == "advmod" and token.lemma.lower() in NEGATIONS)


def _passive_subject_as_source(sentence: Sentence, clause: Clause) -> Clause:
    """Literal coding reads the subject of a passive clause without a "by" agent as the source, as
    PETRARCH does ("The Philippines was criticized over its dispute with Eriador": PHL ERI)."""
    if not clause.frame.passive or clause.sources:
        return clause
    heads = [clause.verb] + [c.i for c in sentence.children(clause.verb) if c.dep in ("aux", "auxpass")]
    subjects = {c.i for h in heads for c in sentence.children(h) if c.dep in ("nsubjpass", "nsubj")}
    if not subjects:
        return clause
    group = next((g for g in clause.targets if subjects & set(g)), tuple(sorted(subjects)))
    rest = tuple(g for g in clause.targets if g != group)
    return replace(clause, sources=group, targets=rest, direct=False)


def _with_pattern_targets(
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


def _renamed(event: Event, salt: str) -> Event:
    """``event`` with an id of its own, derived from its id and ``salt``."""
    key = f"{event.event_id}\x1f{salt}"
    return replace(event, event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


def _reverse(coder: EventCoder, event: Event, code: str) -> Event:
    reverse = replace(
        event,
        source=event.target,
        target=event.source,
        cameo=coder.codebook.cameo(code),
        plover=coder.codebook.plover(code),
    )
    return _renamed(reverse, f"paired {code}")


def prefix_agents(dictionaries: Sequence[UserDictionary]) -> dict[tuple[str, ...], str]:
    """Role words whose code goes in front of the actor's (``prefix: true``), as word tuples."""
    return {tuple(row["word"].split()): row["code"] for d in dictionaries for row in d.agents if row.get("prefix")}


def actor_groups(dictionaries: Sequence[UserDictionary]) -> Groups:
    """First code -> (names, codes) of actor entries with several undated codes at once
    (PETRARCH's ``[FRO/BIL/SAM]``); the resolver gives the first code, coding expands it."""
    out: Groups = defaultdict(list)
    for d in dictionaries:
        for row in d.actors:
            codes = row["codes"]
            if len(codes) > 1 and not any(c.get("start") or c.get("end") for c in codes):
                names = tuple(tuple(n.split()) for n in row["names"])
                names += tuple(n[1:] for n in names if len(n) > 1 and n[0] == "THE")  # mentions drop "the"
                out[codes[0]["code"]].append((names, tuple(dict.fromkeys(c["code"] for c in codes))))
    return out
