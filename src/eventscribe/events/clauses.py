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
- compound subjects and objects ("Hamas and Iran") give one index each;
- parties the construction implies (:mod:`~eventscribe.events.implied`): a relative pronoun object stands
  for its noun ("Hamas, which Israel bombed"), "X became the first N to <act>" and a headline "Blair to
  visit China" give the act its subject, "X agreed with Y to impose sanctions on Z" makes Y a doer too;
- acts told from their receiving end ("drew condemnation from Turkey", :mod:`~eventscribe.events.received`)
  take the "from" party as source and the subject as target.

Negated, hypothetical ("would allow"), conditional ("if …") clauses and questions yield no clause
(:mod:`~eventscribe.events.reality`). The arguments are found by
:mod:`~eventscribe.events.clause_arguments`, the verb's frame by :mod:`~eventscribe.events.clause_frames`,
weapons as subjects by :mod:`~eventscribe.events.weapons`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from eventscribe.events import clause_parts as parts
from eventscribe.events.clause_arguments import (
    arguments,
    caused_doer,
    inherited_subject,
    is_dative_object,
    is_passive,
    is_recipient,
    mandated_body,
    mandating_subject,
    marked_subject,
    recipients,
)
from eventscribe.events.clause_frames import demand_of, frame_of
from eventscribe.events.frame import VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.implied import (
    agreed_partners,
    antecedents,
    described_subject,
    headline_act,
    headline_infinitive,
    headline_subject,
)
from eventscribe.events.phrases import SUBJECT_DEPS, expand, first_child, noun_lemmas, open_complement
from eventscribe.events.reality import (
    children_index,
    future_above,
    is_eventive,
    is_future,
    is_imminent,
    is_refusal,
    is_scheduled,
    proposed_act,
    scheduled_subject,
)
from eventscribe.events.received import received_act, receiving_parties
from eventscribe.events.reduced_passive import reduced_agents, reduced_passive
from eventscribe.events.shared_passive import shared_patient
from eventscribe.events.weapons import IMPACT_FRAME_VERB, weapon_impact, weapon_user
from eventscribe.model import Sentence, Token

__all__ = ["Clause", "find_clauses", "is_eventive", "statement_clause"]

#: Verbs of giving and sending: the object is what is sent; the target is the recipient ("sent troops
#: to Syria", "provided aid to Gaza").
TRANSFER_VERBS = GRAMMAR.transfer_verbs
#: Verbs that give the reason for an act told ("refused to help, citing domestic opposition").
REASON_VERBS = frozenset({"cite"})
#: Verbs that only frame the action of their complement ("began to shell", "wants to re-examine"):
#: the complement is coded, with the subject of the framing verb.
ASPECTUAL_VERBS = GRAMMAR.aspectual_verbs
#: Predicate adjectives of a stated attitude ("is skeptical of", "is confident that").
ATTITUDE_ADJECTIVES = GRAMMAR.attitude_adjectives


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
    #: What an act of disapproval or protest is "over" or "about" ("protested over Canada's decision"):
    #: the owner of that noun may be the target when no other is named.
    concerns: tuple[int, ...] = ()
    #: An event noun that is the subject of its verb, aimed at that verb's object ("an opposition boycott
    #: has forced the government to delay the vote"): coded only for protests (see the coder).
    subject: bool = False
    #: The act is made to hang on a condition ("will withdraw its force unless a ceasefire is arranged"):
    #: a future act so told is a threat, never an announced decision.
    conditioned: bool = False
    #: An event noun that gives the occasion of a verb ("said after talks with Y", "during a visit to Y"):
    #: told as having happened, the act of the verb's subject (see :mod:`~eventscribe.events.nominal`).
    setting: bool = False


def statement_clause(
    sentence: Sentence, verb: int, speaker: int, targets: tuple[int, ...], trigger: tuple[int, ...] = ()
) -> Clause:
    """The clause of a statement read off a reporting verb (an appraisal, an outlook): the speaker its
    source, each party spoken of a target of its own, the verb (or ``trigger``) its trigger."""
    return Clause(
        verb=verb,
        frame=VerbFrame(verb=sentence.tokens[verb].lemma.lower()),
        sources=(speaker,),
        targets=tuple((t,) for t in targets),
        trigger=trigger or (verb,),
    )


def find_clauses(sentence: Sentence) -> Iterator[Clause]:
    """Every eventive clause of ``sentence``, in sentence order."""
    if sentence.is_question():
        return
    children = children_index(sentence)
    for token in sentence.tokens:
        attitude = _attitude(token, children)
        if attitude is not None:
            if is_eventive(sentence, token.i, children):
                yield _attitude_clause(sentence, token, attitude, children)
            continue
        scheduled = is_scheduled(sentence, token, children)
        own_act = (
            scheduled
            or caused_doer(sentence, token, children) is not None  # "is to visit", "prompted X to"
            or bool(described_subject(sentence, token, children))  # "became the only state to condemn"
        )
        if token.pos != "VERB" or (token.dep == "xcomp" and not is_imminent(sentence, token) and not own_act):
            continue
        if token.dep == "amod":  # a participle used as an adjective ("the internationally recognised government")
            continue
        if token.lemma.lower() in REASON_VERBS:  # "…, citing domestic opposition": a reason, not an act
            continue
        if (
            proposed_act(token, children)
            and not mandated_body(sentence, token, children)
            and not headline_act(sentence, token, children)  # "Chinese president to visit Russia"
        ):
            continue  # "a resolution to impose sanctions": what is proposed, not done
        if not is_eventive(sentence, token.i, children):
            if is_refusal(sentence, token, children):
                clause = _clause(sentence, token, children)
                if clause is not None:
                    yield replace(clause, refused=True, future=False)
            continue
        clause = _clause(sentence, token, children)
        if clause is not None and scheduled and not clause.sources:  # "the EU is set to give"
            doer = scheduled_subject(sentence, token, children)
            clause = clause if doer is None else replace(clause, sources=tuple(expand(doer, children)))
        if clause is not None:
            yield replace(clause, future=True) if scheduled else clause


def _attitude(token: Token, kids: list[list[Token]]) -> Token | None:
    """The predicate adjective of a stated attitude ("is skeptical of", "are confident that"), or None."""
    if token.lemma.lower() != "be":
        return None
    return next((c for c in kids[token.i] if c.dep == "acomp" and c.lemma.lower() in ATTITUDE_ADJECTIVES), None)


def _attitude_clause(sentence: Sentence, verb: Token, adjective: Token, kids: list[list[Token]]) -> Clause:
    """ "The agency said it is skeptical of the plan": the attitude is the act (CAMEO 012, 013), told of
    the subject, aimed at what the adjective's preposition names."""
    subject = next((c for c in kids[verb.i] if c.dep in SUBJECT_DEPS), None)
    sources = expand(subject, kids) if subject is not None else inherited_subject(sentence, verb, kids)
    preps = [
        (p.text.lower(), (first_child(kids[p.i], "pobj") or p).lemma.lower())
        for p in kids[adjective.i]
        if p.dep == "prep"
    ]
    frame = VerbFrame(verb=adjective.lemma.lower(), preps=tuple(preps))
    groups = tuple(
        g
        for g in (tuple(expand(first_child(kids[p.i], "pobj"), kids)) for p in kids[adjective.i] if p.dep == "prep")
        if g
    )
    return Clause(
        verb=verb.i,
        frame=frame,
        sources=tuple(sources),
        targets=groups,
        trigger=(verb.i, adjective.i),
        inherited_subject=subject is None,
    )


def _clause(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Clause | None:
    passive = is_passive(verb, kids)
    sources, targets = arguments(sentence, verb, kids, passive)
    patient = shared_patient(sentence, verb, kids, passive)  # "was arrested and charged"
    if patient and (sentence.tokens[verb.head].dep == "xcomp" or not is_eventive(sentence, verb.head, kids)):
        return None  # "would let offenders be fined and jailed": as unreal as the verb it shares
    if patient:
        passive, targets = True, [*targets, *patient]
    if not passive and reduced_passive(sentence, verb, kids):  # "Two soldiers killed in blast": reduced_passive.py
        passive, sources, targets = True, reduced_agents(verb, kids), sources
    sources, targets = antecedents(sentence, verb, kids, sources), antecedents(sentence, verb, kids, targets)
    sources, inherited, headline = _subject(sentence, verb, kids, passive, sources)
    complement = open_complement(verb, kids)
    if complement is not None and verb.lemma.lower() in ASPECTUAL_VERBS and complement.pos == "VERB":
        verb = complement
        passive = is_passive(verb, kids)
        _, targets = arguments(sentence, verb, kids, passive)
    frame, trigger = frame_of(sentence, verb, kids, passive)
    weapon = weapon_impact(sentence, verb, kids)
    if weapon is not None:  # "missiles hit the ship": the attack of the missiles' user
        frame = VerbFrame(verb=IMPACT_FRAME_VERB, objects=tuple(noun_lemmas(weapon, kids)), preps=frame.preps)
    demanded = demand_of(sentence, verb, kids)
    if demanded is not None:  # the demand's addressee is the subject of what is demanded
        frame, addressee = demanded
        targets = addressee or targets
    # The target is named directly (an object, or "met with X"), not merely mentioned in a modifier.
    direct = bool(targets) or any(c.dep == "prep" and c.text.lower() == "with" for c in kids[verb.i])
    sent, unique = _sent_and_targets(sentence, verb, kids, passive, targets)
    future = headline or is_future(sentence, verb, kids) or future_above(sentence, verb, kids)
    origins = parts.origins(verb, kids) if passive and not sources else ()
    clause = Clause(
        conditioned=parts.conditioned(verb, kids),
        concerns=parts.concerns(verb, kids),
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
    return _recast(clause, verb, kids)


def _sent_and_targets(
    sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool, targets: list[int]
) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """What a verb of giving or sending moves (none for other verbs), and the clause's target groups
    without it ("sent troops to Syria": the troops are sent, Syria is the target)."""
    sent: tuple[int, ...] = ()
    counted = parts.counted_object(verb, kids)
    counted_heads = expand(counted, kids)
    if counted_heads:  # "sent up to 600 marines to …": the marines are what is sent, not a target
        targets = [i for i in targets if i not in counted_heads]
    if verb.lemma.lower() in TRANSFER_VERBS and not passive:  # what is sent is not the target
        sent = tuple(i for i in targets if sentence.tokens[i].dep == "dobj") + tuple(counted_heads)
        targets = [i for i in targets if is_recipient(sentence, i) or is_dative_object(sentence, i)]
        targets = targets or recipients(sentence, sent, kids)
    unique = tuple(
        g
        for g in (tuple(i for i in g if i not in counted_heads) for g in parts.target_groups(verb, kids, targets))
        if g
    )
    return sent, unique


def _subject(
    sentence: Sentence, verb: Token, kids: list[list[Token]], passive: bool, sources: list[int]
) -> tuple[list[int], bool, bool]:
    """The clause's source heads when the parse gives it no subject of its own, whether they are inherited
    from the clause it hangs on, and whether they are a headline's ("Blair to visit China")."""
    doer = caused_doer(sentence, verb, kids)
    if doer is not None and not sources:  # "prompting unions to threaten united action": the unions
        sources = expand(doer, kids)
    if sources or passive:  # "Putin to visit Turkey": a headline's act is scheduled, as with a name root
        return sources, False, bool(sources) and headline_infinitive(verb, kids)
    sources = marked_subject(verb, kids) or mandating_subject(sentence, verb, kids)
    sources = sources or parts.let_subject(sentence, verb, kids) or described_subject(sentence, verb, kids)
    if sources:
        return sources, False, False
    sources = inherited_subject(sentence, verb, kids) or weapon_user(sentence, verb, kids)
    if sources:
        return sources, True, False
    headline = headline_subject(sentence, verb, kids)  # "Blair to visit China next week": scheduled
    return headline, False, bool(headline)


def _recast(clause: Clause, verb: Token, kids: list[list[Token]]) -> Clause:
    """The clause with its parties recast where the construction tells them apart from the parse:
    "France agreed with Germany to impose sanctions on Russia" (both impose them on Russia), "Israel drew
    condemnation from Turkey" (Turkey condemned Israel)."""
    partners = agreed_partners(verb, kids)
    if partners:
        sources = tuple(dict.fromkeys([*clause.sources, *partners]))
        targets = tuple(g for g in clause.targets if not set(g) & set(partners))
        clause = replace(clause, sources=sources, targets=targets)
    received = received_act(verb, kids, clause.frame)
    if received is not None:
        taken = {*received.givers, received.noun}
        # "Israel's raid drew condemnation from the UN": Israel receives it
        receivers = tuple(i for i in receiving_parties(verb, clause.sources, kids) if i not in taken)
        targets = tuple(g for g in (receivers, *clause.targets) if g and not set(g) & taken)
        clause = replace(
            clause,
            frame=received.frame,
            trigger=tuple(sorted({*clause.trigger, received.noun})),
            sources=received.givers,
            targets=targets,
            inherited_subject=False,
            direct=True,
        )
    return clause
