"""Outlook statements: what a speaker says about how things will turn out (CAMEO 012 and 013).

"France said it was optimistic that the talks with Germany would succeed" is France's optimistic
comment (013) about Germany; "Egypt warned that the talks with Israel could collapse" is Egypt's
pessimistic comment (012). The codebook codes these only where the statement has an explicit
pessimistic or optimistic component, so this module reads two forms of it:

- a predicate adjective or a verb of attitude with a content clause ("was confident that …", "is
  sceptical that …", "hopes the talks will succeed", "feared that …"); the plain attitude without a
  content clause is a clause of its own (``clauses.py``), and is coded there;
- a verb of forecasting (``warn``, ``predict``, ``say`` …) whose content tells, with a modal
  ("could", "would", "is likely to"), a turn for the worse ("collapse", "break down"), or after a
  verb of prediction a turn for the better ("predicted the economy would recover").

The source is the speaker (a pronoun subject of an attitude told in speech is the one who speaks);
the target is an actor the content names, else the party warned; an outlook about no party is no event.
Negated, conditional, questioned and background statements give no outlook, and neither does a coercive warning addressed to a party ("warned Iran that …"),
which the verb patterns code as a threat, nor a statement already coded by another rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from eventscribe.errors import DataError
from eventscribe.events.alone import TARGETLESS_EXCLUDED
from eventscribe.events.appraisals import appraisals
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clause_parts import conditioned
from eventscribe.events.clauses import Clause, statement_clause
from eventscribe.events.frame import Classification
from eventscribe.events.reality import children_index, is_eventive
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.events.withheld import withheld_comments
from eventscribe.model import Sentence, Token
from eventscribe.yaml_text import load_yaml

__all__ = ["OUTLOOK_CONFIDENCE", "Outlook", "OutlookWords", "outlook_statements", "outlooks"]

WORDS_FILE = "outlook_words.yaml"
PESSIMISM, OPTIMISM = "012", "013"
#: The pattern score of an outlook, as for an appraisal: above the coder's cut, below a verb pattern's.
OUTLOOK_CONFIDENCE = 0.6
#: Dependents that name the party a warning is addressed to ("warned Iran that …").
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})
#: Subordinators of a content that is no assertion ("said whether the talks would fail").
OPEN_MARKS = frozenset({"if", "whether", "unless"})


@dataclass(frozen=True, slots=True)
class OutlookWords:
    """The word lists of ``data/outlook_words.yaml``."""

    attitudes: dict[str, str]
    attitude_verbs: dict[str, str]
    forecast_verbs: frozenset[str]
    downturn_verbs: frozenset[str]
    downturn_particles: dict[str, str]
    upturn_verbs: frozenset[str]
    prediction_verbs: frozenset[str]
    modals: frozenset[str]
    likely_heads: frozenset[str]

    @classmethod
    def from_mapping(cls, data: object) -> OutlookWords:
        """The lists of a parsed ``outlook_words.yaml``; a list of another shape is a :class:`DataError`
        naming the file and the key."""
        if not isinstance(data, dict) or not isinstance(data.get("attitudes"), dict):
            raise DataError(f"{WORDS_FILE}: expected a mapping with 'attitudes'")
        return cls(
            attitudes=_coded_words(data, "attitudes"),
            attitude_verbs=_coded_words(data, "attitude_verbs"),
            forecast_verbs=_words(data, "forecast_verbs"),
            downturn_verbs=_words(data, "downturn_verbs"),
            downturn_particles=_particles(data, "downturn_particles"),
            upturn_verbs=_words(data, "upturn_verbs"),
            prediction_verbs=_words(data, "prediction_verbs"),
            modals=_words(data, "modals"),
            likely_heads=_words(data, "likely_heads"),
        )


def _words(data: dict, key: str) -> frozenset[str]:
    """A list of words (none where the key is absent)."""
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise DataError(f"{WORDS_FILE}: {key} must be a list of words")
    return frozenset(value)


def _particles(data: dict, key: str) -> dict[str, str]:
    """verb -> particle ("break: down")."""
    value = data.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(v, str) and v for v in value.values()):
        raise DataError(f"{WORDS_FILE}: {key} must map verbs to particles")
    return {str(k): v for k, v in value.items()}


def _coded_words(data: dict, key: str) -> dict[str, str]:
    """word -> code from a mapping of code -> words; only 012 and 013 may be given."""
    value = data.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(words, list) for words in value.values()):
        raise DataError(f"{WORDS_FILE}: {key} must map codes to lists of words")
    coded = {str(w): str(code) for code, words in value.items() for w in words}
    if set(coded.values()) - {PESSIMISM, OPTIMISM}:
        raise DataError(f"{WORDS_FILE}: {key} may only be coded {PESSIMISM} or {OPTIMISM}")
    return coded


@cache
def packaged_words() -> OutlookWords:
    text = (resources.files("eventscribe.events") / "data" / WORDS_FILE).read_text(encoding="utf-8")
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{WORDS_FILE}: not valid YAML ({exc})") from exc
    return OutlookWords.from_mapping(data)


@dataclass(frozen=True, slots=True)
class Outlook:
    """An outlook statement: the verb it hangs on, the speaker's head, the heads of the actors the
    content names (possibly none), the act and the trigger's tokens (the verb when none are given)."""

    verb: int
    speaker: int
    targets: tuple[int, ...]
    found: Classification
    trigger: tuple[int, ...] = ()


def outlook_statements(
    sentence: Sentence, is_actor: set[int], coded: AbstractSet[int] = frozenset(), words: OutlookWords | None = None
) -> Iterator[Outlook]:
    """The outlooks of ``sentence``; ``is_actor`` holds the heads that resolve to actors and ``coded``
    the verbs that other rules have already coded (left alone)."""
    words = words or packaged_words()
    if sentence.is_question():
        return
    kids = children_index(sentence)
    appraising = {a.verb for a in appraisals(sentence, is_actor)}
    for token in sentence.tokens:
        if token.i in coded or token.i in appraising:
            continue
        if token.lemma.lower() == "be":
            yield from _attitude_outlook(sentence, token, kids, is_actor, words)
        elif token.pos == "VERB" and _attitude_code(token, words) is not None:
            yield from _attitude_outlook(sentence, token, kids, is_actor, words)
        elif token.pos == "VERB" and token.lemma.lower() in words.forecast_verbs:
            yield from _forecast_outlook(sentence, token, kids, is_actor, words)


def _attitude_outlook(
    sentence: Sentence, verb: Token, kids: list[list[Token]], is_actor: set[int], words: OutlookWords
) -> Iterator[Outlook]:
    """ "said it was confident that the United States would lift the tariffs", "said it hoped that …"."""
    verb_code = _attitude_code(verb, words) if verb.pos == "VERB" else None
    if verb_code is not None:
        adjective, code = verb, verb_code
    else:
        predicate = next((c for c in kids[verb.i] if c.dep == "acomp" and c.lemma.lower() in words.attitudes), None)
        if predicate is None:
            return
        adjective, code = predicate, words.attitudes[predicate.lemma.lower()]
    content = next((c for c in kids[adjective.i] + kids[verb.i] if c.dep == "ccomp"), None)
    if content is None or _open(content, kids) or not is_eventive(sentence, verb.i, kids):
        return
    speaker = _attitude_speaker(sentence, verb, kids)
    if speaker is None:
        return
    found = Classification(code, OUTLOOK_CONFIDENCE, adjective.lemma.lower())
    trigger = tuple(sorted({verb.i, adjective.i}))
    yield Outlook(verb.i, speaker, _named(sentence, content, is_actor, speaker), found, trigger)


def _attitude_code(verb: Token, words: OutlookWords) -> str | None:
    """The code of a verb of attitude, also where the lemmatiser dropped a final e ("hopes" -> "hop")."""
    lemma = verb.lemma.lower()
    return words.attitude_verbs.get(lemma) or words.attitude_verbs.get(lemma + "e")


def _forecast_outlook(
    sentence: Sentence, verb: Token, kids: list[list[Token]], is_actor: set[int], words: OutlookWords
) -> Iterator[Outlook]:
    """ "warned that the talks could collapse", "predicted that the economy would recover"."""
    if not is_eventive(sentence, verb.i, kids):
        return
    speaker = next((c.i for c in kids[verb.i] if c.dep == "nsubj"), None)
    if speaker is None:
        return
    # A warning to a party that the coder did not code as a threat (danger_warnings: a danger no one
    # brings about) is a pessimistic comment made to that party ("warned Israel that the truce could
    # collapse"); a coercive warning is coded as a threat, and the coder then skips its verb here.
    addressees = tuple(c.i for c in kids[verb.i] if c.dep in ADDRESSEE_DEPS and c.i in is_actor)
    predicting = verb.lemma.lower() in words.prediction_verbs
    for content in (c for c in kids[verb.i] if c.dep == "ccomp"):
        code = None if _open(content, kids) else _turn(content, kids, words, predicting=predicting)
        if code is not None:
            found = Classification(code, OUTLOOK_CONFIDENCE, verb.lemma.lower())
            yield Outlook(verb.i, speaker, _named(sentence, content, is_actor, speaker) or addressees, found)


def _turn(content: Token, kids: list[list[Token]], words: OutlookWords, *, predicting: bool) -> str | None:
    """012 for a foreseen turn for the worse, 013 (after a verb of prediction) for the better, or None.
    The content must be told as to come: with a modal ("could collapse") or "likely to"."""
    verb: Token | None = content
    modal = _has_modal(content, kids, words)
    if content.lemma.lower() == "be":  # "the talks are likely to collapse"
        head = next((c for c in kids[content.i] if c.dep == "acomp" and c.lemma.lower() in words.likely_heads), None)
        verb = next((c for c in kids[head.i] if c.dep == "xcomp" and c.pos == "VERB"), None) if head else None
        modal = True
    if verb is None:
        return None
    if not modal or any(c.dep == "neg" for c in kids[verb.i]):
        return None  # a fact told ("the talks collapsed") or a denied turn ("would not fail")
    lemma = verb.lemma.lower()
    particle = words.downturn_particles.get(lemma)
    if lemma in words.downturn_verbs or (particle and any(c.lemma.lower() == particle for c in kids[verb.i])):
        return PESSIMISM
    if predicting and lemma in words.upturn_verbs:
        return OPTIMISM
    return None


def _has_modal(verb: Token, kids: list[list[Token]], words: OutlookWords) -> bool:
    return any(c.dep == "aux" and c.lemma.lower() in words.modals for c in kids[verb.i])


def _open(content: Token, kids: list[list[Token]]) -> bool:
    """A content that asks or supposes ("whether the talks would fail", "if the deal collapses"), or that
    holds a condition of its own ("Iran would suffer if it rejected the offer": a conditional threat)."""
    return any(c.dep == "mark" and c.lemma.lower() in OPEN_MARKS for c in kids[content.i]) or conditioned(content, kids)


def _attitude_speaker(sentence: Sentence, verb: Token, kids: list[list[Token]]) -> int | None:
    """The subject of the attitude; a pronoun subject of an attitude told in speech ("France said it
    was confident") is the speaker."""
    subject = next((c for c in kids[verb.i] if c.dep == "nsubj"), None)
    if subject is None:
        return None
    head = sentence.tokens[verb.head]
    if subject.pos == "PRON" and verb.dep == "ccomp" and head.lemma.lower() in REPORTING_VERBS:
        return next((c.i for c in kids[head.i] if c.dep == "nsubj"), subject.i)
    return subject.i


def _named(sentence: Sentence, content: Token, is_actor: set[int], speaker: int) -> tuple[int, ...]:
    """The actors the content's subject names ("the talks with Germany would succeed"), else those the
    whole content names, other than the speaker, in sentence order."""
    subjects = [c for c in sentence.children(content.i) if c.dep in ("nsubj", "nsubjpass")]
    for heads in ([t.i for s in subjects for t in sentence.subtree(s.i)], [t.i for t in sentence.subtree(content.i)]):
        named = tuple(i for i in heads if i in is_actor and i != speaker)
        if named:
            return named
    return ()


def outlooks(
    sentence: Sentence, actors: SentenceActors, coded: set[int]
) -> Iterator[tuple[Clause, Classification, Argument, Argument | None]]:
    """Each outlook of ``sentence``, and each comment withheld (``withheld``: 011), as the coder builds an
    event from it: a clause on the verb, the act, the speaker (resolved as any source) and each party
    named (None when none is, for a comment withheld only)."""
    is_actor = set(actors.found)
    withheld = [Outlook(*told) for told in withheld_comments(sentence, is_actor) if told[0] not in coded]
    for outlook in [*outlook_statements(sentence, is_actor, coded), *withheld]:
        clause = statement_clause(sentence, outlook.verb, outlook.speaker, outlook.targets, outlook.trigger)
        for source in actors.sources(clause)[:1]:
            targets = [actors.with_country(actors.found[t], [source]) for t in outlook.targets]
            targets = [t for t in targets if t.actor.code != source.actor.code]
            filled = actors.with_country(source, targets)
            # an outlook about no party is no event, as for a plain attitude (alone.TARGETLESS_EXCLUDED); a
            # comment withheld stands alone
            alone = not outlook.found.code.startswith(TARGETLESS_EXCLUDED)
            named: list[Argument | None] = list(targets) or ([None] if alone else [])
            for target in named:
                yield clause, outlook.found, filled, target
