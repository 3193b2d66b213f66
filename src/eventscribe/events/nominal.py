"""Events named by a noun: "Israeli air strikes on Gaza", "the abduction of three teens by Hamas".

News often reports an event as a noun phrase that is the subject or object of a verb with no political
meaning of its own ("Israeli air strikes on Gaza killed 20", "talks between Iran and the EU resumed").
Such a noun becomes a :class:`~eventscribe.events.clauses.Clause` whose "verb" is the noun, with the
token heads of its agent and patient:

- agent: a "by" phrase, a possessor ("Russia's invasion"), or an actor-naming modifier ("Israeli strikes",
  "Hamas attack");
- patient: an "on/against/upon/at/into/in/with" phrase, or else an "of" phrase ("Russia's invasion of
  Ukraine", "the abduction of three teens by Hamas");
- or parties: "talks between Hamas and Israel" are mutual events of the two.

A noun that is negated ("no attack") or only possible ("a planned attack") names no event. The coder
classifies the noun and resolves the heads, as for verb clauses.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventscribe.events.between_parties import between_parties
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import LIGHT_FRAME_VERB, VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.phrases import prep_objects
from eventscribe.events.recipients import recipient_of
from eventscribe.events.stoppages import no_doer, reading_of, stoppage_clause
from eventscribe.events.weapons import wielders
from eventscribe.model import Sentence, Token

__all__ = ["NOMINAL_LIGHT_VERB", "agreement_in_passing", "find_nominal_clauses"]

#: The light verb that frames an event noun for the classifier ("launch" + "air strike" -> 195).
NOMINAL_LIGHT_VERB = LIGHT_FRAME_VERB
PATIENT_PREPS = GRAMMAR.patient_preps
UNREAL_MODIFIERS = GRAMMAR.unreal_modifiers
TOPIC_VERBS = GRAMMAR.topic_verbs
#: Verbs of happening whose subject is an event ("protests erupted", "a rally was held").
OCCURRENCE_VERBS = GRAMMAR.occurrence_verbs
FUTURE_AUX = GRAMMAR.future_aux
ATTACK_NOUNS = GRAMMAR.attack_nouns
REPORTING = GRAMMAR.reporting_verbs
#: Common nouns that, modifying an event noun, name whom or where it befell, never its doer: "the school
#: hostage siege", "a hotel bombing", "the embassy attack" (against "a police raid", "student protests").
UNDERGOING_MODIFIERS = frozenset(
    {
        "captive", "church", "civilian", "consulate", "embassy", "hospital", "hostage", "hotel", "market",
        "mosque", "prison", "prisoner", "school", "temple", "village",
    }
)  # fmt: skip


def find_nominal_clauses(sentence: Sentence, verbs_with_events: set[int]) -> Iterator[Clause]:
    """Nominal event candidates whose noun is not already the object of a coded verb."""
    kids = [sentence.children(i) for i in range(len(sentence.tokens))]
    for noun in sentence.tokens:
        if noun.pos != "NOUN" or noun.dep == "compound":
            continue
        if any(c.text.lower() in UNREAL_MODIFIERS for c in kids[noun.i] if c.dep in ("amod", "det", "compound")):
            continue
        setting = None
        clause = _nominal(sentence, noun, kids)
        if clause is not None and _owned_by_pronoun(sentence, clause, noun):
            # "said in his meeting with Aziz": "his" is the speaker, the meeting the occasion of the verb
            setting = _setting(sentence, noun, kids)
            clause = setting or clause
        if clause is None or not _names_a_party(sentence, clause, kids) or no_doer(sentence, clause):
            clause = stoppage_clause(sentence, noun, kids) or clause  # "a strike by miners entered its third day"
        clause = clause or _occurrence(sentence, noun, kids)
        if clause is None:
            clause = setting = _setting(sentence, noun, kids) or _crowd_setting(sentence, noun, kids)
        if clause is None:
            continue
        if setting is not None:  # "said after talks with Y": the noun is no argument of the verb
            yield clause
            continue
        governor = _governing_verb(sentence, noun)
        if noun.dep in ("dobj", "pobj") and sentence.tokens[governor].lemma.lower() in TOPIC_VERBS:
            continue  # "talked about the bombing of the embassy": the bombing is a topic, not an event here
        if noun.dep in ("dobj", "pobj") and _wanted(sentence, sentence.tokens[governor], kids):
            continue  # "urged all countries to enforce an arms embargo": the embargo is sought, not in force
        coded = noun.dep in ("dobj", "pobj") and governor in verbs_with_events
        if clause.targets and coded:  # the verb's event already covers this noun
            continue
        yield clause


def _nominal(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    sources: list[int] = []
    targets: list[int] = []
    of_object: list[int] = []
    modifiers: list[str] = []
    for child in kids[noun.i]:
        if child.dep == "prep":
            pobj = next((c for c in kids[child.i] if c.dep == "pobj"), None)
            if pobj is None:
                continue
            word = child.text.lower()
            if word == "by":
                sources.append(pobj.i)
            elif word == "of":
                of_object.append(pobj.i)
            elif word in PATIENT_PREPS and not targets:
                targets.append(pobj.i)
        elif child.dep == "poss":
            sources.append(child.i)
        elif child.dep in ("amod", "compound"):
            if not (child.pos == "NOUN" and child.lemma.lower() in UNDERGOING_MODIFIERS):
                sources.append(child.i)
            modifiers.append(child.lemma.lower())
    frame = VerbFrame(verb=NOMINAL_LIGHT_VERB, objects=(reading_of(sentence, noun, kids), *modifiers))
    between = between_parties(sentence, noun, kids)  # "talks between Hamas and Israel": each party with each
    if between:
        return Clause(verb=noun.i, frame=frame, sources=tuple(between), targets=(), trigger=(noun.i,))
    if not targets:  # "Japan's apology to South Korea", "the delivery of missiles to Syria" (recipients.py)
        targets = recipient_of(sentence, noun) or of_object or _target_of(sentence, noun, kids)
    subject = not targets and bool(sources)
    if subject:  # "an opposition boycott has forced the government to …": what the event did is its target
        targets = _object_of_subject(noun, kids)
    if not sources or not targets:
        return None
    groups = (tuple(targets),)
    return Clause(verb=noun.i, frame=frame, sources=tuple(sources), targets=groups, trigger=(noun.i,), subject=subject)


#: Prepositions of the time or occasion of a verb ("said after talks with Y", "spoke during a visit to Y").
SETTING_PREPS = frozenset({"after", "at", "during", "following", "in"})
#: Prepositions of an event noun that name the other party of what the verb's subject did.
PARTY_PREPS = frozenset({"to", "with"})


#: Nouns of being on the receiving end of an act ("the base was the target of an attack by the Taliban").
TARGET_NOUNS = frozenset({"object", "target", "victim"})


def _target_of(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of "X was (became) the target of an attack", who is what the event noun was aimed at."""
    from eventscribe.events.phrases import expand, first_child

    prep = sentence.tokens[noun.head]
    if noun.dep != "pobj" or prep.text.lower() != "of" or prep.head == prep.i:
        return []
    role = sentence.tokens[prep.head]
    if role.lemma.lower() not in TARGET_NOUNS or role.dep != "attr" or role.head == role.i:
        return []
    return expand(first_child(kids[role.head], "nsubj"), kids)


def _owned_by_pronoun(sentence: Sentence, clause: Clause, noun: Token) -> bool:
    """Whether an event noun's only doer is a possessive pronoun ("his meeting with Aziz"), in a phrase of
    a verb that tells what was done, not what is to be done ("agreed to discuss it in its talks with …")."""
    if not all(sentence.tokens[i].pos == "PRON" and sentence.tokens[i].dep == "poss" for i in clause.sources):
        return False
    verb = sentence.tokens[sentence.tokens[noun.head].head]
    return verb.dep != "xcomp"


def _setting(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    """ "The president said after talks with the Iranian foreign minister …", "speaking during a visit to
    Japan": an event noun with no doer of its own that gives the occasion of a verb is the act of that
    verb's subject, with the party of its "with" or "to" phrase. Not for a passive verb, whose subject
    underwent something ("was arrested after a meeting with …")."""
    from eventscribe.events.clause_arguments import inherited_subject, is_passive
    from eventscribe.events.phrases import expand, first_child

    prep = sentence.tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep" or prep.text.lower() not in SETTING_PREPS:
        return None
    verb = _verb_of_object(sentence, sentence.tokens[prep.head])
    if verb.pos not in ("VERB", "AUX") or is_passive(verb, kids) or not _tells_the_news(sentence, verb):
        return None
    if noun.lemma.lower() in ATTACK_NOUNS:  # "after the attack with grenades": a "with" of the means
        return None
    if any(c.dep in ("poss", "amod", "compound") and c.pos in ("PROPN", "ADJ") for c in kids[noun.i]):
        return None  # "after Iranian talks with …": the noun names its own party
    party = next((c for c in kids[noun.i] if c.dep == "prep" and c.text.lower() in PARTY_PREPS), None)
    if party is None:  # "in talks here today with Lawson", the "with" hung beside the noun's own phrase
        party = next(
            (c for c in kids[prep.head] if c.dep == "prep" and c.text.lower() == "with" and c.i > noun.i), None
        )
    targets = expand(first_child(kids[party.i], "pobj"), kids) if party is not None else []
    subject = first_child(kids[verb.i], "nsubj")
    sources = expand(subject, kids) if subject is not None else inherited_subject(sentence, verb, kids)
    if not targets or not sources:
        return None
    modifiers = [c.lemma.lower() for c in kids[noun.i] if c.dep in ("amod", "compound")]
    frame = VerbFrame(verb=NOMINAL_LIGHT_VERB, objects=(noun.lemma.lower(), *modifiers))
    groups = (tuple(targets),)
    return Clause(verb=noun.i, frame=frame, sources=tuple(sources), targets=groups, trigger=(noun.i,), setting=True)


def _verb_of_object(sentence: Sentence, head: Token) -> Token:
    """The verb whose object ``head`` is, or ``head`` itself: "discussed the crisis in talks with X" sets
    the talks on the discussing, the parser's hanging them on "the crisis" notwithstanding."""
    if head.pos == "VERB" and head.dep == "acl":  # "discussed the need to control spending in talks"
        head = sentence.tokens[head.head]
    return sentence.tokens[head.head] if head.pos == "NOUN" and head.dep == "dobj" else head


#: Crowd events (CAMEO 14: "demonstrate or rally") in which people are arrested, hurt or dispersed.
CROWD_NOUNS = frozenset({"demonstration", "march", "protest", "rally", "sit-in"})
#: Acts of force on people that a report places at a crowd event ("were detained during protests").
CROWD_FORCE_VERBS = frozenset(
    {"arrest", "beat", "detain", "disperse", "hurt", "injure", "jail", "kill", "round", "shoot", "wound"}
)
#: Prepositions that place an act at a crowd event.
CROWD_PREPS = frozenset({"at", "during", "in"})


def _crowd_setting(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    """ "Activists were detained during protests in Nairobi", "police arrested students at a rally": the
    people arrested, hurt or dispersed at a crowd event took part in it, so it is their protest too (CAMEO
    14) besides the act of force. Not for other verbs ("the president spoke at a rally", "was cheered at
    a rally"), nor for a crowd event whose doer is named ("at an opposition rally" names its own)."""
    from eventscribe.events.clause_arguments import is_passive
    from eventscribe.events.phrases import expand, first_child

    prep = sentence.tokens[noun.head]
    if noun.lemma.lower() not in CROWD_NOUNS or noun.dep != "pobj" or prep.text.lower() not in CROWD_PREPS:
        return None
    verb = sentence.tokens[prep.head]
    if prep.dep != "prep" or verb.pos != "VERB" or verb.lemma.lower() not in CROWD_FORCE_VERBS:
        return None
    if any(c.dep in ("poss", "compound", "amod") and c.pos in ("PROPN", "ADJ", "NOUN") for c in kids[noun.i]):
        return None  # "at an opposition rally", "during Kenyan protests": the noun names its own doers
    patient = first_child(kids[verb.i], "nsubjpass" if is_passive(verb, kids) else "dobj")
    sources = expand(patient, kids)
    if not sources:
        return None
    frame = VerbFrame(verb=NOMINAL_LIGHT_VERB, objects=(noun.lemma.lower(),))
    return Clause(verb=noun.i, frame=frame, sources=tuple(sources), targets=(), trigger=(noun.i,), occurred=True)


def _tells_the_news(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` is the root, or hangs on it as a coordinated, adverbial or open clause or as what
    a speaker reports: not a clause inside a noun phrase or a claim ("evidence that Thatcher approved the
    sale during talks with …" is no news of talks)."""
    seen: set[int] = set()
    while verb.dep != "ROOT" and verb.i not in seen:
        seen.add(verb.i)
        head = sentence.tokens[verb.head]
        if verb.dep not in ("conj", "advcl", "xcomp") and not (verb.dep == "ccomp" and head.lemma.lower() in REPORTING):
            return False
        verb = head
    return verb.dep == "ROOT"


#: Common nouns of the parties a protest's deed may be aimed at ("a boycott forced the government to …").
PARTY_NOUNS = frozenset(
    {"administration", "authority", "cabinet", "company", "council", "employer", "firm", "government", "management",
     "minister", "ministry", "parliament", "police", "president", "regime", "state"}
)  # fmt: skip


def _names_a_party(sentence: Sentence, clause: Clause, kids: list[list[Token]]) -> bool:
    """Whether an event noun's target names a party: a name or a party noun ("a boycott forced the
    government to …"), or a thing of a named owner ("the boycott of Israeli goods"); not "the vote"."""
    heads = [sentence.tokens[i] for group in clause.targets for i in group]
    heads = [t for t in heads if t.ent_type not in ("DATE", "TIME")]  # "a strike on Monday" names no party
    owned = [c for t in heads for c in kids[t.i] if c.dep in ("amod", "compound", "poss", "nmod")]
    return any(t.pos == "PROPN" or t.lemma.lower() in PARTY_NOUNS for t in heads) or any(
        c.pos == "PROPN" or (c.pos == "ADJ" and c.text[:1].isupper()) for c in owned
    )


def _object_of_subject(noun: Token, kids: list[list[Token]]) -> list[int]:
    """The object of the verb an event noun is the subject of ("[a boycott] has forced [the government]")."""
    if noun.dep != "nsubj" or noun.head == noun.i:
        return []
    obj = next((c for c in kids[noun.head] if c.dep == "dobj" and c.pos in ("NOUN", "PROPN")), None)
    return [obj.i, *(c.i for c in kids[obj.i] if c.dep == "conj")] if obj is not None else []


def _occurrence(sentence: Sentence, noun: Token, kids: list[list[Token]]) -> Clause | None:
    """ "Protests erupted in Tripoli", "rallies were held across the country": an event noun that is the
    subject of a verb of happening, its doers unnamed. The coder takes them from the place (for crowd
    events only); a negated, hypothetical or conditional happening is none."""
    from eventscribe.events.clauses import is_eventive

    verb = sentence.tokens[noun.head]
    if noun.dep not in ("nsubj", "nsubjpass") or verb.lemma.lower() not in OCCURRENCE_VERBS:
        return None
    if not is_eventive(sentence, verb.i) or any(c.dep == "aux" and c.lemma.lower() in FUTURE_AUX for c in kids[verb.i]):
        return None
    targets = [p.i for _, p in prep_objects(sentence, noun.i, ("against", "over"))]
    modifiers = [c.lemma.lower() for c in kids[noun.i] if c.dep in ("amod", "compound")]
    frame = VerbFrame(verb=NOMINAL_LIGHT_VERB, objects=(reading_of(sentence, noun, kids), *modifiers))
    # "US air strikes continue in Fallujah": an attack's user named by its modifier did it, on the place
    users = tuple(wielders(sentence, noun, kids))
    if users and not targets:
        targets = [p.i for _, p in prep_objects(sentence, verb.i, ("in", "on")) if p.ent_type in ("GPE", "LOC")]
    groups = (tuple(targets),) if targets else ()
    return Clause(verb=noun.i, frame=frame, sources=users, targets=groups, trigger=(noun.i,), occurred=True)


def _wanted(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """A verb that tells an act only wanted or proposed: the infinitive of a verb of urging ("urged them to
    enforce"), or of a noun ("plans to lift")."""
    from eventscribe.events.reality import PERSUADING_VERBS, proposed_act

    if proposed_act(verb, kids):
        return True
    head = sentence.tokens[verb.head]
    return verb.dep in ("xcomp", "ccomp") and verb.head != verb.i and head.lemma.lower() in PERSUADING_VERBS


def _governing_verb(sentence: Sentence, noun: Token) -> int:
    head = sentence.tokens[noun.head]
    if noun.dep == "pobj" and head.dep in ("prep", "agent"):
        return head.head
    return noun.head


#: The code of a formal agreement (CAMEO 057, "sign formal agreement").
AGREEMENT_CODE = "057"


def agreement_in_passing(sentence: Sentence, clause: Clause, code: str) -> bool:
    """Whether an agreement named by a noun is only mentioned, as the background or subject of what the
    sentence tells ("Venezuela's recent agreement with its creditor banks reprograms six billion dlrs",
    "along the lines of an outline agreement between the U.S. and the U.K."): no signing is reported.
    One told as happening ("an agreement was reached", "the accord signed on Monday") is the verb's to code."""
    if not code.startswith(AGREEMENT_CODE) or clause.setting:
        return False
    noun = sentence.tokens[clause.verb]
    if noun.dep in ("nsubj", "nsubjpass") and sentence.tokens[noun.head].lemma.lower() in OCCURRENCE_VERBS:
        return False
    return not any(c.dep == "acl" and c.pos == "VERB" for c in sentence.children(noun.i))
