"""Doers of acts told with none named: the state of the place for an arrest or a ban in the passive, the
police or courts of the one arrested, the people of the place for a crowd event, the people of a town struck."""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_national
from eventscribe.events.alone import known_country
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.state_actors import given_country, state_actor
from eventscribe.model import Actor, Place, Sentence
from eventscribe.places import Gazetteer, find_places, pick_event_place

__all__ = [
    "CROWD_SECTOR",
    "is_state_act",
    "scene_victim",
    "state_of_place",
    "state_of_target",
    "state_speaker",
    "struck_place",
]

CROWD_SECTOR = "CVL"
#: The sector of an unidentified armed force (see :mod:`eventscribe.events.unnamed`).
UNNAMED_SECTOR = "UAF"

#: Who does a state's act told in the passive with no agent and no place ("was arrested", "were charged"):
#: the police arrest and detain, the courts charge, try and sentence.
STATE_ACT_SECTORS = {
    **dict.fromkeys(("apprehend", "arrest", "capture", "detain", "hold", "round", "place", "put"), "COP"),
    **dict.fromkeys(("charge", "convict", "indict", "jail", "order", "prosecute", "sentence", "try"), "JUD"),
}


def is_state_act(sentence: Sentence, clause: Clause) -> bool:
    """An act that only the courts do, whatever its code ("was indicted for war crimes": 1124)."""
    return STATE_ACT_SECTORS.get(sentence.tokens[clause.verb].lemma.lower()) == "JUD"


def state_of_place(sentence: Sentence, clause: Clause, gazetteer: Gazetteer, *, sector: str = "") -> list[Argument]:
    """The state where an arrest, ban or expulsion told in the passive took place, as its doer: "a
    missionary was arrested in Lebanon" (only states arrest, detain, deport and ban); with
    ``sector``, that country's people of that sector ("protests erupted in Tripoli": LBNCVL). With no
    ``sector``, an act that only one organ of a state does is that organ's: the police arrest and detain,
    the courts charge and sentence ("was sentenced in Ohio": USAJUD; "was banned in Egypt": EGY)."""
    where = sentence.tokens[clause.verb].head if clause.occurred else clause.verb  # "erupted in Tripoli"
    place = pick_event_place(sentence, where, gazetteer)
    if place is None or len(place.country) != 3 or not place.country.isalpha():
        return []
    if not sector and not _in_own_clause(sentence, where, place, gazetteer):
        return []  # "charged with the murder of a general who died in Iraq": Iraq is not where he was charged
    country = place.country
    sector = sector or STATE_ACT_SECTORS.get(sentence.tokens[clause.verb].lemma.lower(), "")
    return [Argument(state_actor(country, sector, text=place.name), clause.verb)]


def _in_own_clause(sentence: Sentence, verb: int, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` is named in the verb's own clause, not in a clause nested below it."""
    clause = sentence.own_clause(verb)
    return any(
        found == place and set(range(entity.start, entity.end)) <= clause
        for entity, found in find_places(sentence, gazetteer)
    )


def struck_place(sentence: Sentence, clause: Clause, gazetteer: Gazetteer) -> list[Argument]:
    """A town that violence is aimed at and that names no actor of its own ("fired rockets at Sderot",
    "shelled Juba"): its people, as a town named alone is (a country names an actor already)."""
    heads = {i for group in clause.targets for i in group}
    for entity, place in find_places(sentence, gazetteer):
        inside = heads & set(range(entity.start, entity.end))
        if inside and len(place.country) == 3 and place.country.isalpha():
            country = place.country
            actor = Actor(
                code=country + CROWD_SECTOR, name=place.name, country=country, sectors=(CROWD_SECTOR,),
                text=entity.text,
            )  # fmt: skip
            return [Argument(actor, min(inside))]
    return []


def state_of_target(sentence: Sentence, clause: Clause, actors: SentenceActors) -> list[Argument]:
    """ "The leader of the British National Party has been arrested": told with no agent and no place, an
    arrest (or charge) is by the police (or courts) of the country of the one arrested, who is at home
    unless a place says otherwise (a place is tried first, see ``_state_of_place``)."""
    verb = sentence.tokens[clause.verb]
    sector = STATE_ACT_SECTORS.get(verb.lemma.lower())
    passives = [verb.i, verb.head] if verb.dep == "conj" else [verb.i]  # "has been sacked and placed under arrest"
    if sector is None or not any(c.dep == "auxpass" for i in passives for c in sentence.children(i)):
        return []  # not "a member of Hamas jailed a year ago": a participle tells background
    for group in clause.targets[:1]:
        for i in group:
            arg = actors.found.get(i)
            if arg is not None and known_country(arg.actor) and is_national(arg.actor.country):
                actor = state_actor(arg.actor.country, sector)  # not "IMGCOP" for a militant of no nation
                return [Argument(actor, clause.verb, recalled=True)]  # inferred: a little less sure
    return []


#: Sectors of a state's organs that arrest, charge and expel: told by one of them with no place named,
#: such an act told in the passive with no agent is its own ("three men were arrested, Pakistani police
#: said"; with a place, the place's state acts: "detained in Tehran, the French ministry said").
STATE_ORGANS = frozenset({"COP", "GOV", "JUD", "MIL"})


#: Organs that arrest and charge themselves: when they tell of it, they did it. A government telling of an
#: arrest of another state's people is a third party ("... placed under house arrest, a Thai government
#: spokesman said" of Myanmar's prime minister).
ACTING_ORGANS = frozenset({"COP", "JUD", "MIL"})


def state_speaker(speaker: Argument | None, target_state: list[Argument]) -> list[Argument]:
    """A state organ that tells an agentless arrest or charge with no place named, as its doer; a
    government only of the country of the one arrested (``target_state``: that country's organ), if known."""
    if speaker is None or not known_country(speaker.actor) or not STATE_ORGANS & set(speaker.actor.sectors):
        return []
    foreign = any(t.actor.country != speaker.actor.country for t in target_state)
    if foreign and not ACTING_ORGANS & set(speaker.actor.sectors):
        return []
    return [replace(speaker, recalled=True)]  # inferred: a little less sure


def scene_victim(target: Argument | None, source: Argument, location: Place | None) -> Argument | None:
    """The victims or convoy of an attack whose doer is unnamed, of unknown country, take the country of
    the scene, as the doer does ("a roadside bomb hit an army convoy near Kandahar": AFGUAF on AFGMIL).
    With no doer named, nothing says the victims came from elsewhere; a named doer's foes keep what
    their own words say (soldiers often fight abroad)."""
    if target is None or not target.actor.code.startswith("---"):
        return target
    doer = source.actor
    scene = location.country if location is not None else doer.country  # "the Afghan town of"
    if doer.sectors[:1] != (UNNAMED_SECTOR,) or doer.country != scene or len(doer.country) != 3:
        return target
    return replace(target, actor=given_country(target.actor, scene))
