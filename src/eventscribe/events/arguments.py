"""Find the actors of a clause: resolve a sentence's noun phrases once (see
:mod:`~eventscribe.events.resolved_mentions`), then pick sources and targets.

Sources are the clause's subject heads (or, for a pronoun or bare surname, an earlier mention). Targets are
taken from the first candidate group that names an actor other than the source: the group's own heads,
an earlier mention, or an actor inside the phrase ("sanctions on Iran"). A sector-only actor ("police")
takes a country from the sentence (see :func:`~eventscribe.events.context.fill_country`). A list member that
the parser took for an apposition is a party of its own, a role placed in several countries is one party
per country (see :mod:`~eventscribe.events.compound_parties`), and mutineers and the army they rise
against share a country (:mod:`~eventscribe.events.mutiny`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Set as AbstractSet
from dataclasses import replace

from eventscribe.actors import ActorResolver
from eventscribe.actors.armed_opposition import as_armed_opposition
from eventscribe.actors.codes import is_national, is_non_national
from eventscribe.events.clause_scene import MEMBER_PREPS as MEMBER_PREPS
from eventscribe.events.clause_scene import SCENE_PREPS as SCENE_PREPS
from eventscribe.events.clause_scene import clause_mates, scene_country
from eventscribe.events.clauses import Clause
from eventscribe.events.compound_parties import list_heads, place_countries, split_by_place, stray_places
from eventscribe.events.context import NEWS_SECTOR, UNKNOWN_COUNTRY, ArticleContext, fill_country
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.mention_phrases import (
    dateline,
    in_place_phrase,
    is_place_phrase,
)
from eventscribe.events.mutiny import against_mutineers, from_mutiny
from eventscribe.events.phrases import at_venue
from eventscribe.events.reference import sayer_head
from eventscribe.events.resolved_mentions import Argument, resolve_mentions
from eventscribe.events.role_words import (
    armed_forces,
    names_a_person,
    peer_office,
)
from eventscribe.events.said_it import body_sayer, sayer_conjuncts  # "X said it would …"
from eventscribe.events.sole_country import sole_country, with_sole_country
from eventscribe.events.speech import speaker_heads
from eventscribe.model import Actor, Sentence

__all__ = ["Argument", "SentenceActors"]

#: Nouns of a peer in another country holding the same kind of office ("his Spanish counterpart").
PEER_NOUNS = GRAMMAR.peer_nouns


class SentenceActors:
    """Every actor mention of one sentence, resolved once, and the clause arguments drawn from them."""

    def __init__(
        self, resolver: ActorResolver, sentence: Sentence, date: dt.date | None, context: ArticleContext
    ) -> None:
        self.sentence = sentence
        self.context = context
        self.resolver = resolver
        self.date = date
        self.dateline = frozenset(dateline(sentence))
        self.found = resolve_mentions(resolver, sentence, date, context, self.dateline)
        self.actors = [a.actor for a in self.found.values()]
        #: The article's main country, for sector-only actors; set once the whole article is read.
        self.default_country: tuple[str, int] | None = None

    def sources(self, clause: Clause) -> list[Argument]:
        listed = list_heads(self.sentence, self.found, [h for i in clause.sources for h in self._past_dateline(i)])
        stray = stray_places(self.sentence, self.found, listed)
        heads = [h for h in listed if h not in stray]  # "officials in Kabul and Islamabad": no party Islamabad
        sources = [a for i in heads if i in self.found for a in self._split(i)]
        if sources and len(heads) > 1:  # "Mr Straw and his Spanish counterpart": each conjunct counts
            sources = [a for i in heads for a in (self._split(i) if i in self.found else self._conjunct(i, sources))]
        sources = [p for a in sources for p in self._by_place(self._as_forces(a), listed)]
        sayers = self._sayer(tuple(heads))
        if len(sayers) > 1:  # "Russia and China said they would veto it": both, whatever "they" recalled
            return sayers
        return (
            sources or sayers or self._recall(tuple(heads), exclude=None)
            or self._modifier_actors(heads)
        )  # fmt: skip

    def _by_place(self, arg: Argument, heads: list[int]) -> list[Argument]:
        """A role placed in several countries is one party per country ("officials in Kabul and
        Islamabad": AFGGOV and PAKGOV); any other argument as it is."""
        actor = arg.actor
        if arg.recalled or not actor.sectors or actor.code != actor.country + "".join(actor.sectors):
            return [arg]
        countries = place_countries(self.sentence, self.found, arg.head, heads)
        placed = not actor.country or actor.country in countries  # "lawmakers in Kabul" read as AFGLEG
        return split_by_place(arg, countries) if countries and placed else [arg]

    def _sayer(self, heads: tuple[int, ...]) -> list[Argument]:
        """ "he" or "she" as the subject of what a named person says is that person (see
        :func:`~eventscribe.events.reference.sayer_head`)."""
        head = sayer_head(self.sentence, heads[0]) if len(heads) == 1 else None
        sayer = self.found.get(head) if head is not None else None
        if sayer is None or not names_a_person(self.sentence, sayer.head):
            sayer = body_sayer(self.sentence, heads[0], self.found) if len(heads) == 1 else None  # "it"
        if sayer is None:
            return []
        text = self.sentence.tokens[heads[0]].text
        sayers = [sayer]
        if text.lower() in ("they", "we"):  # "Russia and China said they would veto it": each of them
            sayers += [self.found[c] for c in sayer_conjuncts(self.sentence, sayer.head) if c in self.found]
        return [Argument(replace(s.actor, text=text), heads[0], True) for s in sayers]

    def _as_forces(self, arg: Argument) -> Argument:
        """A country named as the user of state forces ("Israeli" in "Israeli air strikes", found as the
        weapon's wielder) is its military."""
        token = self.sentence.tokens[arg.head]
        if token.dep not in ("amod", "compound", "nmod") or token.head == token.i:
            return arg
        return _as_military(self.sentence, token.head, arg)

    def _conjunct(self, head: int, partners: list[Argument]) -> list[Argument]:
        """A coordinated subject that names no actor of its own: the name in apposition ("his Spanish
        counterpart Miguel Moratinos"), or the country its modifier names, with the office of the peer
        it is coordinated with when it is one ("Mr Straw and his Spanish counterpart": ESPGOV)."""
        children = self.sentence.children(head)
        named = next((self.found[c.i] for c in children if c.dep == "appos" and c.i in self.found), None)
        if named is not None:
            return [replace(named, head=head)]
        modifier = next(
            (self.found[c.i] for c in children if c.dep in ("amod", "compound", "nmod") and c.i in self.found), None
        )
        if modifier is None:
            return []
        actor = modifier.actor
        peer = partners[0].actor
        if self.sentence.tokens[head].lemma.lower() in PEER_NOUNS and peer.sectors and not actor.sectors:
            sectors = peer.sectors
            actor = replace(actor, code=actor.country + "".join(sectors), sectors=sectors)
        return [Argument(actor, head, modifier.recalled)]

    def owners(self, heads: tuple[int, ...], source: Argument) -> list[Argument]:
        """The actor an event noun belongs to: its possessor or "by" agent ("Canada's decision", "an
        attempt by the Sudanese government"), other than the source."""
        for head in heads:
            token = self.sentence.tokens[head]
            if token.pos != "NOUN":
                continue
            children = self.sentence.children(head)
            if token.dep == "dobj":  # "denied charges by the Chamber", the "by" hung on the active verb
                children += [c for c in self.sentence.children(token.head) if c.dep == "prep"]
            for child in children:
                owner = child.i if child.dep == "poss" else None
                if child.dep == "prep" and child.text.lower() == "by":
                    owner = next((c.i for c in self.sentence.children(child.i) if c.dep == "pobj"), None)
                arg = self.found.get(owner) if owner is not None else None
                if arg is None and owner is not None:
                    arg = self._possessive_person(owner, source)
                if arg is not None and arg.actor.code != source.actor.code:
                    return [arg]
        return []

    def _possessive_person(self, owner: int, source: Argument) -> Argument | None:
        """ "his"/"her" owning an event noun ("rejected his demands") is the person named before it,
        other than the source ("Uribe's visit … Lima rejected his demands": Uribe)."""
        if self.sentence.tokens[owner].text.lower() not in ("his", "her"):
            return None
        actor = self.context.recall(self.sentence, owner, exclude=source.actor)
        return Argument(actor, owner, True) if actor is not None else None

    def _modifier_actors(self, heads: list[int]) -> list[Argument]:
        """For a subject that names no actor of its own, the actor its modifier names: "Turkish jets
        destroyed …" is Turkey's act, "Houthi drones" the Houthis'."""
        found = []
        for head in heads:
            for child in self.sentence.children(head):
                # a nationality or name, not a possessor ("the teachers' strike" is the teachers' act)
                if child.dep in ("amod", "compound", "nmod") and child.i in self.found:
                    found.append(_as_military(self.sentence, head, replace(self.found[child.i], head=head)))
                    break
        return found

    def _past_dateline(self, head: int) -> list[int]:
        """A subject that the parser took from the dateline ("GAZA CITY, Gaza Strip - Israeli troops
        attacked"): the apposition after the dateline is the real subject."""
        if head not in self.dateline:
            return [head]
        return [c.i for c in self.sentence.children(head) if c.dep == "appos" and c.i not in self.dateline]

    def targets(
        self,
        clause: Clause,
        source: Argument,
        *,
        places: bool = True,
        sources: list[Argument] | None = None,
        act: str = "",
    ) -> list[Argument]:
        """The actors of the first candidate group that names one other than the source. With
        ``places`` false, a place phrase of the verb ("said in Pennsylvania") is no target. A target
        that names only a sector takes no country from any of the clause's ``sources`` ("US and Iraqi
        forces battled militants": the militants are neither). ``act``: the act's CAMEO code, if known."""
        tokens = self.sentence.tokens
        for group in clause.targets:
            if not places and is_place_phrase(tokens, group[0], clause.verb):
                continue
            members = list_heads(self.sentence, self.found, list(group))
            targets = [
                p for i in members if i in self.found for a in self._split(i) for p in self._by_place(a, members)
            ]
            targets = targets or self._recall(group, exclude=source.actor)
            targets = targets or self.owners(group, source)
            targets = targets or self._below(group, source.actor, clause.verb)
            # Parties that act together do not act on each other ("forced on Qatar by Saudi Arabia and the
            # UAE": the UAE is no target of Saudi Arabia); reciprocal acts are paired by the coder.
            fellow = {s.actor.code for s in sources or ()} | {source.actor.code}
            peers = [t for t in targets if t.actor.code in fellow and self._another_person(t, source)]
            targets = [t for t in targets if t.actor.code not in fellow]
            if targets:
                filled = [
                    self.with_country(_as_peer(self.sentence, t, source), sources or [source], act=act) for t in targets
                ]
                return [against_mutineers(self.sentence, t, source) for t in filled]
            if peers:  # "Blair urged London mayor Ken Livingstone to apologise …": the act is on the mayor
                return [replace(t, peer=True) for t in peers]
        return self._sent(clause, source)

    def _another_person(self, target: Argument, source: Argument) -> bool:
        """Whether a target with the source's code is another person named as such ("Tony Blair urged
        London mayor Ken Livingstone"), or another body of the same state and sector ("The Bundesbank
        urged the West German government"): a colleague of the same state and office, not the source again."""
        if target.recalled or target.head == source.head or not target.actor.text or not source.actor.text:
            return False
        names = {t.text.lower() for t in self.sentence.subtree(target.head) if t.ent_type == "PERSON"}
        own = {t.text.lower() for t in self.sentence.subtree(source.head) if t.ent_type == "PERSON"}
        if names:
            return not names & own
        # another body of the same state ("The Bundesbank urged the West German government"): another
        # head noun, and no word of one phrase in the other
        tokens = self.sentence.tokens
        if not target.actor.sectors or own or at_venue(self.sentence, target.head):
            return False  # a state's own region, or its capital as a place ("a curfew in Kathmandu"), is no other body
        if tokens[target.head].lemma.lower() == tokens[source.head].lemma.lower():
            return False
        words = {t.text.lower() for t in self.sentence.subtree(target.head) if t.pos in ("NOUN", "PROPN")}
        theirs = {t.text.lower() for t in self.sentence.subtree(source.head) if t.pos in ("NOUN", "PROPN")}
        return bool(words) and not words & theirs

    def _sent(self, clause: Clause, source: Argument) -> list[Argument]:
        """With no recipient, what a verb of sending moves is its target when it is people of another
        country named as such ("extradited a US citizen"), never a thing or the sender's own side."""
        sent = [a for i in clause.sent if i in self.found for a in self._split(i)]
        return [
            a for a in sent
            if not a.recalled and a.actor.country and a.actor.country != source.actor.country
        ]  # fmt: skip

    def bystanders(self, source: Argument, others: list[Argument]) -> list[Argument]:
        """Actors of the sentence that could have been an act's target: not the source or its own
        phrase, not ``others`` (the speaker), not a place ("in Tehran", "across Pakistan")."""
        tokens = self.sentence.tokens
        own = {t.i for t in self.sentence.subtree(source.head)} | {source.head}
        taken = {source.actor.code} | {o.actor.code for o in others}
        return [
            a for i, a in self.found.items()
            if i not in own and a.actor.code not in taken and not in_place_phrase(tokens, i)
        ]  # fmt: skip

    def with_country(
        self, argument: Argument, partners: list[Argument], *, speakers: list[Argument] | None = None, act: str = ""
    ) -> Argument:
        """``argument`` with a country from its clauses or the article when it names only a sector.

        Only actors of the clauses that the argument belongs to count ("IDF forces crack down … to
        rescue three teens": the teens are the rescuers' compatriots), not those of clauses below it.
        ``speakers`` (among ``partners``) tell of the act: one with the argument's own role speaks for it
        ("the Israeli army said troops shot …": Israeli troops). ``act`` is the act's CAMEO code, when
        known (a firm in a deal takes no country from the government it deals with).
        """
        if argument.actor.country or argument.actor.code.startswith("---"):
            return argument
        mutiny = from_mutiny(self.sentence, argument, partners)  # mutineers and their own army
        if mutiny is not None:
            return replace(mutiny, actor=as_armed_opposition(mutiny.actor))
        near = [self.found[i].actor for i in clause_mates(self.sentence, self.found, argument.head)]
        others = [p.actor for p in partners]
        told = [p.actor for p in speakers or ()]
        scene = scene_country(self.sentence, self.found, argument.head)
        actor = fill_country(
            argument.actor, near, others, default=self.default_country, scene=scene, speakers=told, act=act
        )
        if actor.code.startswith(UNKNOWN_COUNTRY):  # the one country named, when a partner shares it
            actor = with_sole_country(argument.actor, others, self._sole_country(), act=act) or actor
        return replace(argument, actor=as_armed_opposition(actor))

    def _sole_country(self) -> str:
        """The one nation this sentence's actors name, else the one its article names, else ""."""
        named = [a.actor.country for a in self.found.values() if NEWS_SECTOR not in a.actor.sectors]
        if any(is_national(c) for c in named):
            return sole_country(named)
        return sole_country([*self.context.named, self.context.filed])

    def speaker(self, clause: Clause) -> Argument | None:
        """The political actor whose statement this clause reports, if any."""
        for head in speaker_heads(self.sentence, clause.verb):
            if head in self.found and self.found[head].actor.country:
                return self.found[head]
        return None

    def _split(self, head: int) -> list[Argument]:
        """One argument per coordinated nationality: "Armenian and Azerbaijani forces" are two actors."""
        tokens = self.sentence.tokens
        first = next(
            (
                c
                for c in self.sentence.children(head)
                if c.dep in ("amod", "compound", "nmod") and c.ent_type in ("NORP", "GPE")
            ),
            None,
        )
        if first is None:
            return self._split_of(head)
        coordinated = [first, *(c for c in self.sentence.children(first.i) if c.dep == "conj")]
        if len(coordinated) < 2:
            return [self.found[head]]
        split = []
        for modifier in coordinated:
            # with the modifier's own words before it: "North Korean and U.S. officials" are North Korea's
            words = [
                t.text for t in tokens if t.head == modifier.i and t.i < modifier.i and t.dep in ("compound", "amod")
            ]
            name = " ".join([*words, modifier.text])
            actor = self.resolver.resolve_text(f"{name} {tokens[head].text}", date=self.date)
            if actor is not None and actor.country:
                split.append(Argument(actor, head))
        return split or [self.found[head]]

    def _split_of(self, head: int) -> list[Argument]:
        """One argument per coordinated country of an "of" phrase: "the foreign ministers of India and
        Pakistan" are two actors."""
        tokens = self.sentence.tokens
        for prep in self.sentence.children(head):
            if prep.dep != "prep" or prep.text.lower() != "of":
                continue
            pobj = next((c for c in self.sentence.children(prep.i) if c.dep == "pobj"), None)
            if pobj is None:
                break
            coordinated = [pobj, *(c for c in self.sentence.children(pobj.i) if c.dep == "conj")]
            if len(coordinated) < 2:
                break
            split = []
            for country in coordinated:
                name = " ".join(
                    t.text for t in tokens if t.i == country.i or (t.head == country.i and t.dep == "compound")
                )
                actor = self.resolver.resolve_text(f"{tokens[head].text} of {name}", date=self.date)
                if actor is None or not actor.country or is_non_national(actor.code):
                    return [self.found[head]]
                split.append(Argument(actor, head))
            return split
        return [self.found[head]]

    def _recall(self, heads: tuple[int, ...], *, exclude: Actor | None) -> list[Argument]:
        recalled = []
        for head in heads:
            actor = self.context.recall(self.sentence, head, exclude=exclude)
            if actor is not None:
                recalled.append(Argument(actor, head, True))
        return recalled

    def _below(self, heads: tuple[int, ...], source: Actor, verb: int = -1) -> list[Argument]:
        """When the object is not an actor ("sanctions on Iran and Syria", "the deal, which … would allow
        Iran …"), the first actor inside it, with its conjuncts: the partner its "with" phrase names
        ("talks with Sharon's Likud party"), else one of another country than the source's if there is
        one ("Israel estimates" inside Netanyahu's object is his own side), else one of the same country
        ("demanded the resignation of President Maduro"). Never inside the clause of ``verb`` itself, when
        it modifies the object ("the meeting attended by Vranitzky, Lacina and Koren": no attendee is the
        target of another)."""
        inside = {t.i for head in heads for t in self.sentence.subtree(head)}
        own = {t.i for t in self.sentence.subtree(verb)} if verb in inside and verb not in heads else set()
        return (
            self._partner(heads, source)
            or self._first_below(heads, source, foreign=True, skip=own)
            or self._first_below(heads, source, foreign=False, skip=own)
        )

    def _partner(self, heads: tuple[int, ...], source: Actor) -> list[Argument]:
        """The party a "with" phrase of the object names ("began talks with Sharon's Likud party, a
        partnership … to withdraw from Gaza"): the object's own partner, of whatever country, before any
        party named deeper inside it."""
        for head in heads:
            for prep in self.sentence.children(head):
                if prep.dep != "prep" or prep.text.lower() != "with":
                    continue
                for party in self.sentence.children(prep.i):
                    arg = self.found.get(party.i)
                    if party.dep == "pobj" and arg is not None and arg.actor.code != source.code:
                        return self._with_conjuncts(party.i)
        return []

    def _first_below(
        self,
        heads: tuple[int, ...],
        source: Actor,
        *,
        foreign: bool,
        skip: AbstractSet[int] = frozenset(),
    ) -> list[Argument]:
        for head in heads:
            for token in self.sentence.subtree(head):
                arg = self.found.get(token.i)
                if arg is None or arg.actor.code == source.code or token.i in skip:
                    continue
                if foreign and arg.actor.country == source.country:
                    continue
                return self._with_conjuncts(token.i)
        return []

    def _with_conjuncts(self, head: int) -> list[Argument]:
        """The actor found at ``head`` and those of its conjuncts ("the government and the United Nations")."""
        found = [self.found[head]]
        chain = {head}
        for other in self.sentence.tokens[head + 1 :]:
            if other.dep == "conj" and other.head in chain:
                chain.add(other.i)
                if other.i in self.found:
                    found.append(self.found[other.i])
        return found


def _as_military(sentence: Sentence, head: int, arg: Argument) -> Argument:
    return replace(arg, actor=armed_forces(sentence, head, arg.actor))


def _as_peer(sentence: Sentence, target: Argument, source: Argument) -> Argument:
    return replace(target, actor=peer_office(sentence, target.head, target.actor, source.actor))
