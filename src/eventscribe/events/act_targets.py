"""The targets of one source's act: the clause's target groups, struck places and owners of a grievance,
and, for a mutual act of several sources, each other (unless the infinitive names the party they act on
together: "Norway and Egypt agreed to help OPEC").

:func:`act_targets` is what :class:`~eventscribe.events.coder.EventCoder` asks for each source of a
clause; it reads the arguments that :class:`~eventscribe.events.arguments.SentenceActors` finds.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.audiences import gathering_place, without_audiences
from eventscribe.events.clauses import Clause
from eventscribe.events.content_targets import content_subjects
from eventscribe.events.doers import struck_place
from eventscribe.events.forecasts import addressed
from eventscribe.events.frame import Classification
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.investigations import investigation_targets
from eventscribe.events.own_forces import where_own_forces_are
from eventscribe.events.phrases import at_venue, prep_objects
from eventscribe.events.recoding import fought
from eventscribe.events.responses import responded_to
from eventscribe.events.scene_victims import counted_victims
from eventscribe.events.speech import ACCUSED_ROOTS
from eventscribe.model import Sentence
from eventscribe.places import Gazetteer

__all__ = ["act_targets"]

#: CAMEO codes whose action is mutual: a compound subject with no object acts on itself pairwise.
RECIPROCAL_PREFIXES = ("019", "03", "04", "05", "06", "19", "20")
#: Of the fighting codes, those sides can do to each other: fighting and exchanging fire (190, 193), and
#: mass violence; not an advance, an occupation or a blockade ("US and Iraqi forces pushed into Fallujah"
#: is no fight between them).
MUTUAL_FIGHT_CODES = ("190", "193", "20")
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
#: Roots of acts of disapproval, rejection, threat and protest: what they are "over" or "about" names
#: their target by its owner ("protested over Canada's decision", "complained about Israel's policy").
GRIEVANCE_ROOTS = frozenset({"11", "12", "13", "14"})
#: Roots of acts whose place is not their target: a statement made "in Pennsylvania" is not aimed at it
#: (while "a protest in Beijing" or "shelling in Gaza" is).
PLACELESS_ROOTS = frozenset({"01"})
#: Roots of words and cooperation, whose gathering's seat is no party ("pledged at a conference in Paris");
#: force and protest keep theirs (a rally in Tehran is against its state, a blast at a market in Mosul
#: struck its people).
VENUE_BLIND_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13"})
#: Codes of meeting and talks: the place they are held in is the venue, whoever meets ("will attend a
#: meeting in Managua", "held talks in Geneva"); not visits (042, 043), whose place is the one visited.
MEETING_CODES = ("036", "040", "044", "045", "046")


#: Verbs of being at a gathering, whose several subjects are not each other's partners.
GATHERING_VERBS = frozenset({"attend"})


def act_targets(
    sentence: Sentence,
    clause: Clause,
    found: Classification,
    actors: SentenceActors,
    source: Argument,
    sources: list[Argument],
    gazetteer: Gazetteer,
) -> list[Argument]:
    """The targets of one source's act; with several sources of a mutual act, each other."""
    mutual = found.code.startswith(RECIPROCAL_PREFIXES) and (
        found.code[:2] != "19" or found.code.startswith(MUTUAL_FIGHT_CODES) or _their_object(sentence, clause)
    )
    # attending one meeting together is no consultation of each with each ("the meeting attended by
    # Vranitzky, Lacina and Koren")
    reciprocal = mutual and len(sources) > 1 and sentence.tokens[clause.verb].lemma.lower() not in GATHERING_VERBS
    # Cooperation is mutual whenever no other party is named ("signed an agreement"); fighting only
    # when the verb has no object ("clashed", not "attacked the village"). Where parties cooperate
    # ("signed the treaty in Rome") names no party.
    cooperative = found.code[:2] in COOPERATIVE_ROOTS
    places = found.code[:2] not in PLACELESS_ROOTS and not (reciprocal and cooperative)
    told = without_audiences(sentence, clause, found.code)  # "told parliament": an audience, no target
    targets = actors.targets(told, source, places=places, sources=sources, act=found.code)
    targets = addressed(sentence, clause, targets)  # "Brazil's plan should enable …": a forecast, no demand
    targets = where_own_forces_are(sentence, actors, source, targets)  # "reduce its troops in Iraq": Iraq
    if found.code[:2] in VENUE_BLIND_ROOTS:  # "pledged at the monetary conference in Paris": a venue
        targets = [t for t in targets if not gathering_place(sentence, t.head)]
    if (reciprocal and cooperative) or found.code.startswith(MEETING_CODES):
        # "signed a pact in Manila", "will attend a meeting in Managua": the capital is the venue, not a party
        targets = [t for t in targets if not at_venue(sentence, t.head)]
        if not targets and found.code.startswith(MEETING_CODES):  # "held talks in Geneva with French envoys"
            targets = _met_with(sentence, clause, actors, source, sources)
    if not targets and found.code[:2] in ACCUSED_ROOTS:  # "fired rockets at Sderot", "exploded near a patrol"
        targets = struck_place(sentence, clause, gazetteer) or _struck_nearby(sentence, clause, actors, source)
    if not targets:  # "a bomb exploded in Mosul, killing 12": the scene's people
        targets = counted_victims(sentence, clause, found.code[:2], actors, source)
    if not targets and found.code[:2] in GRIEVANCE_ROOTS:  # "protested over Canada's decision"
        targets = actors.owners(clause.concerns, source)
    if not targets:  # "alleged that the ANC is planning violence": the ANC
        targets = content_subjects(sentence, clause, found, actors, source, sources)
    # "investigating a fraud by the trading house": the owner of the deed looked into, never its victim
    targets = investigation_targets(sentence, clause, found, actors, source, targets)
    if not targets:  # "scrambled jets after a Somali attack": the party whose deed it answers
        targets = responded_to(sentence, clause, found.code[:2], actors, source)
    if len(sources) > 1 and _each_other(sentence, clause):  # "Israel and Hamas accused each other"
        return [actors.with_country(s, [source], act=found.code) for s in sources if s.actor.code != source.actor.code]
    if reciprocal and _infinitive_objects(sentence, clause, targets):
        return targets  # "Norway, Egypt and the Soviet Union agreed to help OPEC": OPEC, not each other
    if reciprocal and (not clause.direct or (cooperative and not targets) or fought(sentence, clause)):
        # "The US, Russia and Switzerland met": each meets each.
        targets = [
            actors.with_country(s, [source], act=found.code) for s in sources if s.actor.code != source.actor.code
        ]
    return targets


#: Prepositions of where violence struck beside a party ("exploded near a patrol", "outside the embassy").
NEARBY_PREPS = frozenset({"beside", "near", "outside"})
#: What a party has out where it can be struck: a blast near a US convoy is aimed at the US.
OUTPOST_NOUNS = frozenset(
    {"base", "checkpoint", "consulate", "convoy", "embassy", "headquarters", "mission", "motorcade", "office",
     "patrol", "position", "post", "vehicle"}
)  # fmt: skip


def _struck_nearby(sentence: Sentence, clause: Clause, actors: SentenceActors, source: Argument) -> list[Argument]:
    """The party a blast or an attack went off beside ("a car bomb exploded near a U.S. military patrol",
    "outside the Australian embassy"): the one it was aimed at, when no one else is named as struck."""
    for _, pobj in prep_objects(sentence, clause.verb, NEARBY_PREPS):
        # the party's own mention, else, for what a party has out, the country its modifier names
        # ("near a US convoy"; "near the Afghan border" is only where)
        own = actors.found.get(pobj.i)
        if own is not None and own.actor.sectors and own.actor.country and own.actor.code != source.actor.code:
            return [own]  # a body, not a place ("near the rugged Afghan border")
        if pobj.lemma.lower() not in OUTPOST_NOUNS:
            continue
        for child in sentence.children(pobj.i):
            arg = actors.found.get(child.i) if child.dep in ("amod", "compound", "nmod") else None
            if arg is not None and arg.actor.country and arg.actor.code != source.actor.code:
                return [arg]
    return []


def _each_other(sentence: Sentence, clause: Clause) -> bool:
    """Whether the verb's object, or its preposition's, is a reciprocal pronoun: "accused each other",
    "blamed one another", "fired at each other". Then coordinated sources act on each other, whatever the
    act. An infinitive's ("formed a group to help one another") is only meant, so it names no partner."""
    if has_to_aux(sentence.children(clause.verb)):
        return False
    for child in sentence.children(clause.verb):
        if child.dep == "dobj":
            objects = [child]
        elif child.dep == "prep":
            objects = [c for c in sentence.children(child.i) if c.dep == "pobj"]
        else:
            continue
        for obj in objects:
            words = {c.text.lower() for c in sentence.children(obj.i) if c.dep in ("det", "nummod", "amod")}
            if obj.text.lower() == "other" and "each" in words:
                return True
            if obj.text.lower() == "one" and "another" in words:
                return True
    return False


def _their_object(sentence: Sentence, clause: Clause) -> bool:
    """Whether the verb's object is the parties' own ("Gondor and Osgiliath have delayed their meeting",
    "closed their border"): then what coordinated parties do to it they do to each other."""
    tokens = sentence.tokens
    objects = [t.i for t in tokens if t.head == clause.verb and t.dep == "dobj" and t.i != clause.verb]
    return any(t.head in objects and t.dep == "poss" and t.text.lower() == "their" for t in tokens)


def _infinitive_objects(sentence: Sentence, clause: Clause, targets: list[Argument]) -> bool:
    """Whether every target is the object of the verb's infinitive ("agreed to help OPEC"): a party the
    coordinated sources act on together, not a venue or a topic, so they do not act on each other."""
    tokens = sentence.tokens
    return bool(targets) and all(
        not t.recalled
        and tokens[t.head].dep in ("dobj", "dative")
        and tokens[tokens[t.head].head].dep == "xcomp"
        and tokens[tokens[t.head].head].head == clause.verb
        for t in targets
    )


def _met_with(
    sentence: Sentence, clause: Clause, actors: SentenceActors, source: Argument, sources: list[Argument]
) -> list[Argument]:
    """The party of a "with" phrase on the object of a verb of meeting ("held talks in Geneva with
    French negotiators", which the parser hangs on "talks"), when the venue was the only target."""
    groups = tuple(
        (party.i, *(t.i for t in sentence.subtree(party.i) if t.i != party.i))
        for obj in sentence.children(clause.verb)
        if obj.dep == "dobj"
        for prep in sentence.children(obj.i)
        if prep.dep == "prep" and prep.text.lower() == "with"
        for party in sentence.children(prep.i)
        if party.dep == "pobj"
    )
    if not groups:
        return []
    found = actors.targets(replace(clause, targets=groups), source, places=False, sources=sources)
    return [t for t in found if not at_venue(sentence, t.head)]
