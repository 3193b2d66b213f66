"""The frame a clause's verb is coded by, read off the parse.

:func:`frame_of` gives a verb's :class:`~eventscribe.events.frame.VerbFrame` (its particle, objects,
prepositions and open complement) and the token indices of its trigger; :func:`demand_of` the frame of a
demand told as "X demanded that Y <act>", "X said Y must <act>" or "X wants Y to <act>", with Y's heads.
:mod:`~eventscribe.events.clauses` builds each clause with them.
"""

from __future__ import annotations

from eventscribe.events import clause_parts as parts
from eventscribe.events.announced_plans import planned_act
from eventscribe.events.frame import VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.implied import relative_antecedent
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.phrases import (
    expand,
    first_child,
    is_preposition,
    noun_lemmas,
    open_complement,
    preposition_word,
)
from eventscribe.events.reduced_passive import passive_complement
from eventscribe.model import Sentence, Token

__all__ = ["demand_of", "frame_of"]

#: Verbs whose content clause is what the subject wants the target to do ("demanded that Syria withdraw").
DEMAND_VERBS = GRAMMAR.demand_verbs
#: Modal auxiliaries that turn a reported clause into a demand ("said China must drop barriers").
OBLIGATION_AUX = GRAMMAR.obligation_aux
#: Verbs of wanting whose infinitive with a subject of its own is a request ("wants Iran to stop
#: enrichment", "wanted Russia to return the islands"): the CAMEO verb dictionary codes wanting another to
#: act as an appeal (WANT: help 023, elections 0241, release 0253), as the codebook's 020 holds "all
#: requests, proposals, suggestions".
WANTING_VERBS = frozenset({"want", "wish"})
#: Modals of advice: "said the government should guarantee the debts" suggests, an appeal (020); "must"
#: demands (100: "demands are stronger or more forceful … we rely primarily on the language used").
ADVICE_AUX = frozenset({"should"})
FORCEFUL_AUX = OBLIGATION_AUX - ADVICE_AUX
#: Verbs of a state, not an act: what one "should have" or "must be" is a view of how things ought to be.
STATIVE_VERBS = frozenset({"be", "have", "remain", "stay", "know", "own", "possess", "deserve"})


def demand_of(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> tuple[VerbFrame, list[int]] | None:
    """For "X demanded that Y <act>", "X said Y must <act>" and "X wants Y to <act>": the demand's frame
    and Y's heads."""
    from eventscribe.events.speech import REPORTING_VERBS

    lemma = verb.lemma.lower()
    for content in kids[verb.i]:
        for_to = lemma in DEMAND_VERBS and parts.for_to_clause(content, kids)
        if (content.dep != "ccomp" and not for_to) or content.pos not in ("VERB", "AUX"):
            continue
        # "calls for a TV channel backed by Hezbollah to be taken off air": a passive subject is Y too
        subject = first_child(kids[content.i], "nsubj") or (
            first_child(kids[content.i], "nsubjpass") if for_to else None
        )
        if subject is None:
            continue
        modals = {c.text.lower() for c in kids[content.i] if c.dep == "aux"}
        obliged = bool(modals & OBLIGATION_AUX)
        if obliged and lemma not in DEMAND_VERBS and content.lemma.lower() in STATIVE_VERBS:
            continue  # "said the president should have the authority": a view of what ought to be, no demand
        wanted = lemma in WANTING_VERBS and has_to_aux(kids[content.i])
        if lemma in DEMAND_VERBS or (lemma in REPORTING_VERBS and obliged) or wanted:
            obj = first_child(kids[content.i], "dobj")
            advised = wanted or (obliged and modals & ADVICE_AUX and not modals & FORCEFUL_AUX)
            frame = VerbFrame(
                verb=lemma if lemma in DEMAND_VERBS else ("urge" if advised else "demand"),
                # "called for Britain to stay": the "for" of "call for" stays in the frame
                preps=(("for", subject.lemma.lower()),) if for_to else (),
                xcomp=content.lemma.lower(),
                xcomp_objects=tuple(noun_lemmas(obj, kids)) if obj is not None else (),
            )
            return frame, expand(subject, kids)
    return None


def frame_of(sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool) -> tuple[VerbFrame, list[int]]:
    from eventscribe.events.stoppages import light_verb_object  # (stoppages builds Clauses: import here)

    trigger = [verb.i]
    particle = ""
    objects: list[str] = []
    preps: list[tuple[str, str]] = []
    has_object = any(c.dep == "dobj" for c in kids[verb.i])  # "gave [Putin] a stern [warning]"
    counted = parts.counted_object(verb, kids)
    if counted is not None:  # "sending up to 600 marines": the marines are the object, "up" no particle
        objects = noun_lemmas(counted, kids) + [c.lemma.lower() for c in kids[counted.i] if c.dep == "conj"]
    for child in kids[verb.i]:
        if counted is not None and (child.i == counted.head or child.text.lower() == "up" and child.dep == "prt"):
            continue
        if child.dep == "prt":
            particle = child.text.lower()
            trigger.append(child.i)
        elif child.dep == "dobj" or (child.dep == "dative" and child.pos != "ADP" and not has_object):
            if child.ent_type in ("DATE", "TIME") and any(c.tag == "CD" for c in kids[child.i]):
                continue  # "earmarked 23 March for a strike": a date, not a march ("May Day" is an object)
            if not objects:
                child = relative_antecedent(sentence, child) or child  # "the ban, which Britain lifted"
                # "launched air and artillery strikes": the coordinated nouns count as objects too
                objects = noun_lemmas(child, kids) + [
                    c.lemma.lower() for c in kids[child.i] if c.dep == "conj" and c.pos == "NOUN"
                ]
                objects[0] = light_verb_object(sentence, child, kids)  # "launched a strike on Gaza": stoppages.py
                objects.extend(parts.aimed_at(child, kids))
        elif child.dep in ("prep", "agent", "dative") and is_preposition(child):
            pobj = first_child(kids[child.i], "pobj")
            if pobj is not None and pobj.ent_type in ("DATE", "TIME"):
                continue  # "agreed on 18 September to lift …" is no agreement "on" anything
            # "called upon" is "call on"
            preps.append((preposition_word(child), pobj.lemma.lower() if pobj is not None else ""))
    # a predicate adjective of the object ("found him guilty", "declared the party illegal") is what is done
    objects.extend(c.lemma.lower() for c in kids[verb.i] if c.dep in ("ccomp", "oprd") and c.pos == "ADJ")
    # "announced plans to send a mission": the plan's act is the complement (announced_plans.py)
    xcomp, xcomp_objects = _complement(open_complement(verb, kids) or planned_act(verb, kids), kids)
    if passive and not objects:  # "were taken hostage" (reduced_passive.py); "Evidence … was presented": the patient
        objects = passive_complement(verb, kids) or parts.patient_lemmas(sentence, verb, kids)
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


def _complement(complement: Token | None, kids: list[list[Token]]) -> tuple[str, list[str]]:
    """The lemma of a verb's open complement and the lemmas of what it acts on ("", [] for none)."""
    if complement is None:
        return "", []
    xcomp_objects: list[str] = []
    obj = first_child(kids[complement.i], "dobj")
    if obj is not None:
        xcomp_objects = noun_lemmas(obj, kids)
    sent = parts.sent_with(complement, kids)
    if sent is not None:  # "pledged to supply Syria with missiles": what is supplied is the missiles
        xcomp_objects = noun_lemmas(sent, kids)
    return complement.lemma.lower(), xcomp_objects
