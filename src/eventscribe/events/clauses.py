"""Read event clauses off a dependency parse.

A :class:`Clause` is a predicate with the token indices of its candidate source and target phrases and
the :class:`~eventscribe.events.frame.VerbFrame` that the classifier codes. This module knows the parse
(spaCy's English dependency labels, as carried by our ``Token`` records) and nothing about actors or codes.

Patterns handled:

- active clauses: ``nsubj`` is the source, ``dobj`` (or a prepositional object) the target;
- passive clauses: ``nsubjpass`` is the target, the ``agent`` "by" object the source; a passive participle
  modifying a noun ("teens abducted by Hamas") makes that noun the target;
- participial and coordinated clauses without a subject ("…, calling on him to …") take their subject from
  the clause they hang on;
- open complements ("calling on X to join …") stay in their head's frame;
- compound subjects and objects ("Hamas and Iran") give one index each.

Negated, hypothetical ("would allow"), conditional ("if …") clauses and questions yield no clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from eventscribe.events.frame import VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.intent import FUTURE_AUX, INTENT_VERBS
from eventscribe.events.speech import ANNOUNCING_VERBS
from eventscribe.model import Sentence, Token

__all__ = ["Clause", "find_clauses", "is_eventive"]

HYPOTHETICAL_AUX = GRAMMAR.hypothetical_aux
CONDITIONAL_MARKS = GRAMMAR.conditional_marks
NEGATIONS = GRAMMAR.negations
#: Verbs of cooperation whose negated future is a refusal ("will not lift the ban").
REFUSABLE_VERBS = GRAMMAR.refusable_verbs
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Prepositions whose object may be the target of an action, in order of preference.
TARGET_PREPS = GRAMMAR.target_preps
#: Verbs of giving and sending: the object is what is sent; the target is the recipient ("sent troops
#: to Syria", "provided aid to Gaza").
TRANSFER_VERBS = GRAMMAR.transfer_verbs
#: Clause links through which a subject-less clause inherits its head's subject.
INHERITING_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acomp"})
#: Predicate adjectives whose infinitive is the act itself, about to happen ("is about to restore ties").
IMMINENT_HEADS = frozenset({"about"})
#: Predicate adjectives whose infinitive is an act the subject means to do ("is willing to sign a
#: protocol"): the infinitive is the clause, coded as an intention (like "will sign").
WILLING_HEADS = frozenset({"determined", "eager", "keen", "prepared", "ready", "willing"})
OBJECT_MODIFIER_DEPS = frozenset({"compound", "amod"})
#: Verbs whose content clause is what the subject wants the target to do ("demanded that Syria withdraw").
DEMAND_VERBS = GRAMMAR.demand_verbs
#: Modal auxiliaries that turn a reported clause into a demand ("said China must drop barriers").
OBLIGATION_AUX = GRAMMAR.obligation_aux
#: Verbs that only frame the action of their complement ("began to shell", "wants to re-examine"):
#: the complement is coded, with the subject of the framing verb.
ASPECTUAL_VERBS = GRAMMAR.aspectual_verbs
#: Background states: "has long backed", "has always opposed", "has backed … for decades".
BACKGROUND_ADVERBS = GRAMMAR.background_adverbs
DURATION_NOUNS = GRAMMAR.duration_nouns
#: Verbs whose object is only a topic ("discussed the arrest of X"): their target is a "with" party.
TOPIC_VERBS = GRAMMAR.topic_verbs
#: Quantity and group nouns whose "of" phrase names the actor ("thousands of protesters").
PARTITIVE_NOUNS = GRAMMAR.partitive_nouns
#: Predicate adjectives of a stated attitude ("is skeptical of", "is confident that").
ATTITUDE_ADJECTIVES = GRAMMAR.attitude_adjectives
#: Weapons that may be the subject of an attack ("rockets fired from Gaza hit Sderot").
WEAPON_NOUNS = GRAMMAR.weapon_nouns
#: Attacks named by a noun that may be the subject of what they did ("the bombing killed 75 people").
ATTACK_NOUNS = GRAMMAR.attack_nouns
#: Verbs that, with a weapon as subject, tell an attack.
IMPACT_VERBS = GRAMMAR.impact_verbs
#: Verbs of leaving: the place or body left is the target ("withdrew from Syria").
DEPARTURE_VERBS = GRAMMAR.departure_verbs
#: Entity types of a modifier that names who used a weapon ("Israeli missiles").
WIELDER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
#: Nouns that measure what they are "of" ("worth of medicines", "tons of food"): what is sent is the "of" noun.
MEASURE_NOUNS = frozenset(
    {"amount", "batch", "consignment", "load", "package", "quantity", "shipment", "ton", "tonne", "worth"}
)
#: A weapon's impact coded as an attack, and the frame it is classified with.
IMPACT_FRAME_VERB = "attack"


@dataclass(frozen=True, slots=True)
class Clause:
    """A candidate event clause: its predicate, frame and argument head indices.

    ``targets`` holds groups of candidate target heads in order of preference (the direct object, then
    prepositional objects); the coder takes the first group that names an actor.
    """

    verb: int
    frame: VerbFrame
    sources: tuple[int, ...]
    targets: tuple[tuple[int, ...], ...]
    trigger: tuple[int, ...]
    inherited_subject: bool = False
    future: bool = False
    direct: bool = False
    #: For a passive clause with no agent, where the act came from ("was fired at it from Gaza").
    origins: tuple[int, ...] = ()
    #: An event noun told as happening ("protests erupted in Tripoli"), its doers unnamed.
    occurred: bool = False
    #: What a verb of giving or sending moves, when it may be the target for want of a recipient
    #: ("Turkey extradited a US citizen", "Hamas returned the bodies of two Israeli soldiers").
    sent: tuple[int, ...] = ()
    #: A cooperative act told as one the subject will not do ("Britain will not lift the ban on the
    #: LTTE"): the coder codes the refusal (CAMEO 12), or nothing for other acts.
    refused: bool = False


def find_clauses(sentence: Sentence) -> Iterator[Clause]:
    """Every eventive clause of ``sentence``, in sentence order."""
    if sentence.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return
    children = _children_index(sentence)
    for token in sentence.tokens:
        attitude = _attitude(token, children)
        if attitude is not None:
            if is_eventive(sentence, token.i, children):
                yield _attitude_clause(sentence, token, attitude, children)
            continue
        if token.pos != "VERB" or (token.dep == "xcomp" and not _imminent(sentence, token)):
            continue
        if token.dep == "amod":  # a participle used as an adjective ("the internationally recognised government")
            continue
        if _proposed_act(token, children):  # "a resolution to impose sanctions": what is proposed, not done
            continue
        if not is_eventive(sentence, token.i, children):
            if _refusal(sentence, token, children):
                clause = _clause(sentence, token, children)
                if clause is not None:
                    yield replace(clause, refused=True, future=False)
            continue
        clause = _clause(sentence, token, children)
        if clause is not None:
            yield clause


def _proposed_act(verb: Token, kids: list[list[Token]]) -> bool:
    """An infinitive that modifies a noun ("a resolution to impose sanctions", "a request to interrogate
    detainees", "efforts to end the war"): the noun's content, an act proposed or sought, not one done."""
    return verb.dep == "acl" and verb.tag == "VB" and any(c.dep == "aux" and c.tag == "TO" for c in kids[verb.i])


def _refusal(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """ "will not lift the embargo", "said it would not withdraw its troops": a negated act still to
    come, stated by its doer, is a refusal, when nothing else makes the clause unreal (a condition, a
    question, or a head clause that is itself unreal)."""
    own = kids[verb.i]
    if verb.lemma.lower() not in REFUSABLE_VERBS:
        return False  # "will not attack", "will not wire tap": no refusal of cooperation
    if not any(c.dep == "neg" for c in own) or any(
        c.dep == "mark" and c.lemma.lower() in CONDITIONAL_MARKS for c in own
    ):
        return False
    auxes = [c for c in own if c.dep == "aux"]
    if not any(a.text.lower() in FUTURE_AUX or _reported_future(sentence, verb, a) for a in auxes):
        return False
    if any(a.lemma.lower() in HYPOTHETICAL_AUX and not _reported_future(sentence, verb, a) for a in auxes):
        return False
    return verb.dep == "ROOT" or (verb.dep == "ccomp" and is_eventive(sentence, verb.head, kids))


def _attitude(token: Token, kids: list[list[Token]]) -> Token | None:
    """The predicate adjective of a stated attitude ("is skeptical of", "are confident that"), or None."""
    if token.lemma.lower() != "be":
        return None
    return next((c for c in kids[token.i] if c.dep == "acomp" and c.lemma.lower() in ATTITUDE_ADJECTIVES), None)


def _attitude_clause(sentence: Sentence, verb: Token, adjective: Token, kids: list[list[Token]]) -> Clause:
    """ "The agency said it is skeptical of the plan": the attitude is the act (CAMEO 012, 013), told of
    the subject, aimed at what the adjective's preposition names."""
    subject = next((c for c in kids[verb.i] if c.dep in SUBJECT_DEPS), None)
    sources = _expand(subject, kids) if subject is not None else _inherited_subject(sentence, verb, kids)
    preps = [
        (p.text.lower(), (_first(kids[p.i], "pobj") or p).lemma.lower()) for p in kids[adjective.i] if p.dep == "prep"
    ]
    frame = VerbFrame(verb=adjective.lemma.lower(), preps=tuple(preps))
    groups = tuple(
        g for g in (tuple(_expand(_first(kids[p.i], "pobj"), kids)) for p in kids[adjective.i] if p.dep == "prep") if g
    )
    return Clause(
        verb=verb.i,
        frame=frame,
        sources=tuple(sources),
        targets=groups,
        trigger=(verb.i, adjective.i),
        inherited_subject=subject is None,
    )


def _imminent(sentence: Sentence, verb: Token) -> bool:
    """ "is about to restore": the infinitive under a predicate adjective of imminence is the clause."""
    head = sentence.tokens[verb.head]
    return head.dep == "acomp" and head.lemma.lower() in IMMINENT_HEADS | WILLING_HEADS


def _willing(sentence: Sentence, verb: Token) -> bool:
    """ "is willing to sign": the infinitive under a predicate adjective of willingness."""
    head = sentence.tokens[verb.head]
    return verb.dep == "xcomp" and head.dep == "acomp" and head.lemma.lower() in WILLING_HEADS


def is_eventive(sentence: Sentence, i: int, children: list[list[Token]] | None = None) -> bool:
    """False for negated, hypothetical and conditional clauses, and for those under such a head."""
    kids = children or _children_index(sentence)
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        token = sentence.tokens[i]
        for child in kids[i]:
            lemma = child.lemma.lower()
            if child.dep == "neg" or (child.dep == "advmod" and lemma in NEGATIONS):
                return False
            if child.dep == "aux" and lemma in HYPOTHETICAL_AUX and not _reported_future(sentence, token, child):
                return False
            if child.dep == "mark" and lemma in CONDITIONAL_MARKS:
                return False
        if _is_background(sentence, token, kids[i], kids):
            return False
        # A clause is only as real as the clause it depends on ("did not agree to meet", "if they attack"),
        # and what someone demands has not happened ("demanded that Syria withdraw").
        if token.dep == "ccomp" and sentence.tokens[token.head].lemma.lower() in DEMAND_VERBS:
            return False
        if _unrealised_complement(sentence, token, kids):
            return False
        if token.dep in ("xcomp", "advcl", "conj", "ccomp", "acomp") and token.head != i:
            i = token.head
            continue
        break
    return True


#: Verbs whose infinitive is what the subject wants someone else to do ("pressured him to help").
PERSUADING_VERBS = DEMAND_VERBS | frozenset(
    {"compel", "encourage", "force", "invite", "lobby", "persuade", "pressure", "pressurize", "push"}
)


def _unrealised_complement(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """An act that is only wanted or a reason of another: "pressured by Congress to help Iran" has not
    helped (the parser may attach the infinitive as an adverbial clause, not as the complement); "jailed
    for helping militants" and "accused of spying" name what the target is said to have done, not an
    event of the clause's actors."""
    if verb.i == verb.head:
        return False
    head = sentence.tokens[verb.head]
    if (
        verb.dep == "advcl"
        and verb.tag == "VB"
        and head.lemma.lower() in PERSUADING_VERBS
        and any(c.dep == "aux" and c.tag == "TO" for c in kids[verb.i])
    ):
        return True
    return verb.dep == "pcomp" and verb.tag == "VBG" and head.dep == "prep" and head.text.lower() in ("for", "of")


def _is_background(sentence: Sentence, verb: Token, own: list[Token], kids: list[list[Token]]) -> bool:
    """A state told as background, not an event: "has long backed", "has always opposed", "has backed
    Hamas for decades" (but "has jailed him for two years" is an event)."""
    if any(c.dep == "advmod" and c.lemma.lower() in BACKGROUND_ADVERBS for c in own):
        return True
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" for c in own)
    if not perfect:
        return False
    for prep in own:
        if prep.dep == "prep" and prep.text.lower() == "for":
            for p in kids[prep.i]:  # "for decades", not a sentence "for two years"
                if p.dep == "pobj" and p.lemma.lower() in DURATION_NOUNS:
                    if not any(n.dep == "nummod" for n in kids[p.i]):
                        return True
    return False


def _reported_future(sentence: Sentence, verb: Token, aux: Token) -> bool:
    """ "would" in a clause that an announcing verb introduces: the future seen from the past."""
    head = sentence.tokens[verb.head]
    return aux.lemma.lower() == "would" and verb.dep == "ccomp" and head.lemma.lower() in ANNOUNCING_VERBS


def _children_index(sentence: Sentence) -> list[list[Token]]:
    return [sentence.children(i) for i in range(len(sentence.tokens))]


def _clause(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Clause | None:
    passive = _is_passive(verb, kids)
    sources, targets = _arguments(sentence, verb, kids, passive)
    inherited = False
    if not sources and not passive:
        sources = _inherited_subject(sentence, verb, kids) or _weapon_user(sentence, verb, kids)
        inherited = bool(sources)
    complement = _complement(verb, kids)
    if complement is not None and verb.lemma.lower() in ASPECTUAL_VERBS and complement.pos == "VERB":
        verb = complement
        passive = _is_passive(verb, kids)
        _, targets = _arguments(sentence, verb, kids, passive)
    frame, trigger = _frame(sentence, verb, kids, passive)
    weapon = weapon_impact(sentence, verb, kids)
    if weapon is not None:  # "missiles hit the ship": the attack of the missiles' user
        frame = VerbFrame(verb=IMPACT_FRAME_VERB, objects=tuple(_noun_lemmas(weapon, kids)), preps=frame.preps)
    demanded = _demanded(sentence, verb, kids)
    if demanded is not None:  # the demand's addressee is the subject of what is demanded
        frame, addressee = demanded
        targets = addressee or targets
    # The target is named directly (an object, or "met with X"), not merely mentioned in a modifier.
    direct = bool(targets) or any(c.dep == "prep" and c.text.lower() == "with" for c in kids[verb.i])
    sent: tuple[int, ...] = ()
    if verb.lemma.lower() in TRANSFER_VERBS and not passive:  # what is sent is not the target
        sent = tuple(i for i in targets if sentence.tokens[i].dep == "dobj")
        targets = [i for i in targets if _is_recipient(sentence, i) or _is_dative_object(sentence, i)]
        targets = targets or _recipients(sentence, sent, kids)
    groups = [tuple(targets)] if targets else []
    departed = _prep_targets(verb, kids, first=("from",) if verb.lemma.lower() in DEPARTURE_VERBS else ())
    groups.extend(departed)
    if verb.lemma.lower() in TOPIC_VERBS:  # "discussed the arrest of X with Y": only Y is a target
        # ("with" may hang on the topic noun: "discussed [the crisis with Iran]")
        topics = [c for c in kids[verb.i] if c.dep == "dobj"]
        groups = [
            tuple(_expand(_first(kids[p.i], "pobj"), kids))
            for holder in (verb, *topics)
            for p in kids[holder.i]
            if p.dep == "prep" and p.text.lower() in ("with", "to")
        ]
    xcomp = _complement(verb, kids)
    if xcomp is not None:
        if xcomp.lemma.lower() not in TRANSFER_VERBS:  # "pledged to send troops": the troops are sent
            groups.append(tuple(_expand(_first(kids[xcomp.i], "dobj"), kids)))
        groups.extend(_prep_targets(xcomp, kids))
    unique = tuple(dict.fromkeys(g for g in groups if g))
    future = _is_future(sentence, verb, kids) or _future_above(sentence, verb, kids)
    origins: tuple[int, ...] = ()
    if passive and not sources:
        origins = tuple(
            p.i for prep in kids[verb.i] if prep.dep == "prep" and prep.text.lower() == "from" for p in kids[prep.i]
            if p.dep == "pobj"
        )  # fmt: skip
    return Clause(
        sent=sent,
        origins=origins,
        future=future,
        direct=direct,
        verb=verb.i,
        frame=frame,
        sources=tuple(sources),
        targets=unique,
        trigger=tuple(trigger),
        inherited_subject=inherited,
    )


def _is_future(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    return _willing(sentence, verb) or any(
        c.dep == "aux" and (c.text.lower() in FUTURE_AUX or _reported_future(sentence, verb, c)) for c in kids[verb.i]
    )


def _future_above(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """An act that serves one still to come is to come too: "is willing to send material to help defend
    Saudi Arabia" has not helped yet (through open complements and purpose clauses, not coordination)."""
    seen: set[int] = set()
    while verb.dep in ("xcomp", "advcl") and verb.head != verb.i and verb.i not in seen:
        seen.add(verb.i)
        if verb.dep == "advcl" and not any(c.dep == "aux" and c.tag == "TO" for c in kids[verb.i]):
            return False  # only a purpose ("to help"), not "after they attacked"
        verb = sentence.tokens[verb.head]
        if _is_future(sentence, verb, kids) or verb.lemma.lower() in INTENT_VERBS:
            return True  # "will send …", "pledged to send troops to help protect Estonia"
    return False


def _demanded(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> tuple[VerbFrame, list[int]] | None:
    """For "X demanded that Y <act>" and "X said Y must <act>": the demand's frame and Y's heads."""
    from eventscribe.events.speech import REPORTING_VERBS

    lemma = verb.lemma.lower()
    for content in kids[verb.i]:
        if content.dep != "ccomp" or content.pos not in ("VERB", "AUX"):
            continue
        subject = _first(kids[content.i], "nsubj")
        if subject is None:
            continue
        obliged = any(c.dep == "aux" and c.text.lower() in OBLIGATION_AUX for c in kids[content.i])
        if lemma in DEMAND_VERBS or (lemma in REPORTING_VERBS and obliged):
            obj = _first(kids[content.i], "dobj")
            frame = VerbFrame(
                verb=lemma if lemma in DEMAND_VERBS else "demand",
                xcomp=content.lemma.lower(),
                xcomp_objects=tuple(_noun_lemmas(obj, kids)) if obj is not None else (),
            )
            return frame, _expand(subject, kids)
    return None


def _recipients(sentence: Sentence, sent: tuple[int, ...], kids: list[list[Token]]) -> list[int]:
    """The recipient the parser hung on what is sent rather than on the verb: "sent vehicles and a team
    of paratroopers to Lebanon", "provides 10 million euros in aid to the Palestinians" (a "to" phrase
    within the sent noun phrase, through its "of"/"in" phrases and coordinated nouns)."""
    stack = [sentence.tokens[i] for i in sent]
    seen: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        for child in kids[token.i]:
            if child.dep == "prep" and child.text.lower() == "to":
                return _expand(_first(kids[child.i], "pobj"), kids)
            if child.dep == "conj" or (child.dep == "prep" and child.text.lower() in ("of", "in", "worth")):
                stack.append(child)
            elif child.dep == "pobj" and token.dep == "prep":
                stack.append(child)
    return []


def _is_recipient(sentence: Sentence, i: int) -> bool:
    """An indirect object ("gave Syria weapons") or the object of a dative "to" ("granted asylum to five
    officers", which the parser may hang on the verb as a dative preposition)."""
    token = sentence.tokens[i]
    return token.dep == "dative" or (token.dep == "pobj" and sentence.tokens[token.head].dep == "dative")


def _is_dative_object(sentence: Sentence, i: int) -> bool:
    """An indirect object parsed as the first of two objects ("sent Syria weapons")."""
    token = sentence.tokens[i]
    return token.dep == "dobj" and any(t.dep == "dobj" and t.head == token.head and t.i > i for t in sentence.tokens)


def _is_passive(verb: Token, kids: list[list[Token]]) -> bool:
    return any(c.dep in ("auxpass", "nsubjpass") for c in kids[verb.i]) or (
        verb.dep == "acl" and verb.tag == "VBN" and not _misread_participle(verb, kids)
    )


def _misread_participle(verb: Token, kids: list[list[Token]]) -> bool:
    """A past tense the parser read as a participle modifying its subject ("The Iraqi air force carried
    out three air strikes"): a passive participle takes no direct object, so one with an object is the
    active verb of the noun it hangs on."""
    return verb.dep == "acl" and verb.tag in ("VBN", "VBD") and any(c.dep == "dobj" for c in kids[verb.i])


def _arguments(sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool) -> tuple[list[int], list[int]]:
    sources: list[int] = []
    targets: list[int] = []
    for child in kids[verb.i]:
        if child.dep in SUBJECT_DEPS and not passive:
            sources.extend(_wielders(sentence, child, kids) or _expand(child, kids))
        elif child.dep in PASSIVE_SUBJECT_DEPS:
            targets.extend(_expand(child, kids))
        elif child.dep == "agent":
            agent_object = _first(kids[child.i], "pobj")
            wielders = _wielders(sentence, agent_object, kids) if agent_object is not None else []
            sources.extend(wielders or _expand(agent_object, kids))
        elif child.dep in ("dobj", "dative") and not passive:
            if child.dep == "dative" and child.pos == "ADP":
                targets.extend(_expand(_first(kids[child.i], "pobj"), kids))
            else:
                targets.extend(_expand(child, kids))
        elif child.dep == "ccomp" and child.pos == "ADJ" and not passive:  # "found [him guilty]": a small clause
            targets.extend(_expand(_first(kids[child.i], "nsubj"), kids))
        elif child.dep == "prt" and not passive:  # "sealed off [the Gaza Strip]" parsed as the particle's object
            targets.extend(_expand(_first(kids[child.i], "pobj") or _up_to(child, kids), kids))
    if verb.dep == "acl" and passive and not targets:
        targets.extend(_expand(sentence.tokens[verb.head], kids))
    if _misread_participle(verb, kids) and not sources:
        sources.extend(_expand(sentence.tokens[verb.head], kids))
    # "a letter to X": the recipient hangs on the object noun.
    if not targets:
        for child in kids[verb.i]:
            if child.dep == "dobj":
                for prep in kids[child.i]:
                    if prep.dep == "prep" and prep.text.lower() in ("to", "with", "for"):
                        targets.extend(_expand(_first(kids[prep.i], "pobj"), kids))
    return sources, targets


def _prep_targets(verb: Token, kids: list[list[Token]], first: tuple[str, ...] = ()) -> list[tuple[int, ...]]:
    """Objects of the verb's prepositions, in the order of :data:`TARGET_PREPS` (``first`` before them)."""
    preps = [c for c in kids[verb.i] if c.dep in ("prep", "dative") and c.pos == "ADP"]
    groups = []
    for wanted in dict.fromkeys((*first, *TARGET_PREPS)):
        for prep in preps:
            if prep.text.lower() != wanted:
                continue
            pobj = _first(kids[prep.i], "pobj")
            if pobj is not None:
                groups.append(tuple(_expand(pobj, kids)))
    return groups


def _inherited_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    token = verb
    seen: set[int] = set()
    while token.dep in INHERITING_DEPS and token.head != token.i and token.i not in seen:
        seen.add(token.i)
        head = sentence.tokens[token.head]
        if head.dep == "prep":  # "with Iran siding with …" / "by doing …": hang on the preposition's head
            head = sentence.tokens[head.head]
        for child in kids[head.i]:
            if child.dep in SUBJECT_DEPS:
                return _wielders(sentence, child, kids) or _expand(child, kids)
        passive_head = any(c.dep == "auxpass" for c in kids[head.i])
        if passive_head and token.dep == "conj":
            # "… was indicted by the court and will resign": the one indicted resigns, not the court
            patient = _first(kids[head.i], "nsubjpass")
            if patient is not None:
                return _expand(patient, kids)
        if passive_head:
            agent = _first(kids[head.i], "agent")
            if agent is not None:
                return _expand(_first(kids[agent.i], "pobj"), kids)
        token = head
    return []


def _weapon_user(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """ "Israeli warplanes fired a missile targeting a group of youths": a participle that tells what a
    weapon or an attack did is the act of whoever used it, the subject of the verb it is the object of."""
    head = sentence.tokens[verb.head]
    if verb.dep != "acl" or verb.tag != "VBG" or not _is_weapon(head) or head.dep != "dobj":
        return []
    subject = next((c for c in kids[head.head] if c.dep in SUBJECT_DEPS), None)
    if subject is None:
        return []
    return _wielders(sentence, subject, kids) or _expand(subject, kids)


def _frame(sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool) -> tuple[VerbFrame, list[int]]:
    trigger = [verb.i]
    particle = ""
    objects: list[str] = []
    preps: list[tuple[str, str]] = []
    xcomp = ""
    xcomp_objects: list[str] = []
    for child in kids[verb.i]:
        if child.dep == "prt":
            particle = child.text.lower()
            trigger.append(child.i)
        elif child.dep == "dobj" or (child.dep == "dative" and child.pos != "ADP"):
            if not objects:
                # "launched air and artillery strikes": the coordinated nouns count as objects too
                objects = _noun_lemmas(child, kids) + [
                    c.lemma.lower() for c in kids[child.i] if c.dep == "conj" and c.pos == "NOUN"
                ]
        elif child.dep in ("prep", "agent", "dative") and child.pos == "ADP":
            pobj = _first(kids[child.i], "pobj")
            if pobj is not None and pobj.ent_type in ("DATE", "TIME"):
                continue  # "agreed on 18 September to lift …" is no agreement "on" anything
            preps.append((child.text.lower(), pobj.lemma.lower() if pobj is not None else ""))
    # a predicate adjective of the object ("found him guilty", "declared the party illegal") is what is done
    objects.extend(c.lemma.lower() for c in kids[verb.i] if c.dep in ("ccomp", "oprd") and c.pos == "ADJ")
    complement = _complement(verb, kids)
    if complement is not None:
        xcomp = complement.lemma.lower()
        obj = _first(kids[complement.i], "dobj")
        if obj is not None:
            xcomp_objects = _noun_lemmas(obj, kids)
    if passive and not objects:  # "Evidence … was presented": the patient is the verb's object
        patient = next((c for c in kids[verb.i] if c.dep == "nsubjpass"), None)
        if patient is not None:
            objects = _noun_lemmas(patient, kids)
    frame = VerbFrame(
        verb=verb.lemma.lower(),
        particle=particle,
        objects=tuple(objects),
        preps=tuple(preps),
        xcomp=xcomp,
        xcomp_objects=tuple(xcomp_objects),
        passive=passive,
    )
    return frame, sorted(trigger)


def _noun_lemmas(head: Token, kids: list[list[Token]]) -> list[str]:
    """The head's lemma, its modifiers' and, last, its "of" object's ("state of emergency")."""
    lemmas = [head.lemma.lower()]
    lemmas.extend(c.lemma.lower() for c in kids[head.i] if c.dep in OBJECT_MODIFIER_DEPS)
    of = next((c for c in kids[head.i] if c.dep == "prep" and c.text.lower() == "of"), None)
    pobj = _first(kids[of.i], "pobj") if of is not None else None
    if pobj is not None and pobj.pos == "NOUN":
        lemmas.extend(("of", pobj.lemma.lower()))
        if head.lemma.lower() in MEASURE_NOUNS:  # "$4 million worth of medical equipment" is equipment
            lemmas.extend(_noun_lemmas(pobj, kids))
    return lemmas


def _expand(token: Token | None, kids: list[list[Token]]) -> list[int]:
    """``token`` and the tokens coordinated with it ("Hamas and Iran" gives both; so does a list that
    the parser reads as an apposition, "the US, Russia, and Switzerland")."""
    if token is None:
        return []
    token = _partitive(token, kids)
    found = [token.i]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in kids[current.i]:
            listed = child.dep == "appos" and any(c.dep == "conj" for c in kids[child.i])
            if (child.dep == "conj" or listed) and child.pos in ("PROPN", "NOUN", "PRON"):
                found.append(child.i)
                stack.append(child)
    return sorted(found)


def _is_weapon(token: Token | None) -> bool:
    """A weapon ("rockets") or an attack named by a noun ("the bombing", "Israeli strikes")."""
    return token is not None and token.pos == "NOUN" and token.lemma.lower() in WEAPON_NOUNS | ATTACK_NOUNS


def _wielders(sentence: Sentence, token: Token, kids: list[list[Token]]) -> list[int]:
    """Who used a weapon that is a clause's subject: "rockets fired by Hamas" and "missiles fired from
    Iran" (the participle's agent or origin), "Israeli missiles", "Houthi drones" (a modifier); [] when
    ``token`` is no weapon or its user is not named."""
    if not _is_weapon(token):
        return []
    # the participle that tells who fired it: its own ("rockets fired from Lebanon hit …"), or the verb
    # it is the subject of when the parser reads the participle as the main verb ("rockets fired from …")
    verbs = [c for c in kids[token.i] if c.dep == "acl"]
    # "a missile believed to have been fired by rebels": the participle under the modifying verb
    verbs += [x for v in list(verbs) for x in kids[v.i] if x.dep == "xcomp"]
    if token.dep == "nsubj" and token.head != token.i:
        verbs.append(sentence.tokens[token.head])
    for verb in verbs:
        agent = _first(kids[verb.i], "agent")
        if agent is not None:
            return _expand(_first(kids[agent.i], "pobj"), kids)
        for prep in kids[verb.i]:
            if prep.dep == "prep" and prep.text.lower() == "from":
                return _expand(_first(kids[prep.i], "pobj"), kids)
    # "a car bombing by the Islamic State group", "the Taliban's attack"
    by = next((c for c in kids[token.i] if c.dep == "prep" and c.text.lower() == "by"), None)
    if by is not None and _first(kids[by.i], "pobj") is not None:
        return _expand(_first(kids[by.i], "pobj"), kids)
    owners = [c.i for c in kids[token.i] if c.dep == "poss"]
    return owners or [
        c.i for c in kids[token.i] if c.dep in ("amod", "compound", "nmod") and c.ent_type in WIELDER_ENTITIES
    ]


def weapon_impact(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Token | None:
    """The weapon subject of a verb of impact ("rockets slammed into the town", "a missile hit the ship"),
    whose act is an attack whatever the verb means elsewhere ("slam" is also to criticise)."""
    if verb.lemma.lower() not in IMPACT_VERBS:
        return None
    subject = next((c for c in kids[verb.i] if c.dep == "nsubj"), None)
    return subject if _is_weapon(subject) else None


def _up_to(particle: Token, kids: list[list[Token]]) -> Token | None:
    """The object of "kidnapped up to 16 advisers", which the parser hangs on "up … to"."""
    if particle.text.lower() != "up":
        return None
    to = next((c for c in kids[particle.i] if c.dep == "prep" and c.text.lower() == "to"), None)
    return _first(kids[to.i], "pobj") if to is not None else None


def _partitive(token: Token, kids: list[list[Token]]) -> Token:
    """The members a quantity or group names: "thousands of protesters", "400 of the supporters" and
    "a group of refugees" are the protesters, supporters and refugees."""
    if token.lemma.lower() not in PARTITIVE_NOUNS and token.text.lower() not in PARTITIVE_NOUNS and token.pos != "NUM":
        return token
    for prep in kids[token.i]:
        if prep.dep == "prep" and prep.text.lower() == "of":
            pobj = _first(kids[prep.i], "pobj")
            if pobj is not None and pobj.pos in ("NOUN", "PROPN", "PRON"):
                return _partitive(pobj, kids)
    return token


def _complement(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The verb's open complement: the last verbal ``xcomp`` ("want to re-examine": "examine", not the
    prefix "re" that the tokenizer split off)."""
    verbal = [c for c in kids[verb.i] if c.dep == "xcomp" and c.pos in ("VERB", "AUX")]
    return verbal[-1] if verbal else None


def _first(tokens: list[Token], dep: str) -> Token | None:
    return next((t for t in tokens if t.dep == dep), None)
