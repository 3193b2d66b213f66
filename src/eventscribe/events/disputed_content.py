"""What a denied report tells is no event.

"Iran denied reports that its troops had crossed the border", "the ministry rejected claims that police
had beaten protesters", "refuted a report made by US media that the envoy had collaborated with Iran":
the clause that spells out the report, claim or allegation is what the denial is about. CAMEO codes the
denial (016, or a rejection, 12); the codebook's note to 112 says an allegation does not imply that the
alleged act took place, and a denied one even less so.

``reality.noun_content`` already sets aside the content of most nouns ("fears that troops will move in"),
but leaves a "report that …" to what reports tell ("there were reports that troops had fired on the
crowd" is news told at second hand). Once the report or claim is the object of a denial, it is no longer
told as fact. The content clause hangs on the noun (``acl``) or, when a participle stands between them
("a report made by some US media that …"), on that participle (``ccomp``).
"""

from __future__ import annotations

from eventscribe.model import Sentence, Token

__all__ = ["denied_content"]

#: Verbs that say a report or claim is untrue.
DENIAL_VERBS = frozenset(
    {"contradict", "debunk", "deny", "discount", "dismiss", "dispute", "quash", "rebut", "refute", "reject", "scotch"}
)
#: Nouns whose content clause says what someone reports or alleges.
CONTENT_NOUNS = frozenset(
    {
        "accusation",
        "allegation",
        "assertion",
        "charge",
        "claim",
        "contention",
        "report",
        "rumor",
        "rumour",
        "speculation",
        "story",
        "suggestion",
    }
)
#: Participles that may stand between the noun and its content ("a report made/published by … that …").
LINKING_DEPS = frozenset({"acl"})


def denied_content(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> bool:
    """Whether ``verb`` heads the content clause of a report or claim that a denial verb governs."""
    if verb.i == verb.head or not any(c.dep in ("nsubj", "nsubjpass") for c in kids[verb.i]):
        return False
    noun = _content_noun(sentence, verb)
    if noun is None or noun.lemma.lower() not in CONTENT_NOUNS:
        return False
    if noun.dep not in ("dobj", "conj") or noun.i == noun.head:
        return False
    head = sentence.tokens[noun.head]
    if noun.dep == "conj":  # "denied the reports and claims that …"
        if head.i == head.head or head.dep != "dobj":
            return False
        head = sentence.tokens[head.head]
    return head.lemma.lower() in DENIAL_VERBS


def _content_noun(sentence: Sentence, verb: Token) -> Token | None:
    head = sentence.tokens[verb.head]
    if verb.dep == "acl" and head.pos in ("NOUN", "PROPN"):
        return head
    if verb.dep == "ccomp" and head.dep in LINKING_DEPS and head.tag == "VBN" and head.i != head.head:
        noun = sentence.tokens[head.head]
        return noun if noun.pos in ("NOUN", "PROPN") else None
    return None
