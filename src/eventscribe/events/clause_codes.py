"""Choose the CAMEO code of a clause: the verb frame first, then what the clause adds to it.

- a verb of intending with a complement ("pledged to send troops") is coded as the intention (03) or
  threat (13) of the complement's act (see :mod:`~eventscribe.events.intent`);
- a clause in the future ("will provide aid") likewise;
- a verb with no code of its own takes its object's event noun ("renewed negotiations");
- an event noun on its own ("Israeli air strikes on Gaza") takes its light-verb reading when that is more
  specific ("launch air strike": 195) than the noun alone ("strike").
"""

from __future__ import annotations

from dataclasses import replace

from eventscribe.events.announced_plans import is_announced_plan
from eventscribe.events.classify import VerbClassifier
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification, VerbFrame
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.intent import INTENT_VERBS, PROMISE_VERBS, intended, is_hostile
from eventscribe.events.speech import ACCUSATION_CODE

__all__ = ["ClauseClassifier"]

#: Verbs after which an event noun names something that does not happen ("postponed the talks").
UNDOING_VERBS = GRAMMAR.undoing_verbs
NOUN_CONFIDENCE = 0.6
LIGHT_VERB_CONFIDENCE = 0.85
#: An event noun told as happening ("protests broke out") is coded about as surely as a curated verb.
OCCURRED_CONFIDENCE = 0.8
#: Codes a verb of intending gets by itself; its complement says more.
GENERIC_CODES = frozenset({"010", "030", "130", "040"})
#: Roots of acts that a state does by announcing them ("will cut aid", "would deny entry"): coded as the
#: act (the codebook's example for 162), a threat only when made to hang on a condition (its 1311 example).
DECIDED_ROOTS = ("16",)
#: Verbs that make public an act their object names ("announced sanctions", "declared a curfew").
ANNOUNCING_VERBS = frozenset({"announce", "declare", "proclaim", "unveil"})
#: Roots of acts that, announced, are still to come (talks, meetings and visits).
ANNOUNCED_TO_COME = frozenset({"04"})
#: An act read off an announcement's object is a little less sure than the verb's own reading.
ANNOUNCED_FACTOR = 0.9
#: Verbs of intending whose complement is always threatened (CAMEO 13), never done.
THREAT_VERBS = frozenset({"threaten"})


#: Verbs of legal charges that, with no one charged, are accusations made (CAMEO 112).
CHARGE_VERBS = frozenset({"charge"})


def _charged_that(frame: VerbFrame, found: Classification) -> bool:
    """Whether a verb of legal charges is used of a claim, with no one charged and nothing else to charge
    at: "Iran charged that the United States was arming rebels" accuses, "charged three men" sues."""
    return frame.verb in CHARGE_VERBS and found.code == "115" and not (frame.objects or frame.preps or frame.passive)


class ClauseClassifier:
    """Codes clauses with a :class:`VerbClassifier` (the packaged one unless given)."""

    def __init__(self, classifier: VerbClassifier | None = None, *, future_intent: bool = True) -> None:
        """``future_intent=False`` codes a clause in the future as its act (as PETRARCH does), not as
        the intention to act."""
        self.classifier = classifier or VerbClassifier.load()
        self.future_intent = future_intent

    def classify(self, clause: Clause) -> Classification | None:
        """The code of a verb clause, or None when it has no political meaning."""
        frame = clause.frame
        found = self._frame(frame)
        # "announced plans to send a mission" is planning to send it (announced_plans.py)
        plan = is_announced_plan(frame.verb, frame.objects)
        intending = frame.verb in INTENT_VERBS or plan
        if frame.xcomp and intending and (found is None or found.code in GENERIC_CODES):
            act = self._frame(VerbFrame(verb=frame.xcomp, objects=frame.xcomp_objects))
            if act is not None:
                # An act with no intention code of its own ("want to re-examine"), or a hostile act
                # promised ("pledged to expel"), is coded as the act.
                promised_hostility = (frame.verb in PROMISE_VERBS or plan) and is_hostile(act.code)
                code = act.code if promised_hostility else intended(act.code) or act.code
                if frame.verb in THREAT_VERBS and not code.startswith("13"):
                    # a threat stays a threat whatever its complement reads as alone ("threatened to
                    # deliver devastating blows"): the plain threat, not the complement's code
                    code = found.code if found is not None and found.code.startswith("13") else "130"
                return Classification(code, act.confidence * 0.9, f"{frame.verb} to {act.trigger}")
        found = self._announced(frame, found)
        if found is not None and _charged_that(frame, found):  # "Iran charged that the US was arming rebels"
            found = Classification(ACCUSATION_CODE, found.confidence, found.trigger)
        if clause.future and found is not None and self.future_intent:
            if found.code.startswith(DECIDED_ROOTS) and not clause.conditioned:
                return found  # "announced it would prohibit all aid": a decision, coded as the act
            future = intended(found.code)
            if future is not None:
                return Classification(future, found.confidence * 0.95, f"will {found.trigger}")
        return found

    def classify_noun(self, clause: Clause) -> Classification | None:
        """The code of a nominal clause (see :mod:`~eventscribe.events.nominal`), or None."""
        lemma = clause.frame.objects[0]
        noun = self.classifier.classify_noun(lemma)
        if noun is None:
            return None
        framed = self.classifier.classify(clause.frame)
        best = framed if framed is not None and framed.confidence >= LIGHT_VERB_CONFIDENCE else noun
        if clause.occurred:  # "protests erupted in Tehran": told as having happened, as sure as a verb
            return Classification(best.code, OCCURRED_CONFIDENCE, lemma)
        return Classification(best.code, NOUN_CONFIDENCE * 0.9, lemma)

    def _announced(self, frame: VerbFrame, found: Classification | None) -> Classification | None:
        """ "announced sanctions", "declared a curfew", "unveiled an aid package": a statement whose object
        is an act is that act (CAMEO 010: statements are coded as such "only when they do not further
        imply appeals, agreements, support … threats"). Talks and visits announced are still to come:
        the intention to meet (036: "future commitments to meet and/or negotiate")."""
        if found is None or frame.verb not in ANNOUNCING_VERBS:
            return found
        if found.code.startswith("01"):
            noun = next((n for n in map(self.classifier.classify_noun, frame.objects[:1]) if n is not None), None)
            if noun is None or noun.code.startswith("01"):
                return found
            found = Classification(noun.code, found.confidence * ANNOUNCED_FACTOR, f"{frame.verb} {noun.trigger}")
        if found.code[:2] in ANNOUNCED_TO_COME:
            return Classification(intended(found.code) or found.code, found.confidence, found.trigger)
        return found

    def _frame(self, frame: VerbFrame) -> Classification | None:
        """The most confident of the readings of a frame: as parsed; with a final e the lemmatiser
        dropped ("staged" -> "stag"); without a "re" prefix ("reimpose", "re-examine"); and, unless the
        verb undoes it, by its object's event noun ("renewed negotiations")."""
        readings = [self.classifier.classify(frame)]
        if frame.verb and not frame.verb.endswith("e"):
            readings.append(self.classifier.classify(replace(frame, verb=frame.verb + "e")))
        # "re-examine", "reimpose": the verb without its prefix, only when the verb has no reading of its
        # own ("resign" is not "sign", "reject" not "ject")
        if frame.verb.startswith("re") and len(frame.verb) > 5 and (readings[0] is None or "-" in frame.verb):
            readings.append(self.classifier.classify(replace(frame, verb=frame.verb[2:].lstrip("-"))))
        if frame.objects and frame.verb not in UNDOING_VERBS and not self.classifier.nulled(frame):
            noun = self.classifier.classify_noun(frame.objects[0])
            if noun is not None:
                readings.append(Classification(noun.code, NOUN_CONFIDENCE, f"{frame.verb} {noun.trigger}"))
        found = [r for r in readings if r is not None]
        return max(found, key=lambda r: r.confidence) if found else None
