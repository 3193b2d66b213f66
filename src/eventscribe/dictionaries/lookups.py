"""What user dictionaries say beyond actors and rules, read into the lookup tables the dictionary coder
uses: written verb forms and phrases, patterns with words before the verb, where a pattern puts source
and target, paired codes, prefix role words and actor entries with several codes at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventscribe.dictionaries.runtime import pattern_rules
from eventscribe.dictionaries.user import UserDictionary
from eventscribe.events.classify import Rule
from eventscribe.events.clauses import Clause
from eventscribe.model import Sentence, Token

__all__ = [
    "BeforePattern",
    "Groups",
    "Roles",
    "actor_groups",
    "before_patterns",
    "find_word",
    "form_codes",
    "paired_codes",
    "pattern_roles",
    "prefix_agents",
    "roles_of",
    "verb_phrases",
    "word_forms",
    "written_forms",
]

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
class BeforePattern:
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
        if self.adjacent and not (tokens and self.before[-1] in word_forms(tokens[-1])):
            return False
        position = 0
        for want in self.before:
            while position < len(tokens) and want not in word_forms(tokens[position]):
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
        found = find_word(sentence, word, range(position, len(sentence.tokens)))
        if found is None:
            return False
        position = found + 1
    return True


def word_forms(token: Token) -> set[str]:
    return {token.text.lower(), token.lemma.lower()}


def before_patterns(dictionaries: Sequence[UserDictionary]) -> dict[str, list[BeforePattern]]:
    """Verb lemma -> its patterns with words before the verb, the most specific first (later
    dictionaries first among equals)."""
    out: dict[str, list[BeforePattern]] = defaultdict(list)
    for d in reversed(dictionaries):
        for row in d.patterns:
            if not row.get("before") and not row.get("compound") and not row.get("more_preps"):
                continue
            after = tuple(pattern_rules(row)) if row["object"] or row["prep"] else ()
            pattern = BeforePattern(
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


def find_word(sentence: Sentence, word: str, positions: range) -> int | None:
    """The first position (in the order given) whose token is ``word``, written or as lemma."""
    return next((i for i in positions if word in word_forms(sentence.tokens[i])), None)
