"""What a protest is for: "thousands marched in Cairo, demanding the president's resignation".

A demand told by a participle of a protest already coded, with no subject of its own, is the protest's
aim, not a second act. The codebook pairs each aim of a demand (CAMEO 1041-1044: leadership change,
policy change, rights, change in institutions) with the protest made for it (1411-1414 for a
demonstration, 1421-1424 for a hunger strike, 1431-1434 for a strike or boycott, 1441-1444 for an
obstruction, 1451-1454 for a riot), so the protest takes the demand's aim and the demand is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.clauses import Clause
from eventscribe.events.codebook import Codebook
from eventscribe.events.frame import Classification
from eventscribe.events.plover import with_contexts
from eventscribe.model import Event, Sentence

__all__ = ["PROTEST_ROOT", "aim_of_protest", "aimed"]

PROTEST_ROOT = "14"
DEMAND_ROOT = "10"
#: Demands for reform (1041-1044): their last digit names the aim, as 14x1-14x4 do.
REFORM_DEMANDS = ("1041", "1042", "1043", "1044")
#: Protests that have a sub-code for each aim.
AIMED_PROTESTS = ("141", "142", "143", "144", "145")
#: How far up from the participle the protest verb may be ("joined demonstrators in demanding …").
MAX_STEPS = 3


def aim_of_protest(sentence: Sentence, clause: Clause, found: Classification, protest_verbs: set[int]) -> int | None:
    """The protest verb whose aim the demand ``clause`` tells, or None: a participle with no subject of
    its own, hung on that verb as an adverbial clause or through a preposition ("in demanding")."""
    verb = sentence.tokens[clause.verb]
    if found.code[:2] != DEMAND_ROOT or verb.tag != "VBG" or _has_subject(sentence, verb.i):
        return None
    token = verb
    for _ in range(MAX_STEPS):
        if token.dep not in ("advcl", "pcomp", "prep", "xcomp") or token.head == token.i:
            return None
        token = sentence.tokens[token.head]
        if token.i in protest_verbs:
            return token.i
    return None


def _has_subject(sentence: Sentence, i: int) -> bool:
    return any(c.dep in ("nsubj", "nsubjpass") for c in sentence.children(i))


def aimed(protest: Event, demand_code: str, codebook: Codebook) -> Event:
    """The protest coded for the demand's aim ("marched …, demanding the resignation": 1411), when the
    protest has sub-codes for aims and the demand names one; otherwise the protest as it was."""
    if protest.cameo.code not in AIMED_PROTESTS or not demand_code.startswith(REFORM_DEMANDS):
        return protest
    code = protest.cameo.code + demand_code[3]
    return replace(
        protest, cameo=codebook.cameo(code), plover=with_contexts(codebook.plover(code), protest.sentence, code)
    )
