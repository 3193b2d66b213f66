"""Intentions and threats: "X will provide aid", "X pledged to send troops", "X wants to attack Y".

CAMEO codes a promised cooperative act as an intent to cooperate (03) and a promised hostile act as a
threat (13). This module maps the code of the act to its 03 or 13 counterpart; the coder applies it to
clauses in the future tense and to verbs of intending that take the act as their complement.
"""

from __future__ import annotations

from eventscribe.events.grammar import GRAMMAR

__all__ = ["FUTURE_AUX", "INTENT_VERBS", "PROMISE_VERBS", "intended", "is_hostile"]

#: Verbs whose complement is an act the subject means to do ("pledged to send", "wants to attack"),
#: and two verbs of aim that frame their complement as the act itself (``aspectual_verbs``), whose act is
#: still to come all the same: "the EU aims to conclude a trade deal by October", "Iran wishes to resume
#: talks" (the codebook's 03: "express intent to …"; not "tries to", an attempt made).
INTENT_VERBS = GRAMMAR.intent_verbs | {"aim", "wish"}
#: Of these, the verbs that promise: a hostile act promised to a third party ("Qatar pledged to expel
#: Brotherhood leaders") is coded as the act itself; the others ("wants to attack") make it a threat.
PROMISE_VERBS = GRAMMAR.promise_verbs
#: Auxiliaries of a future act.
FUTURE_AUX = GRAMMAR.future_aux

#: Most specific prefix first: the code of the act -> the code of the intention to do it.
_INTENT = (
    ("061", "0311"), ("062", "0312"), ("063", "0313"), ("064", "0314"), ("06", "031"),
    ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334"), ("07", "033"),
    ("05", "032"), ("04", "036"),
    ("081", "0351"), ("082", "0352"), ("083", "034"), ("084", "0353"), ("085", "0354"), ("086", "0355"),
    ("087", "0356"), ("08", "035"),
)  # fmt: skip
#: The threat of each hostile act, as the codebook pairs them: reducing relations (16) with non-force
#: threats (131-136), administrative sanctions (172x) with their threats (132x), blockade, occupation
#: and conventional attacks (191-195) with 1381, 1382 and 1384, unconventional violence (18) with 1383.
#: A veto still to come ("said it would veto the bill") is a threat too (130: "any conflictual
#: behavior … forecasted using future tense is treated as a threat"), a non-force one (131), as the
#: verb patterns code "threatened to veto".
_THREAT = (
    ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"), ("166", "136"),
    ("16", "131"),
    ("1721", "1321"), ("1722", "1322"), ("1723", "1323"), ("1724", "1324"), ("172", "132"), ("17", "137"),
    ("18", "1383"),
    ("191", "1381"), ("192", "1382"), ("193", "1384"), ("194", "1384"), ("195", "1384"), ("19", "138"),
    ("20", "1385"),
    ("129", "131"),
)  # fmt: skip


def intended(code: str) -> str | None:
    """The CAMEO code for intending (or threatening) the act coded ``code``; None when the act has no
    such counterpart (statements, appeals, disapproval …) or already is an intention or threat."""
    for table in (_INTENT, _THREAT):
        for prefix, target in table:
            if code.startswith(prefix):
                return target
    return None


def is_hostile(code: str) -> bool:
    """Whether the act coded ``code`` is material conflict (roots 16 to 20)."""
    return code[:2] in {"16", "17", "18", "19", "20"}
