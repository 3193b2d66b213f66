"""Weapons and attacks told as the subject of a clause ("rockets fired from Gaza hit Sderot", "the
bombing killed 75 people"), and who used them."""

from __future__ import annotations

from eventscribe.events.blasts import is_blast_verb
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import SUBJECT_DEPS, expand, first_child
from eventscribe.model import Sentence, Token

__all__ = ["IMPACT_FRAME_VERB", "is_weapon", "weapon_impact", "weapon_user", "wielders"]

#: Weapons that may be the subject of an attack ("rockets fired from Gaza hit Sderot").
WEAPON_NOUNS = GRAMMAR.weapon_nouns
#: Attacks named by a noun that may be the subject of what they did ("the bombing killed 75 people").
ATTACK_NOUNS = GRAMMAR.attack_nouns
#: Verbs that, with a weapon as subject, tell an attack.
IMPACT_VERBS = GRAMMAR.impact_verbs
#: Entity types of a modifier that names who used a weapon ("Israeli missiles").
WIELDER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
#: Modifiers that make a "strike" an armed one ("an air strike", "drone strikes", "surgical strikes",
#: "a retaliatory strike").
ARMED_STRIKE_MODIFIERS = frozenset(
    {"aerial", "air", "artillery", "drone", "missile", "pre-emptive", "precision", "preemptive", "punitive",
     "retaliatory", "rocket", "surgical"}
)  # fmt: skip
#: Modifiers that make "fire" shooting, not a blaze ("Israeli tank fire", "sniper fire", "mortar fire").
ARMED_FIRE_MODIFIERS = frozenset(
    {"artillery", "cannon", "gun", "helicopter", "machine-gun", "mortar", "rocket", "sniper", "tank"}
)
#: A weapon's impact coded as an attack, and the frame it is classified with.
IMPACT_FRAME_VERB = "attack"


def is_weapon(token: Token | None, kids: list[list[Token]] | None = None) -> bool:
    """A weapon ("rockets") or an attack named by a noun ("the bombing", "an air strike by …"; a
    "strike" only with a modifier that makes it armed, as it is also a labour strike, and "fire" only
    with one that makes it shooting: "tank fire")."""
    if token is None or token.pos != "NOUN":
        return False
    lemma = token.lemma.lower()
    if lemma in WEAPON_NOUNS or lemma in ATTACK_NOUNS:
        return True
    armed = ARMED_STRIKE_MODIFIERS if lemma == "strike" else ARMED_FIRE_MODIFIERS if lemma == "fire" else None
    return (
        armed is not None
        and kids is not None
        and any(c.dep in ("compound", "amod") and c.lemma.lower() in armed for c in kids[token.i])
    )


def wielders(sentence: Sentence, token: Token, kids: list[list[Token]]) -> list[int]:
    """Who used a weapon that is a clause's subject: "rockets fired by Hamas" and "missiles fired from
    Iran" (the participle's agent or origin), "Israeli missiles", "Houthi drones" (a modifier); [] when
    ``token`` is no weapon or its user is not named."""
    if not is_weapon(token, kids):
        return []
    # the participle that tells who fired it: its own ("rockets fired from Lebanon hit …"), or the verb
    # it is the subject of when the parser reads the participle as the main verb ("rockets fired from …")
    verbs = [c for c in kids[token.i] if c.dep == "acl"]
    # "a missile believed to have been fired by rebels": the participle under the modifying verb
    verbs += [x for v in list(verbs) for x in kids[v.i] if x.dep == "xcomp"]
    if token.dep == "nsubj" and token.head != token.i:
        verbs.append(sentence.tokens[token.head])
    for verb in verbs:
        agent = first_child(kids[verb.i], "agent")
        if agent is not None:
            return expand(first_child(kids[agent.i], "pobj"), kids)
        for prep in kids[verb.i]:
            if prep.dep == "prep" and prep.text.lower() == "from":
                return expand(first_child(kids[prep.i], "pobj"), kids)
    # "a car bombing by the Islamic State group", "the Taliban's attack"
    by = next((c for c in kids[token.i] if c.dep == "prep" and c.text.lower() == "by"), None)
    if by is not None and first_child(kids[by.i], "pobj") is not None:
        return expand(first_child(kids[by.i], "pobj"), kids)
    owners = [c.i for c in kids[token.i] if c.dep == "poss"]
    return owners or [
        c.i for c in kids[token.i] if c.dep in ("amod", "compound", "nmod") and c.ent_type in WIELDER_ENTITIES
    ]


def weapon_impact(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Token | None:
    """The weapon subject of a verb of impact ("rockets slammed into the town", "a missile hit the ship")
    or of exploding ("a car bomb exploded", "blasts rocked the capital": see ``blasts``), whose act is an
    attack whatever the verb means elsewhere ("slam" is also to criticise)."""
    if verb.lemma.lower() not in IMPACT_VERBS and not _left_casualties(verb, kids) and not is_blast_verb(verb, kids):
        return None
    subject = next((c for c in kids[verb.i] if c.dep == "nsubj"), None)
    return subject if is_weapon(subject, kids) else None


#: What an attack "left" people: "gun attacks left seven people dead".
CASUALTY_WORDS = frozenset({"dead", "hurt", "injured", "wounded"})


def _left_casualties(verb: Token, kids: list[list[Token]]) -> bool:
    """ "Gun attacks have left seven people dead": leaving people dead or wounded is the attack's impact."""
    if verb.lemma.lower() != "leave":
        return False
    told = [c for c in kids[verb.i] if c.dep in ("oprd", "ccomp", "acomp")]
    told += [m for c in kids[verb.i] if c.dep == "dobj" for m in kids[c.i] if m.dep in ("amod", "acl")]
    return any(t.lemma.lower() in CASUALTY_WORDS or t.text.lower() in CASUALTY_WORDS for t in told)


def weapon_user(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """ "Israeli warplanes fired a missile targeting a group of youths": a participle that tells what a
    weapon or an attack did is the act of whoever used it, the subject of the verb it is the object of."""
    head = sentence.tokens[verb.head]
    if verb.dep != "acl" or verb.tag != "VBG" or not is_weapon(head, kids) or head.dep != "dobj":
        return []
    subject = next((c for c in kids[head.head] if c.dep in SUBJECT_DEPS), None)
    if subject is None:
        return []
    return wielders(sentence, subject, kids) or expand(subject, kids)
