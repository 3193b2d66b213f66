"""A clause's arguments on a dependency parse: its subjects and objects, the objects of its prepositions,
a subject inherited from the clause it hangs on, and the recipients of what is sent."""

from __future__ import annotations

from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.phrases import SUBJECT_DEPS, expand, first_child, is_preposition, preposition_word, up_to
from eventscribe.events.reality import own_tense
from eventscribe.events.weapons import wielders
from eventscribe.model import Sentence, Token

__all__ = [
    "allowed_party",
    "arguments",
    "caused_doer",
    "content_of_object",
    "inherited_subject",
    "is_dative_object",
    "is_passive",
    "is_recipient",
    "mandated_body",
    "mandating_subject",
    "marked_subject",
    "prep_targets",
    "recipients",
    "shared_object",
]

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Prepositions whose object may be the target of an action, in order of preference.
TARGET_PREPS = GRAMMAR.target_preps
#: Clause links through which a subject-less clause inherits its head's subject.
INHERITING_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acomp"})


def recipients(sentence: Sentence, sent: tuple[int, ...], kids: list[list[Token]]) -> list[int]:
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
                return expand(first_child(kids[child.i], "pobj"), kids)
            if child.dep == "conj" or (child.dep == "prep" and child.text.lower() in ("of", "in", "worth")):
                stack.append(child)
            elif child.dep == "pobj" and token.dep == "prep":
                stack.append(child)
    return []


def is_recipient(sentence: Sentence, i: int) -> bool:
    """An indirect object ("gave Syria weapons") or the object of a dative "to" ("granted asylum to five
    officers", which the parser may hang on the verb as a dative preposition)."""
    token = sentence.tokens[i]
    return token.dep == "dative" or (token.dep == "pobj" and sentence.tokens[token.head].dep == "dative")


def is_dative_object(sentence: Sentence, i: int) -> bool:
    """An indirect object parsed as the first of two objects ("sent Syria weapons")."""
    token = sentence.tokens[i]
    return token.dep == "dobj" and any(t.dep == "dobj" and t.head == token.head and t.i > i for t in sentence.tokens)


def is_passive(verb: Token, kids: list[list[Token]]) -> bool:
    if _engaged_in(verb, kids):
        return False
    return any(c.dep in ("auxpass", "nsubjpass") for c in kids[verb.i]) or (
        verb.dep == "acl" and verb.tag == "VBN" and not misread_participle(verb, kids)
    )


#: Participles whose passive with "in" and no agent tells what the subject itself is doing ("Iraq's
#: government is engaged in talks with …").
STATIVE_PARTICIPLES = frozenset({"engage"})


def _engaged_in(verb: Token, kids: list[list[Token]]) -> bool:
    if verb.lemma.lower() not in STATIVE_PARTICIPLES:
        return False
    preps = {c.text.lower() for c in kids[verb.i] if c.dep in ("prep", "agent")}
    return "in" in preps and "by" not in preps


def misread_participle(verb: Token, kids: list[list[Token]]) -> bool:
    """A past tense the parser read as a participle modifying its subject ("The Iraqi air force carried
    out three air strikes"): a passive participle takes no direct object, so one with an object is the
    active verb of the noun it hangs on."""
    return verb.dep == "acl" and verb.tag in ("VBN", "VBD") and any(c.dep == "dobj" for c in kids[verb.i])


def stray_subject(sentence: Sentence, verb: Token) -> Token | None:
    """The subject of a finite main verb that the parser hung, as an apposition, on the last noun of an
    opening phrase ("In a partnership hailed as a boost to ties, [Egypt and Israel] signed an accord"):
    a name right after a comma whose phrase runs up to the verb, when the verb has no subject of its own."""
    if verb.dep != "ROOT" or verb.tag not in ("VBD", "VBZ", "VBP"):
        return None
    tokens = sentence.tokens
    for token in tokens[1 : verb.i]:
        if token.dep != "appos" or token.pos != "PROPN" or tokens[token.i - 1].text != "," or token.head > token.i:
            continue
        if {t.i for t in sentence.subtree(token.i)} == set(range(token.i, verb.i)):
            return token
    return None


def arguments(sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool) -> tuple[list[int], list[int]]:
    sources: list[int] = []
    targets: list[int] = []
    for child in kids[verb.i]:
        if child.dep in SUBJECT_DEPS and not passive:
            sources.extend(wielders(sentence, child, kids) or expand(child, kids))
        elif child.dep in PASSIVE_SUBJECT_DEPS and not passive:  # "Iraq is engaged in talks": its doer
            sources.extend(expand(child, kids))
        elif child.dep in PASSIVE_SUBJECT_DEPS:
            targets.extend(expand(child, kids))
        elif child.dep == "agent":
            agent_object = first_child(kids[child.i], "pobj")
            users = wielders(sentence, agent_object, kids) if agent_object is not None else []
            sources.extend(users or expand(agent_object, kids))
        elif child.dep in ("dobj", "dative") and not passive:
            if child.dep == "dative" and child.pos == "ADP":
                targets.extend(expand(first_child(kids[child.i], "pobj"), kids))
            else:
                targets.extend(expand(child, kids))
        elif child.dep == "ccomp" and child.pos == "ADJ" and not passive:  # "found [him guilty]": a small clause
            targets.extend(expand(first_child(kids[child.i], "nsubj"), kids))
        elif child.dep == "prt" and not passive:  # "sealed off [the Gaza Strip]" parsed as the particle's object
            targets.extend(expand(first_child(kids[child.i], "pobj") or up_to(child, kids), kids))
    if not passive and not targets:  # "Police arrested and charged five men": the object of both
        targets.extend(shared_object(verb, kids))
    if verb.dep == "acl" and passive and not targets:
        targets.extend(expand(sentence.tokens[verb.head], kids))
    if misread_participle(verb, kids) and not sources:
        sources.extend(expand(sentence.tokens[verb.head], kids))
    if not sources and not passive:
        sources.extend(expand(stray_subject(sentence, verb), kids))
    # "a letter to X": the recipient hangs on the object noun.
    if not targets:
        for child in kids[verb.i]:
            if child.dep == "dobj":
                for prep in kids[child.i]:
                    if prep.dep == "prep" and prep.text.lower() in ("to", "with", "for"):
                        targets.extend(expand(first_child(kids[prep.i], "pobj"), kids))
    return sources, targets


#: Verbs that are always done to someone or something, so that, bare before a coordinated verb with an
#: object, they share its object ("arrested and charged five men", "condemned and rejected the plan"):
#: the verbs a reduced passive tells (``reduced_passive.OBJECT_VERBS``) and others of acting on a party.
SHARING_VERBS = frozenset(
    {"abduct", "accuse", "arrest", "assassinate", "attack", "beat", "behead", "bomb", "capture", "charge",
     "condemn", "convict", "criticise", "criticize", "denounce", "deport", "detain", "execute", "expel",
     "extradite", "fine", "free", "imprison", "indict", "injure", "interrogate", "jail", "kidnap", "kill",
     "prosecute", "punish", "question", "raid", "release", "rescue", "sanction", "seize", "sentence", "shell",
     "shoot", "storm", "torture", "try", "wound"}
)  # fmt: skip


def shared_object(verb: Token, kids: list[list[Token]]) -> list[int]:
    """The object a bare verb of acting on someone shares with the verb coordinated after it ("Police
    arrested and charged five men": the men were arrested too), when that verb has no subject of its own
    ("arrested him and charged his brother" gives the first its own object)."""
    if verb.lemma.lower() not in SHARING_VERBS or verb.pos != "VERB":
        return []
    if any(c.dep in ("dobj", "dative", "ccomp", "xcomp", "prt", "attr", "oprd") for c in kids[verb.i]):
        return []
    for conj in kids[verb.i]:
        if conj.dep != "conj" or conj.pos != "VERB" or any(c.dep in SUBJECT_DEPS for c in kids[conj.i]):
            continue
        obj = first_child(kids[conj.i], "dobj")
        if obj is not None:
            return expand(obj, kids)
    return []


def prep_targets(
    verb: Token, kids: list[list[Token]], first: tuple[str, ...] = (), skip: frozenset[str] = frozenset()
) -> list[tuple[int, ...]]:
    """Objects of the verb's prepositions, in the order of :data:`TARGET_PREPS` (``first`` before them,
    none of those in ``skip``)."""
    preps = [c for c in kids[verb.i] if c.dep in ("prep", "dative") and is_preposition(c)]
    groups = []
    for wanted in dict.fromkeys(p for p in (*first, *TARGET_PREPS) if p not in skip):
        for prep in preps:
            if preposition_word(prep) != wanted:
                continue
            pobj = first_child(kids[prep.i], "pobj") or stranded_object(verb, prep, kids)
            if pobj is not None:
                groups.append(tuple(expand(pobj, kids)))
    return groups


def stranded_object(verb: Token, prep: Token, kids: list[list[Token]]) -> Token | None:
    """The object of a preposition that the parser left without one, taking the noun phrase after it for
    the subject of the next clause: "granted asylum to [five Panamanian officers] holed up in …"."""
    for clause in kids[verb.i]:
        if clause.i < prep.i or clause.dep not in ("advcl", "ccomp", "conj"):
            continue
        subject = first_child(kids[clause.i], "nsubj")
        if subject is None or subject.i < prep.i or subject.pos not in ("NOUN", "PROPN"):
            continue
        start = min([subject.i, *(c.i for c in kids[subject.i] if c.i < subject.i)])
        if start == prep.i + 1:
            return subject
    return None


def inherited_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    token = verb
    seen: set[int] = set()
    while token.dep in INHERITING_DEPS and token.head != token.i and token.i not in seen:
        seen.add(token.i)
        head = sentence.tokens[token.head]
        if head.dep == "prep":  # "with Iran siding with …" / "by doing …": hang on the preposition's head
            head = sentence.tokens[head.head]
        if _wanted_of_another(sentence, token, head, kids):
            head = sentence.tokens[head.head]
        head = _conjoined_with_the_report(sentence, token, head, kids)
        for child in kids[head.i]:
            if child.dep in SUBJECT_DEPS:
                return wielders(sentence, child, kids) or expand(child, kids)
        if token.dep == "conj" and head.dep == "ROOT" and head.pos in ("NOUN", "PROPN"):
            # "Israeli soldiers on Saturday shot and killed a militant", the parser's root the subject
            # noun and "killed" its conjunct: the noun is the verb's subject
            return wielders(sentence, head, kids) or [head.i]
        passive_head = any(c.dep == "auxpass" for c in kids[head.i])
        if passive_head and token.dep == "conj":
            # "… was indicted by the court and will resign": the one indicted resigns, not the court
            patient = first_child(kids[head.i], "nsubjpass")
            if patient is not None:
                return expand(patient, kids)
        if passive_head:
            agent = first_child(kids[head.i], "agent")
            if agent is not None:
                return expand(first_child(kids[agent.i], "pobj"), kids)
        token = head
    return []


def _conjoined_with_the_report(sentence: Sentence, verb: Token, head: Token, kids: list[list[Token]]) -> Token:
    """The reporting verb a conjunct belongs with when the parser hung it on the reported clause: in "the
    Soviet Union has said its missions are watched and has accused Washington", "has accused" shares the
    report's "has", which the reported "are watched" lacks; else ``head``."""
    if verb.dep != "conj" or head.dep != "ccomp" or head.head == head.i:
        return head
    report = sentence.tokens[head.head]
    if own_tense(verb, kids):  # "said they could do little and urged the union": the speaker urged
        return report
    auxes = {c.text.lower() for c in kids[verb.i] if c.dep == "aux"}
    shared = auxes & {c.text.lower() for c in kids[report.i] if c.dep == "aux"}
    if not shared or shared & {c.text.lower() for c in kids[head.i] if c.dep in ("aux", "auxpass")}:
        return head
    return report


#: Verbs of letting whose object the parser may read as the subject of the complement ("allow [UN
#: planes] to land" parsed as "allow [UN planes to land]").
PERMISSION_VERBS = frozenset({"allow", "permit", "let", "enable"})


def allowed_party(verb: Token, kids: list[list[Token]]) -> Token | None:
    """Who is let do something: the object of "allow", or, when the parser hung it as the subject of the
    infinitive, that subject ("refused to allow UN planes to land": the UN's planes)."""
    found = first_child(kids[verb.i], "dobj")
    if found is not None or verb.lemma.lower() not in PERMISSION_VERBS:
        return found
    for clause in kids[verb.i]:
        if clause.dep == "ccomp" and has_to_aux(kids[clause.i], spelled=True):
            return first_child(kids[clause.i], "nsubj")
    return None


def _wanted_of_another(sentence: Sentence, participle: Token, head: Token, kids: list[list[Token]]) -> bool:
    """Whether a participle set off by a comma ("…, snubbing Moscow's offer") hangs on an infinitive
    with a subject of its own ("wanted Russia to return the islands"): what Russia is to do is not done,
    so the participle tells what the one who wants or asks does, the subject of the verb above."""
    if participle.dep != "advcl" or participle.tag != "VBG" or participle.i == 0:
        return False
    if sentence.tokens[participle.i - 1].text != "," or head.dep not in ("ccomp", "xcomp") or head.head == head.i:
        return False
    infinitive = has_to_aux(kids[head.i], spelled=True)
    own_subject = any(c.dep in ("nsubj", "dobj") and c.i < head.i for c in kids[head.i])
    return infinitive and own_subject


#: Subordinating words after which the parser may take the clause's subject for the word's object
#: ("recalled its ambassador after [Cuba] threatened to cut ties").
TIME_MARKS = frozenset({"after", "as", "before", "since", "until", "when", "while"})


def marked_subject(verb: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of a subordinate clause that the parser hung on its subordinating word: "after
    Cuba threatened" read as "after [Cuba]" with a subject-less "threatened"."""
    for mark in kids[verb.i]:
        if mark.dep == "mark" and mark.text.lower() in TIME_MARKS and mark.i < verb.i:
            pobj = first_child(kids[mark.i], "pobj")
            if pobj is not None and pobj.pos in ("PROPN", "NOUN"):
                return expand(pobj, kids)
    return []


#: Nouns whose infinitive is their content ("renewed its threats to continue rocket attacks", "an offer
#: to mediate between them"): the target of that act is the target of the noun's act.
CONTENT_NOUNS = GRAMMAR.content_nouns


def content_of_object(verb: Token, kids: list[list[Token]]) -> Token | None:
    """The infinitive that tells the content of the verb's object noun: "renewed [its threats] to
    continue attacks" (the parser hangs the infinitive on the noun or on the verb)."""
    noun = next((c for c in kids[verb.i] if c.dep == "dobj" and c.lemma.lower() in CONTENT_NOUNS), None)
    if noun is None:
        return None
    candidates = [c for c in kids[noun.i] if c.dep == "acl"] + [c for c in kids[verb.i] if c.dep == "advcl"]
    for infinitive in candidates:
        if infinitive.tag == "VB" and has_to_aux(kids[infinitive.i]):
            return infinitive
    return None


#: Bodies set up to do something: "set up a panel to investigate charges of genocide" is an inquiry.
MANDATED_BODIES = GRAMMAR.mandated_bodies
#: Verbs that create or send such a body.
CREATING_VERBS = frozenset({"appoint", "create", "dispatch", "establish", "form", "launch", "name", "send", "set"})


def mandated_body(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """ "The United Nations set up a panel to investigate charges of genocide": the infinitive of a body
    that is set up or sent is what its maker does through it, not a proposal."""
    if verb.dep != "acl" or verb.tag != "VB":
        return False
    body = sentence.tokens[verb.head]
    if body.lemma.lower() not in MANDATED_BODIES or body.dep != "dobj":
        return False
    return sentence.tokens[body.head].lemma.lower() in CREATING_VERBS


def mandating_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of the verb that set up the body whose infinitive ``verb`` is (see mandated_body)."""
    if not mandated_body(sentence, verb, kids):
        return []
    maker = sentence.tokens[sentence.tokens[verb.head].head]
    subject = next((c for c in kids[maker.i] if c.dep in SUBJECT_DEPS), None)
    return expand(subject, kids) if subject is not None else []


#: Verbs whose object does what their infinitive says ("prompting unions to threaten action", "the
#: crackdown led thousands to flee"): the infinitive is an act of the object.
CAUSING_VERBS = frozenset({"cause", "drive", "inspire", "lead", "prompt", "provoke", "spark", "spur", "trigger"})


def caused_doer(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Token | None:
    """The object of a causing verb whose infinitive ``verb`` is, who does the act ("prompting [unions]
    to threaten united action"), or None."""
    if verb.dep != "xcomp" or not has_to_aux(kids[verb.i]):
        return None
    head = sentence.tokens[verb.head]
    if head.lemma.lower() not in CAUSING_VERBS or head.i == verb.i:
        return None
    obj = first_child(kids[head.i], "dobj")
    return obj if obj is not None and obj.pos in ("NOUN", "PROPN", "PRON") else None
