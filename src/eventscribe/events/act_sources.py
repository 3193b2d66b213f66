"""The sources of a clause's act, and the act as its doers make it.

Where the clause names no doer, the doer is read off the sentence: the place violence came from, the
violent act a "when" clause tells, the state of the place for an act only a state does, the people of the
place for a crowd event, or an unidentified armed force for unnamed harm (and an explosive's harm is a
bombing). :func:`act_sources` is what :class:`~eventscribe.events.coder.EventCoder` asks once per clause.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.attack_owners import attack_owner
from eventscribe.events.blasts import rocked_place
from eventscribe.events.clauses import Clause
from eventscribe.events.doers import CROWD_SECTOR, is_state_act, state_of_place, state_of_target, state_speaker
from eventscribe.events.frame import Classification
from eventscribe.events.recoding import BOMBING_CODE
from eventscribe.events.scene_country import demonym_scene
from eventscribe.events.speech import ACCUSED_ROOTS
from eventscribe.events.state_actors import state_actor
from eventscribe.events.unconventional import ARMED_SECTORS
from eventscribe.events.unnamed import (
    UNNAMED_ROOTS,
    UNNAMED_SECTOR,
    harm_told_after,
    is_explosive,
    unnamed_cause,
    violent_cause_doers,
)
from eventscribe.model import Sentence
from eventscribe.places import Gazetteer

__all__ = ["act_sources"]

#: Codes of acts only a state does (arrest, detain, expel, ban: CAMEO 17; legal charges, 115): told in
#: the passive with no agent ("was arrested in Lebanon", "were charged with negligence"), their doer is
#: the state of the place.
STATE_CODES = ("17", "115")
#: Roots of crowd events whose doers, unnamed, are the people of the place ("protests erupted in Tripoli").
CROWD_ROOTS = frozenset({"14"})


def act_sources(
    sentence: Sentence, clause: Clause, found: Classification, actors: SentenceActors, gazetteer: Gazetteer
) -> tuple[list[Argument], Classification, bool]:
    """The clause's sources, the act (a bombing when an explosive caused unnamed harm), and whether
    the doer is an unidentified armed force."""
    root = found.code[:2]
    sources = actors.sources(clause)
    if not sources and clause.origins and root in ACCUSED_ROOTS:
        # "a mortar bomb was fired at it from the Gaza Strip": violence from a place is that side's.
        # (a place's side or an armed party: "were fired from a bank in Cairo" is no shot from the bank)
        sources = [s for s in actors.sources(replace(clause, sources=clause.origins)) if _can_fire(s.actor.sectors)]
    if not sources and clause.frame.passive and root in UNNAMED_ROOTS:
        # "four soldiers were killed when militants blew up a tunnel": the doer of the violent act
        # that the "when" clause tells
        sources = actors.sources(replace(clause, sources=violent_cause_doers(sentence, clause)))
    if not sources and clause.frame.passive and (found.code.startswith(STATE_CODES) or is_state_act(sentence, clause)):
        target_state = state_of_target(sentence, clause, actors)
        sources = (
            state_of_place(sentence, clause, gazetteer)
            or state_speaker(actors.speaker(clause), target_state)
            or target_state
        )
    if not sources and clause.occurred and root in CROWD_ROOTS:
        sources = state_of_place(sentence, clause, gazetteer, sector=CROWD_SECTOR)
    if not sources and clause.frame.passive and root in UNNAMED_ROOTS:
        sources = attack_owner(sentence, clause, actors)  # "was killed in an Israeli airstrike": ISRMIL
    cause = unnamed_cause(sentence, clause) if not sources and root in UNNAMED_ROOTS else None
    if cause is not None and harm_told_after(sentence, clause):  # "exploded …, killing five"
        return [], found, False
    if cause is not None:  # "two journalists were shot dead in Mogadishu": an unidentified armed force's act
        sources = state_of_place(sentence, clause, gazetteer, sector=UNNAMED_SECTOR)
        sources = sources or demonym_scene(sentence, clause, actors, UNNAMED_SECTOR)
        sources = sources or _rocked_scene(sentence, clause, gazetteer)
        if is_explosive(cause) and found.code in ("180", "190"):  # "wounded when a grenade exploded"
            found = Classification(BOMBING_CODE, found.confidence, found.trigger)
    return sources, found, cause is not None


#: Sectors of a party that violence may come from, when only its place or position is named: the armed
#: (a state's forces and armed groups), governments and radicals.
FIRING_SECTORS = ARMED_SECTORS | {"GOV", "RAD"}


def _can_fire(sectors: tuple[str, ...]) -> bool:
    """Whether violence "from" a party with these sectors is its own: a place's state (no sector) or an
    armed or state party; not a business, a school or civilians."""
    return not sectors or bool(FIRING_SECTORS & set(sectors))


def _rocked_scene(sentence: Sentence, clause: Clause, gazetteer: Gazetteer) -> list[Argument]:
    """ "Bomb blasts rocked southern Thailand": the unidentified armed force of the place a blast shook."""
    place = rocked_place(sentence, sentence.tokens[clause.verb], gazetteer)
    if place is None:
        return []
    return [Argument(state_actor(place.country, UNNAMED_SECTOR, text=place.name), clause.verb)]
