"""The parts of a clause that a verb's dependents tell, read off the parse: the groups of targets
("sent troops to Iraq and Syria"), what is sent and with what, the counted object after "up to", the
party let or helped, the addressee of "call for X to act", what a clause concerns, its origins and
conditions, and the patient of a passive participle on an event noun."""

from __future__ import annotations

from eventscribe.events.announced_plans import planned_act
from eventscribe.events.arrivals import arrival_groups
from eventscribe.events.clause_arguments import allowed_party, content_of_object, prep_targets
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.implied import relative_antecedent
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.phrases import expand, first_child, noun_lemmas, open_complement
from eventscribe.model import Sentence, Token

TRANSFER_VERBS = GRAMMAR.transfer_verbs
#: Verbs whose object is only a topic ("discussed the arrest of X"): their target is a "with" party.
TOPIC_VERBS = GRAMMAR.topic_verbs
#: Verbs of leaving: the place or body left is the target ("withdrew from Syria").
DEPARTURE_VERBS = GRAMMAR.departure_verbs

#: Verbs of sending whose "up to <number>" the parser may read as a particle; not "give", whose "up"
#: is a particle ("gave up to the police").
COUNTED_VERBS = TRANSFER_VERBS - {"give"}


def counted_object(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The object of "sent up to 600 marines", which the parser reads as a particle "up" and a "to"
    phrase: the counted noun after "up to" (a number on it), or None."""
    if verb.lemma.lower() not in COUNTED_VERBS:
        return None
    up = next((c for c in kids[verb.i] if c.dep == "prt" and c.text.lower() == "up"), None)
    if up is None:
        return None
    to = next((c for c in kids[verb.i] if c.dep == "prep" and c.text.lower() == "to" and c.i == up.i + 1), None)
    pobj = first_child(kids[to.i], "pobj") if to is not None else None
    if pobj is None or not any(c.dep == "nummod" or c.pos == "NUM" for c in kids[pobj.i]):
        return None
    return pobj


def target_groups(verb: Token, kids: list[list[Token]], targets: list[int]) -> tuple[tuple[int, ...], ...]:
    """The clause's candidate target groups in order of preference: its objects, the objects of its
    prepositions, then those of its open complement."""
    groups = [tuple(targets)] if targets else []
    arrived = arrival_groups(verb, kids)  # "arrived in Paris from Cairo": Paris (arrivals.py)
    departed = prep_targets(verb, kids, first=("from",) if verb.lemma.lower() in DEPARTURE_VERBS else ())
    groups.extend(departed if arrived is None else arrived)
    groups.extend(_called_with(verb, kids))  # "had spoken by telephone with Mexican President de la Madrid"
    if verb.lemma.lower() in TOPIC_VERBS:  # "discussed the arrest of X with Y": only Y is a target
        # ("with" may hang on the topic noun: "discussed [the crisis with Iran]")
        topics = [c for c in kids[verb.i] if c.dep == "dobj"]
        groups = [
            tuple(expand(first_child(kids[p.i], "pobj"), kids))
            for holder in (verb, *topics)
            for p in kids[holder.i]
            if p.dep == "prep" and p.text.lower() in ("with", "to")
        ]
    content = content_of_object(verb, kids)
    if content is not None:  # "set a deadline for the agency to make reforms": the agency must act
        groups.append(tuple(expand(for_subject(content, kids), kids)))
    for xcomp in (open_complement(verb, kids) or planned_act(verb, kids), content):
        if xcomp is not None:
            # "pledged to send troops": the troops are sent; but "agreed to provide Sri Lanka with
            # technology": with what is sent in a "with" phrase, the object is the recipient
            if xcomp.lemma.lower() not in TRANSFER_VERBS or sent_with(xcomp, kids) is not None:
                groups.append(tuple(expand(allowed_party(xcomp, kids), kids)))
            groups.extend(prep_targets(xcomp, kids))
    return tuple(dict.fromkeys(g for g in groups if g))


#: Means of talking at a distance, whose "with" phrase names the party talked with.
TALK_MEANS = frozenset({"phone", "telephone", "video", "videolink", "link", "hotline", "radio"})


def _called_with(verb: Token, kids: list[list[Token]]) -> list[tuple[int, ...]]:
    """The party of a "with" phrase the parser hung on the means of a call ("spoke by telephone with X")."""
    groups = []
    for means in kids[verb.i]:
        if means.dep not in ("prep", "agent") or means.text.lower() not in ("by", "over", "via"):
            continue
        for pobj in kids[means.i]:
            if pobj.dep != "pobj" or pobj.lemma.lower() not in TALK_MEANS:
                continue
            for prep in kids[pobj.i]:
                party = first_child(kids[prep.i], "pobj") if prep.text.lower() == "with" else None
                if party is not None:
                    groups.append(tuple(expand(party, kids)))
    return groups


#: Verbs whose bare complement is their subject's own act ("Egypt let free the activist": Egypt freed him).
LETTING_VERBS = frozenset({"let", "help"})


def let_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of "let" for its subject-less complement ("Ethiopia let free some 74 leaders")."""
    head = sentence.tokens[verb.head]
    if verb.dep != "ccomp" or head.lemma.lower() not in LETTING_VERBS or head.i == verb.i:
        return []
    subject = first_child(kids[head.i], "nsubj")
    return expand(subject, kids) if subject is not None else []


def for_subject(infinitive: Token, kids: list[list[Token]]) -> Token | None:
    """The subject of a "for X to <act>" infinitive, which the parser hangs on "for" ("a deadline for
    the agency to make reforms")."""
    mark = next((c for c in kids[infinitive.i] if c.dep == "mark" and c.text.lower() == "for"), None)
    return first_child(kids[mark.i], "pobj") if mark is not None else None


def aimed_at(noun: Token, kids: list[list[Token]]) -> list[str]:
    """ "on" and the common noun an object noun is aimed at ("launched an attack on the cost of …"), so
    that rules can tell an attack on a policy (criticism) from one on a place or a force."""
    for prep in kids[noun.i]:
        if prep.dep == "prep" and prep.text.lower() in ("on", "against"):
            pobj = first_child(kids[prep.i], "pobj")
            if pobj is not None and pobj.pos == "NOUN":
                return ["on", pobj.lemma.lower()]
    return []


#: Prepositions of what an act of disapproval or protest is about ("protested over Canada's decision").
CONCERN_PREPS = frozenset({"about", "over"})


def concerns(verb: Token, kids: list[list[Token]]) -> tuple[int, ...]:
    return tuple(
        p.i for prep in kids[verb.i] if prep.dep == "prep" and prep.text.lower() in CONCERN_PREPS
        for p in kids[prep.i] if p.dep == "pobj"
    )  # fmt: skip


def sent_with(verb: Token, kids: list[list[Token]]) -> Token | None:
    """What a verb of giving moves when told in a "with" phrase ("supply Syria with missiles"), or None."""
    if verb.lemma.lower() not in TRANSFER_VERBS:
        return None
    with_ = next((c for c in kids[verb.i] if c.dep == "prep" and c.text.lower() == "with"), None)
    return first_child(kids[with_.i], "pobj") if with_ is not None else None


def conditioned(verb: Token, kids: list[list[Token]]) -> bool:
    """Whether an adverbial clause of ``verb`` is a condition ("… unless Baghdad accepts", "… if")."""
    return any(
        c.dep == "advcl" and any(m.dep == "mark" and m.lemma.lower() in GRAMMAR.conditional_marks for m in kids[c.i])
        for c in kids[verb.i]
    )


def origins(verb: Token, kids: list[list[Token]]) -> tuple[int, ...]:
    """Where an act told in the passive with no agent came from ("was fired at it from Gaza")."""
    return tuple(
        p.i for prep in kids[verb.i] if prep.dep == "prep" and prep.text.lower() == "from" for p in kids[prep.i]
        if p.dep == "pobj"
    )  # fmt: skip


def for_to_clause(content: Token, kids: list[list[Token]]) -> bool:
    """Whether ``content`` is a "for X to <act>" infinitive that the parser hangs on the verb as an
    adverbial clause ("called on Friday for Britain to stay in the market")."""
    if content.dep != "advcl":
        return False
    marked = any(c.dep == "mark" and c.text.lower() == "for" for c in kids[content.i])
    return marked and has_to_aux(kids[content.i])


def patient_lemmas(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[str]:
    """The lemmas of a passive verb's patient: its passive subject, or the noun that a passive participle
    modifies ("the strike, called by the union": the union called the strike; "a protest organised by
    students": the students staged it), so that a light verb takes its meaning from that noun."""
    patient = next((c for c in kids[verb.i] if c.dep == "nsubjpass"), None)
    if patient is not None:  # "the market which had been captured by lumber producers": the market
        patient = relative_antecedent(sentence, patient) or patient
    if patient is None and verb.dep == "acl" and verb.head != verb.i:
        head = sentence.tokens[verb.head]
        patient = head if head.pos == "NOUN" else None
    return noun_lemmas(patient, kids) if patient is not None else []
