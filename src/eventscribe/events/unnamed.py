"""Violence whose doer is not named: "two journalists were shot dead in Mogadishu", "a roadside bomb
killed two policemen in Mosul".

CAMEO codes such an act with an unidentified armed force of the country where it happened as its source
(UAF: "a roadside bombing near Samarra killed a U.S. soldier" is IRQUAF 18 USAMIL). A clause qualifies
when it is an assault or killing (roots 18-19), its doer is unnamed (a passive with no agent that names
an actor, or a weapon or attack noun as subject with no user named), and the act is violence by its
verb ("shot", "kidnapped") or by its cause ("killed in a bombing", "wounded by gunfire"), not an accident
("killed in a car crash") or a disaster. With no place named, nothing is coded: the doer's country is
the place's, not the victims'.
"""

from __future__ import annotations

from eventscribe.events.clauses import Clause
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import of_object
from eventscribe.model import Sentence, Token

__all__ = [
    "UNNAMED_ROOTS",
    "UNNAMED_SECTOR",
    "accidental",
    "is_explosive",
    "harm_told_after",
    "linked_harm",
    "unnamed_attack",
    "unnamed_cause",
    "violent_cause_doers",
]

#: Roots of assaults and killings whose unnamed doer is coded (not fighting, which has two sides).
UNNAMED_ROOTS = frozenset({"18", "19"})
#: The sector code of an unidentified armed force.
UNNAMED_SECTOR = "UAF"
VIOLENT_VERBS = GRAMMAR.violent_verbs
#: Weapons and attacks that may be the subject of their harm ("a roadside bomb killed", not "a strike hit").
WEAPONS = GRAMMAR.weapon_nouns | GRAMMAR.attack_nouns
#: Verbs of harm that are violence only by their cause ("killed in a bombing", not "in a car crash").
HARM_VERBS = frozenset({"die", "hurt", "injure", "kill", "maim", "wound"})
#: Bombs and their blasts: violence they cause is a bombing (CAMEO 183).
EXPLOSIVES = frozenset({"blast", "bomb", "device", "explosion", "explosive", "grenade", "ied", "landmine", "mine"})
#: What makes a killing violence: its cause is an attack, a weapon or gunfire.
CAUSES = GRAMMAR.violence_causes | GRAMMAR.attack_nouns | GRAMMAR.weapon_nouns | EXPLOSIVES
#: Blasts and fires that may be accidents: what they are of or where they happen tells which.
BLASTS = frozenset({"blast", "blaze", "explosion", "fire"})
#: What a blast is of when it is an accident, not a bomb ("a gas explosion", "a boiler blast", "a
#: fireworks blast", "a coal mine explosion", "a house fire", "a power plant explosion").
ACCIDENTAL = frozenset(
    {"accidental", "boiler", "chemical", "coal", "colliery", "cylinder", "dust", "electrical", "factory",
     "firecracker", "firework", "fireworks", "forest", "fuel", "gas", "house", "industrial", "kitchen",
     "methane", "mining", "propane", "refinery", "tanker", "transformer", "plant", "furnace", "reactor"}
)  # fmt: skip
#: Works where a blast is an industrial accident ("an explosion at a chemical plant").
WORKS = frozenset({"colliery", "factory", "mine", "pit", "plant", "refinery", "warehouse"})
#: Verbs that with "hostage" or "captive" tell a kidnapping (CAMEO 181): "were taken hostage".
HOSTAGE_VERBS = frozenset({"hold", "take"})
HOSTAGE_WORDS = frozenset({"captive", "hostage", "hostages"})


def unnamed_attack(sentence: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` tells violence by a doer it does not name (see the module)."""
    return unnamed_cause(sentence, clause) is not None


def unnamed_cause(sentence: Sentence, clause: Clause) -> str | None:
    """The lemma of what makes ``clause`` violence by an unnamed doer (its weapon, its cause, or its own
    violent verb), or None when it tells no such violence."""
    if clause.occurred:
        return None
    tokens = sentence.tokens
    verb = tokens[clause.verb]
    lemma = verb.lemma.lower()
    weapon = next(
        (
            noun
            for i in clause.sources
            if _subject_of(sentence, (subject := _modified(tokens, i)), verb)
            and (noun := _weapon_noun(sentence, subject)).lemma.lower() in WEAPONS
            and not accidental(sentence, noun)
        ),
        None,
    )
    if weapon is not None:
        return weapon.lemma.lower()
    shot = _weapon_launched(sentence, clause, verb)
    if shot is not None:  # "three rockets were fired at a base near Baghdad"
        return shot
    if clause.frame.passive and (lemma in VIOLENT_VERBS or _hostage(sentence, verb)):
        return "kidnap" if lemma in HOSTAGE_VERBS else lemma  # "were taken hostage", no doer named
    if lemma not in HARM_VERBS or not (clause.frame.passive or lemma == "die"):
        return None  # "a guard involved in a shooting" tells no attack of its own
    for linked in linked_harm(sentence, verb):
        for child in sentence.children(linked.i):
            cause = _cause_of(sentence, child)
            if cause is not None:
                return cause
    return None


def _modified(tokens: tuple[Token, ...], i: int) -> Token:
    """The noun a doer's modifier stands on, when the doer was read from a modifier that names no party
    ("Homemade bombs exploded", whose first word the tagger took for a name): the weapon itself."""
    token = tokens[i]
    named = token.pos == "PROPN" or bool(token.ent_type)
    return tokens[token.head] if named and token.dep in ("compound", "amod", "nmod") and token.head != i else token


#: Nouns that count or group what they are "of": "a series of grenade blasts", "a wave of bombings".
GROUP_NOUNS = frozenset({"barrage", "chain", "flurry", "hail", "pair", "rash", "salvo", "series", "spate", "string",
                         "volley", "wave"})  # fmt: skip


def _weapon_noun(sentence: Sentence, noun: Token) -> Token:
    """The noun itself, or for a group of things what it groups ("a string of bomb blasts": blasts)."""
    if noun.lemma.lower() not in GROUP_NOUNS:
        return noun
    return of_object(sentence, noun) or noun


def _subject_of(sentence: Sentence, noun: Token, verb: Token) -> bool:
    """Whether ``noun``, one of the clause's doers, is a subject: an ``nsubj`` (of the verb, or of the
    verb whose subject a participle shares: "a bomb exploded, killing five"), a noun coordinated with
    one ("a rocket attack and a car bombing killed"), or the noun a headline-like parse hangs the verb on
    as a participle that still has its object ("A bomb killed at least five people", parsed as "a bomb
    [that was] killed" with "people" as the participle's object: an active verb, not a passive one)."""
    tokens = sentence.tokens
    first = tokens[noun.head] if noun.dep == "conj" and noun.head != noun.i else noun
    if first.dep == "nsubj":
        return True
    misparsed = verb.dep == "acl" and verb.tag == "VBN" and verb.head in (noun.i, first.i)
    return misparsed and any(c.dep == "dobj" for c in sentence.children(verb.i))


#: Verbs of sending a weapon at someone: told in the passive with the weapon as subject and no one
#: named who sent it ("rockets were fired at", "grenades were hurled at"), they tell an unnamed attack.
LAUNCH_VERBS = frozenset({"drop", "fire", "hurl", "launch", "lob", "throw"})


def _weapon_launched(sentence: Sentence, clause: Clause, verb: Token) -> str | None:
    """The weapon a passive of launching has as its subject ("two mortar shells were fired"), or None
    (not "fireworks were fired", "a campaign was launched")."""
    if not clause.frame.passive or verb.lemma.lower() not in LAUNCH_VERBS:
        return None
    for child in sentence.children(verb.i):
        if child.dep == "nsubjpass" and child.lemma.lower() in GRAMMAR.weapon_nouns | EXPLOSIVES:
            return child.lemma.lower()
    return None


#: Verbs that tell a bomb going off with no one it hit ("a car bomb exploded", "a bomb went off").
BLAST_VERBS = frozenset({"detonate", "explode", "go", "rip", "tear"})
#: Blast verbs that tell a blast only with "through" ("a bomb tore through a market").
THROUGH_VERBS = frozenset({"rip", "tear"})


def harm_told_after(sentence: Sentence, clause: Clause) -> bool:
    """Whether a blast told with no one it hit has its harm told by a participle after it ("a car bomb
    exploded near a police station, killing five people"): the participle, which names the victims,
    tells the attack, and the blast is no second one."""
    verb = sentence.tokens[clause.verb]
    if verb.lemma.lower() not in BLAST_VERBS or any(c.dep == "dobj" for c in sentence.children(verb.i)):
        return False
    if verb.lemma.lower() == "go" and not any(c.text.lower() == "off" for c in sentence.children(verb.i)):
        return False
    if verb.lemma.lower() in THROUGH_VERBS and not any(c.text.lower() == "through" for c in sentence.children(verb.i)):
        return False  # "a bomb ripped through two bars", not "ripped up the deal"
    return any(
        c.dep == "advcl" and c.tag == "VBG" and c.lemma.lower() in HARM_VERBS | VIOLENT_VERBS
        and any(g.dep == "dobj" for g in sentence.children(c.i))
        for c in sentence.children(verb.i)
    )  # fmt: skip


def _hostage(sentence: Sentence, verb: Token) -> bool:
    """ "were taken hostage", "tourists held captive": a kidnapping told by "take" or "hold"."""
    return verb.lemma.lower() in HOSTAGE_VERBS and any(
        c.text.lower() in HOSTAGE_WORDS for c in sentence.children(verb.i) if c.dep in ("dobj", "oprd", "attr", "xcomp")
    )


def linked_harm(sentence: Sentence, verb: Token) -> list[Token]:
    """The verb and the verbs of harm coordinated with it, which share its cause: in "five were killed and
    12 wounded when a bomb exploded" the "when" clause hangs on "wounded" but tells why both happened."""
    tokens = sentence.tokens
    harm = HARM_VERBS | VIOLENT_VERBS
    linked = [verb]
    # the gap parsed as a noun with a participle: "killed and [eleven] wounded" (conj noun, acl verb)
    head = tokens[tokens[verb.head].head] if verb.dep == "acl" and tokens[verb.head].dep == "conj" else verb
    if head is not verb and head.lemma.lower() in harm:
        linked.append(head)
    if verb.dep == "conj" and tokens[verb.head].lemma.lower() in harm:
        linked.append(tokens[verb.head])
    for c in sentence.children(verb.i):
        if c.dep == "conj" and c.lemma.lower() in harm:
            linked.append(c)
        elif c.dep == "conj" and c.pos in ("NOUN", "NUM"):  # "were killed and eleven [wounded] by shells"
            linked += [g for g in sentence.children(c.i) if g.dep == "acl" and g.lemma.lower() in harm]
    return linked


def accidental(sentence: Sentence, noun: Token) -> bool:
    """Whether a blast or fire is told as an accident by what it is of or where it happened ("a gas
    explosion", "a gas cylinder blast", "an explosion at a chemical plant"), not a bombing."""
    if noun.lemma.lower() not in BLASTS:
        return False
    modifiers = [c for c in sentence.children(noun.i) if c.dep in ("compound", "amod", "nmod")]
    modifiers += [g for m in modifiers for g in sentence.children(m.i) if g.dep in ("compound", "amod")]
    if any(m.lemma.lower() in ACCIDENTAL or m.text.lower() in ACCIDENTAL for m in modifiers):
        return True
    for prep in sentence.children(noun.i):
        if prep.dep == "prep" and prep.text.lower() in ("at", "in", "inside"):
            for site in sentence.children(prep.i):
                if site.dep == "pobj" and site.lemma.lower() in WORKS:
                    return True
    return False


#: Attacks from the air: their unnamed doer is some state's air force, not an armed force of the place
#: struck ("killed in a Gaza City airstrike" is no act of Gaza's).
AIR_ATTACKS = frozenset({"airstrike", "bombardment"})


def _from_the_air(sentence: Sentence, noun: Token) -> bool:
    """ "an airstrike", "an air raid", "an air strike"."""
    word = noun.lemma.lower()
    return word in AIR_ATTACKS or any(
        c.text.lower() == "air" for c in sentence.children(noun.i) if c.dep in ("compound", "amod", "nmod")
    )


def _cause_of(sentence: Sentence, child: Token) -> str | None:
    """ "killed [in a roadside bombing]", "wounded [by a car bomb]", "[when a grenade exploded]"."""
    if child.dep in ("prep", "agent") and child.text.lower() in ("in", "by", "during", "after"):
        for p in sentence.children(child.i):
            if p.dep == "pobj" and _from_the_air(sentence, p):
                return None
            if p.dep == "pobj" and _is_cause(p.lemma) and not accidental(sentence, p):
                return p.lemma.lower()
    links = {m.text.lower() for m in sentence.children(child.i) if m.dep in ("advmod", "mark")}
    if child.dep == "advcl" and links & {"when", "after", "as"}:
        subject = next((c for c in sentence.children(child.i) if c.dep in ("nsubj", "nsubjpass")), None)
        if subject is not None and _is_cause(subject.lemma) and not accidental(sentence, subject):
            return subject.lemma.lower()
    return None


def is_explosive(cause: str) -> bool:
    """Whether a cause is a bomb of some kind: its violence is a bombing (CAMEO 183)."""
    return cause in EXPLOSIVES or cause.endswith("bombing")


def _is_cause(lemma: str) -> bool:
    word = lemma.lower()
    return word in CAUSES or word.endswith("bombing")


#: Verbs of a violent act that a "when" clause tells as the cause of harm ("when militants blew up a
#: tunnel", "when gunmen opened fire on their convoy").
CAUSE_VERBS = VIOLENT_VERBS | frozenset({"blow", "bomb", "detonate", "fire", "open", "raid", "storm", "strike"})


def violent_cause_doers(sentence: Sentence, clause: Clause) -> tuple[int, ...]:
    """The doer of the violent act behind harm told in the passive with no agent: the subject of a
    "when/as/after" clause ("four Israeli soldiers were killed when Palestinian militants blew up a
    tunnel"), or the "by" party of the attack it happened in ("were injured in a grenade attack by
    suspected rebels")."""
    if not clause.frame.passive or sentence.tokens[clause.verb].lemma.lower() not in HARM_VERBS | VIOLENT_VERBS:
        return ()
    children = [c for v in linked_harm(sentence, sentence.tokens[clause.verb]) for c in sentence.children(v.i)]
    for child in children:
        by = _attack_agent(sentence, child)
        if by is not None:  # "two guards were injured in a grenade attack by suspected rebels"
            return (by.i,)
        links = {m.text.lower() for m in sentence.children(child.i) if m.dep in ("advmod", "mark")}
        if child.dep != "advcl" or not links & {"when", "after", "as"} or child.lemma.lower() not in CAUSE_VERBS:
            continue
        subject = next((c for c in sentence.children(child.i) if c.dep == "nsubj"), None)
        if subject is not None and subject.pos in ("NOUN", "PROPN"):
            return (subject.i,)
    return ()


def _attack_agent(sentence: Sentence, child: Token) -> Token | None:
    """The "by" party of an attack or bombing that harm happened in ("[in a grenade attack by suspected
    rebels]", "[during raids by army helicopters]"), or None."""
    if child.dep != "prep" or child.text.lower() not in ("in", "during"):
        return None
    for cause in sentence.children(child.i):
        if cause.dep != "pobj" or not _is_cause(cause.lemma):
            continue
        for prep in sentence.children(cause.i):
            if prep.dep == "prep" and prep.text.lower() == "by":
                agent = next((p for p in sentence.children(prep.i) if p.dep == "pobj"), None)
                if agent is not None and agent.pos in ("NOUN", "PROPN"):
                    return agent
    return None
