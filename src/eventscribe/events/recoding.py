"""Acts re-coded by who does them or how they are told: a state's protest is a complaint (114),
protesters' violence a riot (145), a party's claim of its own force a claim of responsibility (015), violence
told by another party an accusation, a negated cooperative future a refusal (12), leaving a body 160."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventscribe.actors.codes import is_international_body
from eventscribe.events.alone import known_country
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import prep_objects
from eventscribe.events.speech import ACCUSED_ROOTS, CLAIM_CODE, CLAIMING_VERBS, is_monitor, reporting_verb
from eventscribe.model import Sentence

__all__ = [
    "BOMBING_CODE",
    "air_strike",
    "armed_blockade",
    "armed_raid",
    "done_with",
    "fighters",
    "fought",
    "is_accusation",
    "labour_strike",
    "left_body",
    "means_of_violence",
    "media_statement",
    "official_protest",
    "own_claim",
    "peacekeepers_sent",
    "protest_met",
    "refusal_of",
    "riot",
    "same_party",
    "stances",
]

#: A retreat (CAMEO 0874) from an organisation is leaving it: "Mali withdrew from ECOWAS" reduces relations.
RETREAT_CODE = "0874"
LEAVING_CODE = "160"


#: A bombing (CAMEO 183): violence an explosive caused.
BOMBING_CODE = "183"
#: A protest by a state or its government is an official complaint (CAMEO 114), not a demonstration.
OFFICIAL_COMPLAINT = "114"
STATE_SECTORS = frozenset({"GOV"})


#: What refusing a cooperative act is (CAMEO 12): refusing to meet or talk (125), to yield (124: release,
#: lift, withdraw, end a strike), or, for other cooperation (intentions, diplomacy, aid), to cooperate (120).
REFUSALS = {"04": "125", "08": "124"}
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: A refusal read off a negated future is a little less sure than one told by a verb of refusing.
REFUSAL_FACTOR = 0.85


#: Objects that name the fighting itself: "gunmen and troops fought pitched battles" fought each other.
FIGHT_NOUNS = GRAMMAR.fight_nouns


#: Violence by protesters is a riot (CAMEO 145: protest violently).
RIOT_CODE = "145"
PROTESTER_NOUNS = GRAMMAR.protester_nouns
#: Violent acts that protesters' doing makes a riot (not kidnapping, killing with weapons or bombing).
RIOT_ROOTS = ("180", "182", "190")


def left_body(found: Classification, target: Argument) -> Classification:
    if found.code != RETREAT_CODE or not is_international_body(target.actor.code):
        return found
    return Classification(LEAVING_CODE, found.confidence, found.trigger)


def official_protest(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Japan protested to China over the detention of its fishermen": a state (named as a country, not
    as its people: "thousands of Nigerians") or its government protests by complaining."""
    actor = source.actor
    if found.code[:2] != "14" or not known_country(actor):
        return None
    named_state = not actor.sectors and sentence.tokens[source.head].ent_type == "GPE"
    if not named_state and not (actor.sectors and actor.sectors[0] in STATE_SECTORS):
        return None
    if found.code not in ("140", "141"):
        return None  # a hunger strike or a boycott stays what it is
    return Classification(OFFICIAL_COMPLAINT, found.confidence, found.trigger)


def refusal_of(found: Classification) -> Classification | None:
    root = found.code[:2]
    if root not in COOPERATION_ROOTS:
        return None  # "will not attack": no event
    code = REFUSALS.get(root, "120")
    return Classification(code, found.confidence * REFUSAL_FACTOR, f"not {found.trigger}")


def fighters(sentence: Sentence, clause: Clause) -> tuple[int, ...]:
    """ "At least 40 soldiers and guerrillas died in a major battle", "two soldiers and three rebels were
    killed in a clash": the coordinated dead fought each other, so the act is theirs on each other, not an
    unnamed doer's on them. Their heads, or () when the clause tells no such fighting."""
    if clause.frame.verb == "die":
        dead = clause.sources
    elif clause.frame.passive and not clause.sources and clause.targets:
        dead = clause.targets[0]
    else:
        return ()
    if len(dead) < 2:
        return ()
    fighting = any(
        prep.dep == "prep" and prep.text.lower() in ("in", "during") and pobj.dep == "pobj"
        and pobj.lemma.lower() in FIGHT_NOUNS
        for prep in sentence.children(clause.verb) for pobj in sentence.children(prep.i)
    )  # fmt: skip
    return dead if fighting else ()


def fought(sentence: Sentence, clause: Clause) -> bool:
    return any(
        c.dep == "dobj" and c.lemma.lower() in FIGHT_NOUNS for c in sentence.children(clause.verb)
    ) and clause.frame.verb in ("fight", "wage", "engage")


#: Employing aerial weapons (CAMEO 195): violence done by aircraft ("Turkish jets destroyed depots").
AIR_STRIKE_CODE = "195"
AIRCRAFT_NOUNS = GRAMMAR.aircraft_nouns
#: Violent acts that aircraft doing them make air strikes (destroying property, attacks, killings).
AIR_STRIKE_ROOTS = ("1712", "18", "190", "193")


def air_strike(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Turkish jets destroyed weapon depots", "the Syrian Air Force destroyed a number of vehicles":
    violence whose doer is named by its aircraft is an air strike (CAMEO 195)."""
    if not found.code.startswith(AIR_STRIKE_ROOTS):
        return None
    head = sentence.tokens[source.head]
    lemma = head.lemma.lower()
    air_force = lemma == "force" and any(c.lemma.lower() == "air" for c in sentence.children(head.i))
    if lemma not in AIRCRAFT_NOUNS and not air_force:
        return None
    return Classification(AIR_STRIKE_CODE, found.confidence, found.trigger)


#: A strike by workers is a labour strike (CAMEO 143), and a threat of one a threat of protest (133).
LABOUR_STRIKE_CODE = "143"
LABOUR_THREAT_CODE = "133"
#: Doers whose strike is a stoppage of work: labour (by sector) or workers named by their trade.
WORKER_NOUNS = frozenset(
    {"union", "worker", "employee", "staff", "teacher", "miner", "nurse", "doctor", "pilot", "docker", "driver",
     "servant", "member", "workforce", "crew", "lecturer", "porter", "railwayman", "dockworker"}
)  # fmt: skip


#: Obstruction (144, "blocked roads") by armed forces or police restricts movement: a blockade (191).
OBSTRUCTION_CODE = "144"
BLOCKADE_CODE = "191"
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def armed_blockade(source: Argument, found: Classification) -> Classification | None:
    """ "Israeli forces blocked main roads in Gaza", "troops sealed the border crossing": a state's
    forces that block a way restrict movement (CAMEO 191), where protesters blocking it obstruct (144)."""
    if found.code != OBSTRUCTION_CODE or not FORCE_SECTORS & set(source.actor.sectors):
        return None
    return Classification(BLOCKADE_CODE, found.confidence, found.trigger)


#: Peacekeepers who arrive or are sent somewhere keep the peace there (CAMEO 074), they make no visit.
PEACEKEEPING_CODE = "074"
PEACEKEEPER_WORDS = frozenset({"peacekeeper", "peacekeeping", "blue helmet", "helmet"})
MOVING_CODES = ("042", "046")


def peacekeepers_sent(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "NATO peacekeeping troops arrived in Bosnia", "UN peacekeepers arrived in Kosovo": peacekeeping."""
    if not found.code.startswith(MOVING_CODES):
        return None
    head = sentence.tokens[source.head]
    # the head, or what it is a group of ("the first deployment of NATO peacekeeping troops")
    heads = [head, *(o for p in sentence.children(head.i) if p.dep == "prep" and p.text.lower() == "of"
                     for o in sentence.children(p.i) if o.dep == "pobj")]  # fmt: skip
    words = {
        w for h in heads
        for w in (h.lemma.lower(), *(c.lemma.lower() for c in sentence.children(h.i) if c.dep in ("amod", "compound")))
    }  # fmt: skip
    if not words & PEACEKEEPER_WORDS:
        return None
    return Classification(PEACEKEEPING_CODE, found.confidence, found.trigger)


#: A raid by the police or a court's officers is coercion (170); by fighters, an attack (190).
RAID_CODE = "170"
ATTACK_CODE = "190"
FIGHTER_SECTORS = frozenset({"REB", "UAF", "MIL", "INS", "SEP"})


def armed_raid(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Insurgents raided a military base", "troops raided a rebel camp": a raid by armed fighters is an
    attack (190); a police raid ("police raided the newspaper's offices") stays coercion (170)."""
    if found.code != RAID_CODE or sentence.tokens[source.head].lemma.lower() in ("police", "policeman"):
        return None
    if "raid" not in found.trigger.lower().split() or not FIGHTER_SECTORS & set(source.actor.sectors):
        return None
    return Classification(ATTACK_CODE, found.confidence, found.trigger)


def labour_strike(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Postal workers struck for a second day", "unions threatened to strike": a strike by workers
    stops work (143; threatened, 133), it attacks no one."""
    if "strike" not in found.trigger.lower().split() or not found.code.startswith(("13", "19")):
        return None
    head = sentence.tokens[source.head].lemma.lower()
    if "LAB" not in source.actor.sectors and head not in WORKER_NOUNS:
        return None
    code = LABOUR_THREAT_CODE if found.code.startswith("13") else LABOUR_STRIKE_CODE
    return Classification(code, found.confidence, found.trigger)


def riot(sentence: Sentence, source: Argument, found: Classification) -> Classification | None:
    """ "Rioters clashed with police in west Belfast", "protesters attacked a police station"."""
    if not found.code.startswith(RIOT_ROOTS):
        return None
    if sentence.tokens[source.head].lemma.lower() not in PROTESTER_NOUNS:
        return None
    return Classification(RIOT_CODE, found.confidence, found.trigger)


def own_claim(
    sentence: Sentence, clause: Clause, speaker: Argument | None, source: Argument, found: Classification
) -> Classification | None:
    """ "The US claimed that they had attacked Iraq": a party that claims or admits its own act of force
    claims responsibility for it (CAMEO 015), which is what the statement does."""
    if speaker is None or found.code[:2] not in ACCUSED_ROOTS or speaker.actor.country != source.actor.country:
        return None
    if reporting_verb(sentence, clause.verb) not in CLAIMING_VERBS:
        return None
    return Classification(CLAIM_CODE, found.confidence, found.trigger)


def is_accusation(
    speaker: Argument | None,
    source: Argument,
    found: Classification,
    sentence: Sentence,
    sources: Sequence[Argument] = (),
) -> bool:
    """Violence told by a party other than the one that acted is an accusation by the teller, unless the
    teller is one of those who did it together ("were shot dead by Afghan and US-led troops, a US military
    statement said": the US tells of its own act, no accusation of its Afghan partners)."""
    return (
        speaker is not None
        and found.code[:2] in ACCUSED_ROOTS
        and known_country(source.actor)
        and speaker.actor.country != source.actor.country
        and not is_monitor(speaker.actor.code, speaker.actor.sectors)
        and not same_party(sentence, speaker, source)
        and speaker.actor.country not in {s.actor.country for s in sources}
    )


#: Determiners of a noun that takes up one named before it ("the group said", "this army").
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that"})


def same_party(sentence: Sentence, speaker: Argument, source: Argument) -> bool:
    """ "An Iraqi group linked to al-Qaeda killed a hostage, the group said": a definite noun that repeats
    the doer's head noun is the doer again, telling of its own act (whatever its description resolved
    to), so the act is no accusation of another side."""
    said, did = sentence.tokens[speaker.head], sentence.tokens[source.head]
    if said.i == did.i or said.lemma.lower() != did.lemma.lower() or said.pos != "NOUN":
        return False
    return any(c.dep == "det" and c.text.lower() in ANAPHORIC_DETERMINERS for c in sentence.children(said.i))


def done_with(sentence: Sentence, head: int) -> bool:
    """ "held talks with Suleiman": the object of "with", who does the act too."""
    token = sentence.tokens[head]
    return token.dep == "pobj" and sentence.tokens[token.head].text.lower() == "with"


def media_statement(found: Classification, target: Argument) -> bool:
    """ "told the BBC", "writing in the Guardian": the outlet carries the statement, it is not its target."""
    return found.code.startswith("01") and "MED" in target.actor.sectors


#: Roots of force used on people (repression, arrest, assault, fighting): used on protesters, it tells
#: that they protested ("police dispersed protesters").
FORCE_ON_PROTEST_ROOTS = frozenset({"17", "18", "19"})
PROTEST_CODE = "141"
#: A protest read off the force used on it is less sure than one told by its own verb.
PROTEST_MET_FACTOR = 0.85


def protest_met(sentence: Sentence, act: Classification, target: Argument) -> Classification | None:
    """ "Police in Kenya dispersed Maasai protesters", "troops fired on demonstrators": force used on
    protesters of a known country tells that they protested (CAMEO 141; the coder aims it at their
    government, as a protest with no target named is)."""
    if act.code[:2] not in FORCE_ON_PROTEST_ROOTS or not known_country(target.actor):
        return None
    if sentence.tokens[target.head].lemma.lower() not in PROTESTER_NOUNS:
        return None
    return Classification(PROTEST_CODE, act.confidence * PROTEST_MET_FACTOR, "protesters")


#: Nouns of opposition: "calling for a struggle against X" states opposition to X (CAMEO 111).
OPPOSITION_NOUNS = GRAMMAR.opposition_nouns
STANCE_CODE = "111"
STANCE_CONFIDENCE = 0.55


def stances(
    sentence: Sentence, clause: Clause, source: Argument, targets: list[Argument], actors: SentenceActors
) -> list[tuple[Classification, Argument, tuple[int, ...]]]:
    """ "… join the struggle against Israel": the opposition the source takes up (111), with the actor
    opposed and the trigger tokens; only a struggle that is the object of its verb ("join/aid the
    struggle"), against an actor not already a party of the act."""
    taken = {t.actor.code for t in targets} | {source.actor.code}
    verbs = {clause.verb} | {c.i for c in sentence.children(clause.verb) if c.dep == "xcomp"}
    found: list[tuple[Classification, Argument, tuple[int, ...]]] = []
    for token in sentence.tokens:
        if token.dep != "dobj" or token.head not in verbs or token.lemma.lower() not in OPPOSITION_NOUNS:
            continue
        for prep in sentence.children(token.i):
            if prep.dep != "prep" or prep.text.lower() != "against":
                continue
            for pobj in sentence.children(prep.i):
                arg = actors.found.get(pobj.i)
                if arg is None or arg.actor.code in taken:
                    continue
                stance = Classification(STANCE_CODE, STANCE_CONFIDENCE, f"{token.text} against")
                found.append((stance, actors.with_country(arg, [source]), (token.i, prep.i)))
    return found


#: Codes of violence that name no means ("wounded", "attacked"): the means a noun names is more specific.
GENERIC_VIOLENCE = frozenset({"180", "190"})
#: Prepositions that name the means or the event of a violent act ("in a bomb attack", "with rockets").
MEANS_PREPOSITIONS = frozenset({"in", "with"})


def means_of_violence(
    sentence: Sentence, clause: Clause, found: Classification, noun_code: Callable[[str], Classification | None]
) -> Classification:
    """ "wounded two soldiers in a bomb attack" (183), "killed ten people in an air strike" (195): a violent
    verb that names no means takes the more specific code of the attack noun it is told "in" or "with"
    (one act, the more specific code). ``noun_code`` reads an event noun ("bomb attack")."""
    if found.code not in GENERIC_VIOLENCE:
        return found
    for prep, noun in prep_objects(sentence, clause.verb, MEANS_PREPOSITIONS):
        compounds = [c.lemma.lower() for c in sentence.children(noun.i) if c.dep == "compound"]
        for key in (" ".join([*compounds, noun.lemma.lower()]), noun.lemma.lower()):
            means = noun_code(key)
            if means is not None and means.code[:2] in ACCUSED_ROOTS and means.code not in GENERIC_VIOLENCE:
                return Classification(means.code, found.confidence, f"{found.trigger} {prep.text.lower()} {key}")
    return found
