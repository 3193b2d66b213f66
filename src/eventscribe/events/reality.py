"""Whether a clause tells a real act: negation, hypotheticals, conditions, background states, demands
and proposals make a clause unreal; refusals and acts still to come are told apart here."""

from __future__ import annotations

from eventscribe.events.disputed_content import denied_content
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.intent import FUTURE_AUX, INTENT_VERBS
from eventscribe.events.speech import ANNOUNCING_VERBS, REPORTING_VERBS
from eventscribe.model import Sentence, Token

__all__ = [
    "children_index",
    "future_above",
    "is_eventive",
    "is_future",
    "is_imminent",
    "is_refusal",
    "is_scheduled",
    "scheduled_subject",
    "proposed_act",
]

HYPOTHETICAL_AUX = GRAMMAR.hypothetical_aux
CONDITIONAL_MARKS = GRAMMAR.conditional_marks
NEGATIONS = GRAMMAR.negations
#: Verbs of cooperation whose negated future is a refusal ("will not lift the ban").
REFUSABLE_VERBS = GRAMMAR.refusable_verbs
#: Verbs whose content clause is what the subject wants the target to do ("demanded that Syria withdraw").
DEMAND_VERBS = GRAMMAR.demand_verbs
#: Background states: "has long backed", "has always opposed", "has backed … for decades".
BACKGROUND_ADVERBS = GRAMMAR.background_adverbs
DURATION_NOUNS = GRAMMAR.duration_nouns
#: Predicate adjectives whose infinitive is the act itself, about to happen ("is about to restore ties").
IMMINENT_HEADS = frozenset({"about"})
#: Predicate adjectives whose infinitive is an act the subject means to do ("is willing to sign a
#: protocol"): the infinitive is the clause, coded as an intention (like "will sign").
WILLING_HEADS = frozenset({"determined", "eager", "keen", "prepared", "ready", "willing"})


def proposed_act(verb: Token, kids: list[list[Token]]) -> bool:
    """An infinitive that modifies a noun ("a resolution to impose sanctions", "a request to interrogate
    detainees", "efforts to end the war"): the noun's content, an act proposed or sought, not one done."""
    return verb.dep == "acl" and verb.tag == "VB" and has_to_aux(kids[verb.i])


def is_refusal(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
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
    if not any(a.text.lower() in FUTURE_AUX or reported_future(sentence, verb, a) for a in auxes):
        return False
    if any(a.lemma.lower() in HYPOTHETICAL_AUX and not reported_future(sentence, verb, a) for a in auxes):
        return False
    return verb.dep == "ROOT" or (verb.dep == "ccomp" and is_eventive(sentence, verb.head, kids))


def is_imminent(sentence: Sentence, verb: Token) -> bool:
    """ "is about to restore": the infinitive under a predicate adjective of imminence is the clause."""
    head = sentence.tokens[verb.head]
    return head.dep == "acomp" and (head.lemma.lower() in IMMINENT_HEADS or head.lemma.lower() in WILLING_HEADS)


#: Predicate adjectives of an act on the calendar ("the minister is due to visit Cairo").
DUE_HEADS = frozenset({"due"})
#: Participles of an act on the calendar, told in the passive ("the EU is set to open talks", "is
#: scheduled to meet", "is slated to sign", "is poised to sign").
SET_HEADS = frozenset({"poise", "schedule", "set", "slate"})


def is_scheduled(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """ "Karzai is to visit Pakistan", "is due to visit", "is set to open talks": an act announced as set
    to happen (an act still to come, coded as the intention to act, like "will visit")."""
    if verb.dep != "xcomp" or verb.tag != "VB" or not has_to_aux(kids[verb.i]):
        return False
    head = sentence.tokens[verb.head]
    if head.lemma.lower() == "be" and head.pos == "AUX":
        return any(c.dep == "nsubj" for c in kids[head.i])
    if head.lemma.lower() in DUE_HEADS and head.dep == "acomp":  # "is due to visit"
        copula = sentence.tokens[head.head]
        return copula.lemma.lower() == "be" and any(c.dep == "nsubj" for c in kids[copula.i])
    # "is set to give": the participle with its passive auxiliary and subject
    own = kids[head.i]
    return (
        head.lemma.lower() in SET_HEADS
        and head.tag == "VBN"
        and any(c.dep == "auxpass" and c.lemma.lower() == "be" for c in own)
        and any(c.dep == "nsubjpass" for c in own)
    )


def scheduled_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> Token | None:
    """The doer of a scheduled act told with a passive participle ("the EU is set to give"): the
    participle's passive subject, which the rules of inheritance read as its patient; None otherwise."""
    head = sentence.tokens[verb.head]
    if head.lemma.lower() not in SET_HEADS or not is_scheduled(sentence, verb, kids):
        return None
    return next((c for c in kids[head.i] if c.dep == "nsubjpass"), None)


def is_willing(sentence: Sentence, verb: Token) -> bool:
    """ "is willing to sign": the infinitive under a predicate adjective of willingness."""
    head = sentence.tokens[verb.head]
    return verb.dep == "xcomp" and head.dep == "acomp" and head.lemma.lower() in WILLING_HEADS


def is_eventive(sentence: Sentence, i: int, children: list[list[Token]] | None = None) -> bool:
    """False for negated, hypothetical and conditional clauses, and for those under such a head."""
    kids = children or children_index(sentence)
    if _open_question(kids[i], kids):
        return False
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        token = sentence.tokens[i]
        for child in kids[i]:
            lemma = child.lemma.lower()
            if child.dep == "neg" or (child.dep == "advmod" and lemma in NEGATIONS):
                return False
            if child.dep == "aux" and lemma in HYPOTHETICAL_AUX and not reported_future(sentence, token, child):
                return False
            if child.dep == "mark" and lemma in CONDITIONAL_MARKS:
                return False
        if is_background(sentence, token, kids[i], kids):
            return False
        # A clause is only as real as the clause it depends on ("did not agree to meet", "if they attack").
        if token.dep == "ccomp" and _unreal_content(sentence, token, kids):
            return False
        if unrealised_complement(sentence, token, kids) or noun_content(sentence, token, kids):
            return False
        if denied_content(sentence, token, kids):  # "denied reports that its troops had crossed"
            return False
        if purpose(sentence, token, kids):
            return False
        if token.dep == "conj" and any(c.dep in ("aux", "nsubj", "nsubjpass") for c in kids[i]):
            break  # "does not plan to deploy forces but will provide assistance": a clause of its own
        if own_tense(token, kids):  # "said they could do little and urged the union": the report's
            head = sentence.tokens[token.head]
            if head.dep != "ccomp" or head.head == head.i:
                break
            i = head.head
            continue
        if token.dep in ("xcomp", "advcl", "conj", "ccomp", "acomp") and token.head != i:
            i = token.head
            continue
        prep = sentence.tokens[token.head]
        if token.dep == "pcomp" and prep.dep == "prep" and prep.text.lower() in MATTER_PREPS and prep.head != prep.i:
            i = prep.head  # "had not decided on offering Moscow wheat": as real as the decision
            continue
        break
    return True


def _open_question(own: list[Token], kids: list[list[Token]]) -> bool:
    """Whether the verb's open complement is a question still open: "decides whether to endorse the deal",
    "is weighing whether to attend" tell no act, and no intention yet."""
    return any(
        c.dep == "xcomp" and any(m.dep == "mark" and m.lemma.lower() == "whether" for m in kids[c.i]) for c in own
    )


def own_tense(verb: Token, kids: list[list[Token]]) -> bool:
    """Whether a conjunct in the simple past cannot share its head's modal or "do" ("they could do little
    and urged", "did not attend but sent"): neither reads with a past form, so the conjunct's negation,
    modality and, below a report, its speaker are not its head's."""
    if verb.dep != "conj" or verb.tag != "VBD" or verb.head == verb.i:
        return False
    return any(c.dep == "aux" and (c.tag == "MD" or c.lemma.lower() == "do") for c in kids[verb.head])


#: Auxiliaries of a content clause still to come ("will back", "would offer").
CONTENT_FUTURE_AUX = FUTURE_AUX | {"would"}


def _unreal_content(sentence: Sentence, content: Token, kids: list[list[Token]]) -> bool:
    """Whether the content clause ``content`` tells no act done or meant by its subject: what someone
    demands ("demanded that Syria withdraw"), guesses at ("traders speculated that Washington will offer
    wheat"), believes will happen ("he thinks women will back the plans"; saying verbs, "said Iran will
    resume talks", tell an intention, belief verbs do not), or the writer's own view ("I think Russia will
    invade Ukraine")."""
    verb = sentence.tokens[content.head]
    lemma = verb.lemma.lower()
    if lemma in DEMAND_VERBS or lemma in CONJECTURE_VERBS:
        return True
    future = any(c.dep == "aux" and c.lemma.lower() in CONTENT_FUTURE_AUX for c in kids[content.i])
    if lemma in BELIEF_VERBS and future:
        return True
    if future and any(c.dep in ("advmod", "mark") and c.lemma.lower() in QUESTION_WORDS for c in kids[content.i]):
        return True  # "declined to say when they would give approval": a question of what is to come
    return writers_view(sentence, verb, kids)


#: Words that open an indirect question ("when they would", "how it will", "whether it would").
QUESTION_WORDS = frozenset({"when", "how", "whether", "if", "where", "why"})


#: First-person pronouns: outside quotation marks, the writer's own.
FIRST_PERSON = frozenset({"i", "we"})
#: Quotation marks as the tokenizer gives them.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def writers_view(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` is the writer's own saying or thinking ("I think …", "we believe …") in a sentence
    quoting no one: what it says is the writer's opinion, no event."""
    if verb.lemma.lower() not in REPORTING_VERBS | CONJECTURE_VERBS:
        return False
    if not any(c.dep == "nsubj" and c.text.lower() in FIRST_PERSON for c in kids[verb.i]):
        return False
    return not any(t.text in QUOTE_MARKS for t in sentence.tokens)


#: Verbs of believing, whose content clause in the future is a belief about what will happen.
BELIEF_VERBS = frozenset({"assume", "believe", "expect", "feel", "reckon", "suspect", "think"})
#: Verbs of guessing, whose content clause no one has told as done.
CONJECTURE_VERBS = frozenset(
    {"forecast", "guess", "hypothesise", "hypothesize", "imagine", "predict", "speculate", "suppose", "wonder"}
)
#: Prepositions whose gerund is the matter of the verb it hangs on ("decided on offering", "talked about
#: sending", "agreed to sending"), as real as that verb; not those of time ("after meeting Blair").
MATTER_PREPS = frozenset({"about", "on", "to"})


#: Verbs whose infinitive is what the subject wants someone else to do ("pressured him to help").
PERSUADING_VERBS = DEMAND_VERBS | frozenset(
    {"compel", "encourage", "force", "invite", "lobby", "persuade", "pressure", "pressurize", "push"}
)


def unrealised_complement(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """An act that is only wanted or a reason of another: "pressured by Congress to help Iran" has not
    helped (the parser may attach the infinitive as an adverbial clause, not as the complement); "jailed
    for helping militants" and "accused of spying" name what the target is said to have done, not an
    event of the clause's actors."""
    if verb.i == verb.head:
        return False
    head = sentence.tokens[verb.head]
    if verb.dep == "advcl" and verb.tag == "VB" and head.lemma.lower() in PERSUADING_VERBS and has_to_aux(kids[verb.i]):
        return True
    return verb.dep == "pcomp" and verb.tag == "VBG" and head.dep == "prep" and head.text.lower() in ("for", "of")


def noun_content(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """A clause with its own subject that spells out a noun: "suggestions that it consider the offer",
    "evidence the minister approved the sale", "fears that troops will move in". What is suggested,
    alleged or feared is the topic of another act, not an event (CAMEO 112: an allegation does not imply
    that the alleged act took place). Relative clauses ("the talks that began") are parsed as ``relcl``."""
    if verb.dep != "acl" or verb.i == verb.head:
        return False
    noun = sentence.tokens[verb.head]
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    if noun.lemma.lower() in REPORTING_VERBS | ANNOUNCING_VERBS:
        # "officials … confirm that …": a verb of saying the parser may have taken for a noun; and a
        # "report that" is left to what reports tell
        return False
    return any(c.dep in ("nsubj", "nsubjpass") for c in kids[verb.i])


#: Verbs of going somewhere: their infinitive of purpose ("flew to Texas to tell voters") is what the
#: trip is for, still to be done when the trip is told. "be" is here for an infinitive the parser hangs
#: on the copula rather than on its noun ("was worried about plans, backed by the UK, to lift the ban").
TRIP_VERBS = frozenset({"arrive", "be", "come", "fly", "go", "head", "journey", "leave", "return", "travel"})


def purpose(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """ "headed to Pennsylvania to tell voters", "flew to Beijing to sign the accord": the infinitive of
    purpose of a trip is what the trip is for, not an act told as done (the trip is the event). The
    purpose of other acts can be told as done with them ("sent funds to support the refugees")."""
    if verb.dep != "advcl" or verb.tag != "VB" or verb.i == verb.head:
        return False
    if not has_to_aux(kids[verb.i]):
        return False
    return sentence.tokens[verb.head].lemma.lower() in TRIP_VERBS


#: Verbs of a view held ("Palestinians oppose the settlements", "most Britons want a referendum").
VIEW_VERBS = frozenset({"back", "distrust", "favor", "favour", "fear", "oppose", "prefer", "support", "trust", "want"})


def held_view(sentence: Sentence, verb: Token, own: list[Token]) -> bool:
    """ "The Palestinians oppose all Jewish settlement", "most Britons want a referendum": a people's view
    told in the simple present is a standing state, not an act done at a time (a people named by a plural
    proper noun; "Britain opposes the plan" or "the Palestinians rejected the plan" are acts)."""
    if verb.tag != "VBP" or verb.lemma.lower() not in VIEW_VERBS or any(c.dep == "aux" for c in own):
        return False
    return any(c.dep == "nsubj" and c.tag == "NNPS" for c in own)


def is_background(sentence: Sentence, verb: Token, own: list[Token], kids: list[list[Token]]) -> bool:
    """A state told as background, not an event: "has long backed", "has always opposed", "has backed
    Hamas for decades" (but "has jailed him for two years" is an event)."""
    if any(c.dep == "advmod" and c.lemma.lower() in BACKGROUND_ADVERBS for c in own):
        return True
    if held_view(sentence, verb, own):
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


def reported_future(sentence: Sentence, verb: Token, aux: Token) -> bool:
    """ "would" in a clause that an announcing verb introduces: the future seen from the past."""
    head = sentence.tokens[verb.head]
    return aux.lemma.lower() == "would" and verb.dep == "ccomp" and head.lemma.lower() in ANNOUNCING_VERBS


def is_future(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    return is_willing(sentence, verb) or any(
        c.dep == "aux" and (c.text.lower() in FUTURE_AUX or reported_future(sentence, verb, c)) for c in kids[verb.i]
    )


def future_above(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """An act that serves one still to come is to come too: "is willing to send material to help defend
    Saudi Arabia" has not helped yet (through open complements and purpose clauses, not coordination)."""
    seen: set[int] = set()
    while verb.dep in ("xcomp", "advcl") and verb.head != verb.i and verb.i not in seen:
        seen.add(verb.i)
        if verb.dep == "advcl" and not has_to_aux(kids[verb.i]):
            return False  # only a purpose ("to help"), not "after they attacked"
        verb = sentence.tokens[verb.head]
        if is_future(sentence, verb, kids) or verb.lemma.lower() in INTENT_VERBS:
            return True  # "will send …", "pledged to send troops to help protect Estonia"
    return False


def children_index(sentence: Sentence) -> list[list[Token]]:
    return [sentence.children(i) for i in range(len(sentence.tokens))]
