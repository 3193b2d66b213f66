"""Parties a clause implies rather than states, read off the parse: the noun a relative pronoun stands
for ("Hamas, which Israel bombed"), the subject of "X became the first N to <act>", of a headline
"Blair to visit China" (with "Chinese president to visit Russia" and "Putin to visit Turkey" read as
scheduled, like "Putin is to visit Turkey"), and the partner of "X agreed with Y to impose sanctions on Z".

Each function takes the clause's verb and the parse's children lists and returns token heads (possibly
none); :mod:`~eventscribe.events.clauses` decides where they go.
"""

from __future__ import annotations

from eventscribe.events.infinitive import has_to_aux
from eventscribe.events.phrases import SUBJECT_DEPS, expand, first_child, open_complement
from eventscribe.model import Sentence, Token

__all__ = [
    "agreed_partners",
    "antecedents",
    "described_subject",
    "headline_act",
    "headline_infinitive",
    "headline_subject",
    "relative_antecedent",
]

#: Copulas whose noun complement describes their subject ("X became the first leader to …").
COPULAS = frozenset({"be", "become", "remain"})
#: Relative pronouns that stand for the noun their clause hangs on ("Hamas, which Israel bombed").
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def relative_antecedent(sentence: Sentence, pronoun: Token) -> Token | None:
    """The noun that a relative pronoun stands for: the head of its relative clause ("Hamas, [which]
    Israel bombed": Hamas; "rebels [who] attacked the base": the rebels), or None."""
    if pronoun.tag not in ("WDT", "WP") or pronoun.lemma.lower() not in RELATIVE_PRONOUNS:
        return None
    verb = sentence.tokens[pronoun.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    head = sentence.tokens[verb.head]
    return head if head.pos in ("NOUN", "PROPN") else None


def antecedents(sentence: Sentence, verb: Token, kids: list[list[Token]], heads: list[int]) -> list[int]:
    """``heads`` with a relative pronoun that is not the subject of ``verb``'s own clause replaced by the
    noun (and the nouns coordinated with it) that it stands for ("Hamas, which Israel bombed")."""
    out: list[int] = []
    for i in heads:
        pronoun = sentence.tokens[i]
        # a relative subject is left alone: "guerrillas who overran it last month" picks the guerrillas
        # out by background that news coders do not code (and the actor reader may resolve "who"
        # itself); but a clause set off by a comma, in the past, tells an act of the noun's own:
        # "18 legislators, who asked the government to diversify reserves"
        own = pronoun.head == verb.i and (pronoun.dep not in SUBJECT_DEPS or _non_restrictive(sentence, pronoun))
        antecedent = relative_antecedent(sentence, pronoun) if own else None
        out.extend(expand(antecedent, kids) if antecedent is not None else [i])
    return list(dict.fromkeys(out))


def _non_restrictive(sentence: Sentence, pronoun: Token) -> bool:
    """Whether a relative pronoun opens a clause set off by a comma ("18 legislators, who asked the
    government to diversify reserves"): an act told of the noun, not a description picking it out."""
    verb = sentence.tokens[pronoun.head]
    return pronoun.i > 0 and sentence.tokens[pronoun.i - 1].text == "," and verb.tag == "VBD"


#: Prepositions of an act's target that the "with" party of "agreed with Y to <act> on Z" is not.
AIMED_PREPS = frozenset({"against", "on", "upon"})


def agreed_partners(verb: Token, kids: list[list[Token]]) -> list[int]:
    """The "with" party of "X agreed with Y to impose sanctions on Z", who does the act with X: only when
    the act names a target of its own ("on Z"), so that "agreed with the IMF to cut spending" stays an
    agreement with the IMF."""
    if verb.lemma.lower() != "agree":
        return []
    act = open_complement(verb, kids)
    with_ = next((c for c in kids[verb.i] if c.dep == "prep" and c.text.lower() == "with"), None)
    if act is None or with_ is None:
        return []
    if not any(c.dep == "prep" and c.text.lower() in AIMED_PREPS for c in kids[act.i]):
        return []
    return expand(first_child(kids[with_.i], "pobj"), kids)


def headline_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of a headline "Blair to visit China", which the parser reads as a name (the root) with
    an infinitive hanging on it (as a relative or an adverbial clause)."""
    if verb.dep not in ("acl", "relcl", "advcl") or not has_to_aux(kids[verb.i]):
        return []
    head = sentence.tokens[verb.head]
    if head.dep != "ROOT" or head.pos not in ("PROPN", "NOUN") or head.i > verb.i:
        return []
    return expand(head, kids)


def headline_act(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """Whether the infinitive on a noun is a headline's act ("Chinese president to visit Russia"), not the
    noun's content ("a resolution to impose sanctions"): the noun is the root, comes first and, as
    headlines drop articles, has no determiner."""
    heads = headline_subject(sentence, verb, kids)
    return bool(heads) and not any(c.dep == "det" for c in kids[sentence.tokens[verb.head].i])


def headline_infinitive(verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` is the bare infinitive main verb of a headline with its subject ("Putin to visit
    Turkey next week", parsed as a root "visit" with a subject and "to" but no finite verb): a scheduled
    act, still to come, like "Putin is to visit Turkey" (CAMEO 036: "future commitments to meet")."""
    if verb.dep != "ROOT" or verb.tag != "VB":
        return False
    if not has_to_aux(kids[verb.i]):
        return False
    if any(c.dep in ("aux", "auxpass") and c.tag != "TO" for c in kids[verb.i]):
        return False
    return any(c.dep in ("nsubj", "nsubjpass") for c in kids[verb.i])


def described_subject(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> list[int]:
    """The subject of "X became the first Arab leader to promise compensation", "X is the only state to
    recognise it": the infinitive hangs on a noun that describes the copula's subject, who does the act."""
    if verb.dep not in ("acl", "relcl", "xcomp") or not has_to_aux(kids[verb.i]):
        return []
    head = sentence.tokens[verb.head]
    if verb.dep == "xcomp":  # the parser may hang the infinitive on the copula ("became the only state to …")
        if head.lemma.lower() not in COPULAS or first_child(kids[head.i], "attr") is None:
            return []
        return expand(first_child(kids[head.i], "nsubj"), kids)
    if head.dep != "attr" or head.head == head.i:
        return []
    return expand(first_child(kids[head.head], "nsubj"), kids)
