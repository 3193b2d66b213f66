"""One source's events: its act on each target, the act in return, alone, and what it was met with.

:class:`SourceEvents` is the part of :class:`~eventscribe.events.coder.EventCoder` that turns one clause's
source, act and targets into events: the act on each target (and, for acts done together or a hosted
visit, the other party's act in return), the act alone when no one is at its receiving end, the stances
that the clause tells of, and the protest that a use of force was met with. ``_event`` builds each event
with the coder's gazetteer and codebook.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from eventscribe.events.act_targets import act_targets
from eventscribe.events.aid_alone import aid_got_alone
from eventscribe.events.alone import (
    ALONE_FACTOR,
    DOMESTIC_ROOTS,
    compatriot,
    compatriot_doers,
    foreigners_near,
    stands_alone,
    their_government,
)
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.blamed_causes import blames_a_cause
from eventscribe.events.bombers import bomber_attack
from eventscribe.events.clauses import Clause
from eventscribe.events.codebook import Codebook
from eventscribe.events.conditional_offers import offer_targets
from eventscribe.events.false_events import home_trip
from eventscribe.events.frame import Classification
from eventscribe.events.legal_acts import decreed_on, home_decree, no_legal_act, released_property
from eventscribe.events.recoding import (
    air_strike,
    armed_blockade,
    armed_raid,
    done_with,
    labour_strike,
    left_body,
    media_statement,
    official_protest,
    own_claim,
    peacekeepers_sent,
    protest_met,
    riot,
    stances,
)
from eventscribe.events.records import build_event
from eventscribe.events.role_words import is_country_place
from eventscribe.events.seized_people import seized_people
from eventscribe.events.statement_targets import statement_targets
from eventscribe.events.unconventional import unconventional_violence
from eventscribe.model import Event, ParsedArticle, Sentence
from eventscribe.places import Gazetteer

#: Codes of acts done together: "A held talks (signed an accord) with B" is an event each way.
MUTUAL_WITH = ("046", "057", "06")
#: Hosting a visit (CAMEO 043) is the guest's visit (042) seen from the host.
HOSTING_CODE = "043"
VISIT_CODE = "042"
#: Verbs of one party's act on a joint thing: "Ukraine ratified an agreement with the EU" is Ukraine's alone.
ONE_SIDED_VERBS = frozenset({"approve", "endorse", "ratify", "reject", "welcome"})


class SourceEvents:
    """The events of one source of a clause (a base of :class:`~eventscribe.events.coder.EventCoder`)."""

    gazetteer: Gazetteer
    codebook: Codebook
    #: Codes of acts done together, coded each way (see MUTUAL_WITH).
    mutual_with: tuple[str, ...]

    def _source_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        actors: SentenceActors,
        source: Argument,
        sources: list[Argument],
        speaker: Argument | None,
    ) -> Iterator[Event]:
        """One source's events: its act on each target, or on no one when the act stands alone."""
        # The one who tells of an act lends its country to no nameless doer ("militants attacked …, the
        # Russian military said": the militants are not Russian).
        told_by = [speaker] if speaker is not None else []
        if no_legal_act(sentence, clause, found, actors):  # a thing released, a plea, a price
            return
        targets = act_targets(sentence, clause, found, actors, source, sources, self.gazetteer)
        targets = targets or offer_targets(sentence, clause, found, actors, source, sources)
        targets = statement_targets(sentence, clause, found, targets)  # a plan's own parties
        act = (
            own_claim(sentence, clause, speaker, source, found)
            or official_protest(sentence, source, found)
            or riot(sentence, source, found)
            or labour_strike(sentence, source, found)
            or armed_blockade(source, found)
            or armed_raid(sentence, source, found)
            or peacekeepers_sent(sentence, source, found)
            or bomber_attack(sentence, source, found)  # "a suicide bomber killed 10 people": 1831
            or seized_people(sentence, clause, source, found)  # "gunmen seized three drivers": 181
            or air_strike(sentence, source, found)
            or released_property(sentence, clause, found)  # "released revenues it had withheld": 0842
            or found
        )
        filled = actors.with_country(source, [*targets, *told_by], speakers=told_by, act=act.code)
        filled = compatriot_doers(filled, targets, act)  # "miners struck at South African mines"
        if not source.actor.country:  # "state governors called for the removal of Finance Minister Funaro"
            targets = [_named_compatriot(sentence, t, filled, actors) for t in targets]
        if act.code[:2] in DOMESTIC_ROOTS:
            targets = [compatriot(t, filled) for t in targets]
        events = list(self._targeted_events(parsed, sentence, clause, act, filled, targets))
        if not events and _alone_wanted(sentence, clause, act, actors, filled, [*told_by, *sources]):
            # "Thousands of people marched in Bratislava", "the ministry declined to comment": an act
            # with no other party at its receiving end is still an event, of its source alone; a
            # protest with none named is aimed at the protesters' government, as CAMEO codes it.
            alone = unconventional_violence(
                sentence,
                clause.verb,
                Classification(act.code, act.confidence * ALONE_FACTOR, act.trigger),
                filled,
                None,
            )
            aim = their_government(filled, act) or decreed_on(filled, act)  # a decree's own land
            events.append(self._event(parsed, sentence, clause, alone, filled, aim))
        yield from events
        yield from self._stance_events(parsed, sentence, clause, source, targets, actors)
        yield from self._protests_met(parsed, sentence, clause, act, targets, actors)

    def _protests_met(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        act: Classification,
        targets: list[Argument],
        actors: SentenceActors,
    ) -> Iterator[Event]:
        """ "Police in Kenya dispersed Maasai protesters": the protest that the force was used on (not
        when only the dateline gave the protesters their country: no protest against a government that
        the story never names)."""
        for target in targets if not clause.future else []:
            if actors.context.filed_only(target.actor.country):
                continue
            protest = protest_met(sentence, act, target)
            if protest is not None:
                yield self._event(parsed, sentence, clause, protest, target, their_government(target, protest))

    def _targeted_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        act: Classification,
        filled: Argument,
        targets: list[Argument],
    ) -> Iterator[Event]:
        """The source's act on each target (and, for acts done together, the target's act in return)."""
        for target in targets:
            if (filled.actor.code == target.actor.code and not target.peer) or media_statement(act, target):
                continue
            if _own_nationality(sentence, filled, target):
                continue  # "Nakasone ruled out Japanese military help": the help is Japan's own, no target
            if home_trip(act, filled.actor, target.actor):
                continue
            done = unconventional_violence(
                sentence, clause.verb, left_body(act, target), filled, target
            )  # "gunmen shot a journalist"
            yield self._event(parsed, sentence, clause, done, filled, target)
            if (
                self.mutual_with
                and act.code.startswith(self.mutual_with)
                and done_with(sentence, target.head)
                and sentence.tokens[clause.verb].lemma.lower() not in ONE_SIDED_VERBS
            ):
                # "held talks with Suleiman": Suleiman held talks with him too.
                yield self._event(parsed, sentence, clause, act, target, filled)
            elif act.code.startswith(HOSTING_CODE) and sentence.tokens[target.head].dep in ("dobj", "nsubjpass"):
                # "Georgian demonstrators received ministers": the ministers made the visit.
                visit = Classification(VISIT_CODE, act.confidence * 0.9, act.trigger)
                yield self._event(parsed, sentence, clause, visit, target, filled)

    def _stance_events(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        source: Argument,
        targets: list[Argument],
        actors: SentenceActors,
    ) -> Iterator[Event]:
        """ "… join the struggle against Israel": the source opposes Israel."""
        for stance, opposed, trigger in stances(sentence, clause, source, targets, actors):
            yield self._event(parsed, sentence, clause, stance, source, opposed, trigger=trigger)

    def _event(
        self,
        parsed: ParsedArticle,
        sentence: Sentence,
        clause: Clause,
        found: Classification,
        source: Argument,
        target: Argument | None,
        *,
        trigger: tuple[int, ...] | None = None,
    ) -> Event:
        return build_event(
            parsed,
            sentence,
            clause,
            found,
            source,
            target,
            gazetteer=self.gazetteer,
            codebook=self.codebook,
            trigger=trigger,
        )


def _alone_wanted(
    sentence: Sentence,
    clause: Clause,
    act: Classification,
    actors: SentenceActors,
    filled: Argument,
    fellows: list[Argument],
) -> bool:
    """Whether an act that reached no target is an event of its source alone. A refusal needs a target
    ("he would not resign" is no event), aid got names no giver, blame of a cause ("blamed high prices
    for …") is no accusation, and foreigners named nearby mean the act had a party the parse missed,
    unless it is a decree on the state's own land. ``fellows``: the teller and the act's other doers
    ("Britain, West Germany and Denmark rejected the measure": each rejected it), who are no such party."""
    if clause.refused or not stands_alone(sentence, clause, act):
        return False
    if aid_got_alone(sentence, clause, act) or blames_a_cause(sentence, clause, act):
        return False
    return home_decree(act) or not foreigners_near(actors, filled, fellows, act, clause.verb)


#: Links of a nationality word to the noun it describes ("Japanese help", "the Spanish maize market").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _named_compatriot(sentence: Sentence, target: Argument, source: Argument, actors: SentenceActors) -> Argument:
    """A target named as a person that the source, a role given the target's country by a country the
    sentence names apart from the target ("Brazil's crisis deepens as governors call for the removal of
    Finance Minister Funaro"), now shares a code with: another party of that state, still the target
    (``peer``), not the source again."""
    if target.actor.code != source.actor.code or target.head == source.head:
        return target
    inside = {t.i for t in sentence.subtree(target.head)}
    named = any(sentence.tokens[i].ent_type == "PERSON" for i in inside)
    country = target.actor.country
    apart = any(
        a.actor.code == country and i not in inside for i, a in actors.found.items()
    )  # the country itself, named elsewhere in the sentence
    return replace(target, peer=True) if named and apart else target


def _own_nationality(sentence: Sentence, source: Argument, target: Argument) -> bool:
    """Whether ``target`` is the source's own country named only as the nationality of a thing."""
    if not is_country_place(target.actor) or target.actor.country != source.actor.country:
        return False
    return sentence.tokens[target.head].dep in MODIFIER_DEPS
