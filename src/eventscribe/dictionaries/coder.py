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

from collections.abc import Iterator
from dataclasses import replace

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.dictionaries.extras import BEFORE_CONFIDENCE, NEGATIONS, Extras, relemmatised, renamed
from eventscribe.dictionaries.lookups import (
    Roles,
    actor_groups,
    before_patterns,
    find_word,
    form_codes,
    paired_codes,
    prefix_agents,
)
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause, find_clauses
from eventscribe.events.coder import EventCoder
from eventscribe.events.frame import Classification
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

#: PETRARCH's built-in rule: "former" makes an elite (``ELI``) of the named actor.
FORMER, ELITE = "FORMER", "ELI"


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
            start = verb if anchor == "*" else find_word(sentence, anchor, range(verb + 1, len(sentence.tokens)))
            candidates = [i for i in mentions if start is not None and i > start and i != verb]
        else:
            end = verb if anchor == "*" else find_word(sentence, anchor, range(verb - 1, -1, -1))
            candidates = [i for i in reversed(mentions) if end is not None and i < end]
        if len(candidates) <= skip:
            continue
        chosen = candidates[skip]
        if role == "source":
            clause = replace(clause, sources=(chosen,), inherited_subject=False)
        else:
            clause = replace(clause, targets=((chosen,),), direct=True)
    return clause


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


def _reverse(coder: EventCoder, event: Event, code: str) -> Event:
    reverse = replace(
        event,
        source=event.target,
        target=event.source,
        cameo=coder.codebook.cameo(code),
        plover=coder.codebook.plover(code),
    )
    return renamed(reverse, f"paired {code}")
