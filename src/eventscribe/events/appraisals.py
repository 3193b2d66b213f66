"""Appraisals in reported speech: what a statement says about someone.

"The opposition leader said the government was making a mistake" is, in the CAMEO codebook, the
speaker criticising the government (111), not a bare statement; "argued the country had changed for the
better because of Mr Brown's management" praises Brown (051). This module finds such statements:

- a reporting verb (``say``, ``tell``, ``argue`` …) whose speaker is an actor, and whose content clause
  holds a word of blame or praise from ``data/appraisal_lexicon.yaml``;
- a verb that appraises its object by a predicate ("dismissed the convention as insulting");

and codes the speaker's act on the party appraised: the actor the outcome is put down to ("because of
X's management"), else the content's subject or that subject's owner ("the ambition of Mr Blair",
"Labour poster plans", "neglect by its allies"). Negated, conditional and questioned content is no
appraisal, and neither is an appraisal of a thing that names no actor ("the weather was a disaster").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from eventscribe.events.appraisal_parties import Appraisal, may_be_actor, negated, owners, speaker
from eventscribe.events.appraisal_words import Lexicon, packaged_lexicon
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause, statement_clause
from eventscribe.events.displeasure import displeasures
from eventscribe.events.frame import Classification
from eventscribe.events.game_disputes import game_dispute
from eventscribe.events.speech import REPORTING_VERBS
from eventscribe.events.state_actors import given_country
from eventscribe.model import Sentence, Token

__all__ = ["APPRAISAL_CONFIDENCE", "CRITICISM_CODE", "PRAISE_CODE", "Appraisal", "Lexicon", "appraisals", "appraised"]

CRITICISM_CODE = "111"
PRAISE_CODE = "051"
#: The pattern score of an appraisal: above the coder's default cut (0.5), below a verb pattern's.
APPRAISAL_CONFIDENCE = 0.6
#: Reporting verbs of a statement whose content may appraise (belief verbs such as "think" included:
#: "said he thought the plan a mistake" is still the speaker's judgement).
APPRAISING_SPEECH = REPORTING_VERBS | {"tell", "argue", "insist", "complain"}
#: Markers of a content that is no assertion: "said if the plan fails", "asked whether it was wise".
HYPOTHETICAL_MARKS = frozenset({"if", "whether", "unless"})
#: Prepositions that put an outcome down to a party: "because of X's management", "thanks to X".
CAUSAL_PREPS = frozenset({"of", "to"})
CAUSAL_HEADS = frozenset({"because", "thanks", "due", "owing"})
#: Prepositions of a phrase that sets the scene rather than carries the judgement.
SETTING_PREPS = frozenset({"after", "following", "before", "since", "despite", "amid", "during", "until", "spite"})
#: Dependencies of a verb that is a clause's own predicate (not a participle modifying something).
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "relcl"})
SETTING_MARKS = frozenset({"when", "after", "before", "while", "since", "until", "although", "though"})
#: Nouns before a "failure" or a "damage" that make it a condition of a body or a machine ("liver failure",
#: "a power failure"), not a judgement ("an intelligence failure" is one).
CONDITION_COMPOUNDS = frozenset(
    {"power", "engine", "heart", "liver", "kidney", "organ", "crop", "harvest", "brake", "system", "equipment"}
)
#: Verbs whose object is what befalls the subject ("suffered a failure", "faced damage").
UNDERGOING_VERBS = frozenset({"suffer", "sustain", "face", "experience", "endure", "undergo", "cause"})
#: Verbs that tell what happened rather than judge it ("the news agency reported"), and the speakers who
#: report: the media's account of a failure is news, not their criticism.
NEUTRAL_SPEECH = frozenset({"report", "announce", "note"})
REPORTER_SECTORS = frozenset({"MED"})
#: Dependencies of a predicate word on its verb ("was illegal", "was a breach", "ruled it unlawful",
#: "dismissed it as baseless").
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "ccomp", "xcomp", "prep"})
#: Modals of a content told as what might be, not as the speaker's judgement ("could be illegal").
POSSIBILITY_AUX = frozenset({"could", "might", "may"})


def appraisals(sentence: Sentence, is_actor: set[int], lexicon: Lexicon | None = None) -> Iterator[Appraisal]:
    """The appraisals of ``sentence``; ``is_actor`` holds the token heads that resolve to actors."""
    lexicon = lexicon or packaged_lexicon()
    yield from (d for d in displeasures(sentence, is_actor, lexicon) if may_be_actor(sentence, d.speaker, is_actor))
    for token in sentence.tokens:
        lemma = token.lemma.lower()
        if (
            token.pos in ("VERB", "AUX")
            and lemma in APPRAISING_SPEECH - NEUTRAL_SPEECH
            and not negated(sentence, token, lexicon)
        ):
            for content in sentence.children(token.i):
                if content.dep == "ccomp":
                    yield from _content_appraisal(sentence, token, content, is_actor, lexicon)
        if token.pos == "VERB" and lemma in lexicon.appraising_verbs and not negated(sentence, token, lexicon):
            yield from _predicate_appraisal(sentence, token, is_actor, lexicon)


def _content_appraisal(
    sentence: Sentence, verb: Token, content: Token, is_actor: set[int], lexicon: Lexicon
) -> Iterator[Appraisal]:
    judge = speaker(sentence, verb)
    if judge is None or not may_be_actor(sentence, judge, is_actor) or _hypothetical(sentence, content):
        return
    span = _own_span(sentence, content)
    found = _evaluation(sentence, span, lexicon, anchors={content.i})
    if found is None:
        return
    judged = _causal_owners(sentence, span, is_actor, lexicon) or _subject_owners(sentence, content, is_actor, lexicon)
    targets = tuple(t for t in judged if t != judge)
    if targets:
        yield Appraisal(verb.i, judge, targets, found)


def _predicate_appraisal(sentence: Sentence, verb: Token, is_actor: set[int], lexicon: Lexicon) -> Iterator[Appraisal]:
    """ "dismissed the convention as bitter", "called the plan a mistake": the object's owner is judged."""
    judge = speaker(sentence, verb)
    if judge is None or not may_be_actor(sentence, judge, is_actor):
        return
    kids = sentence.children(verb.i)
    objects = [c for c in kids if c.dep == "dobj"]
    predicates = [c for c in kids if c.dep in ("oprd", "acomp", "xcomp")]
    for prep in (c for c in kids if c.dep == "prep" and c.text.lower() == "as"):
        predicates.extend(sentence.children(prep.i))
    # "dismissed the platform as dishonest", parsed with "as dishonest" as an adverbial clause
    predicates.extend(
        c for c in kids if c.dep == "advcl" and any(g.text.lower() == "as" for g in sentence.children(c.i))
    )
    span = sorted({i for p in predicates for i in _subtree(sentence, p.i)})
    anchors = {verb.i, *(p.i for p in predicates)}
    found = _evaluation(sentence, span, lexicon, anchors=anchors) if objects and span else None
    if found is None:
        return
    targets = tuple(t for o in objects for t in owners(sentence, o.i, is_actor, lexicon) if t != judge)
    if targets:
        yield Appraisal(verb.i, judge, targets, found)


def _evaluation(
    sentence: Sentence, span: list[int], lexicon: Lexicon, anchors: set[int] | frozenset[int] = frozenset()
) -> Classification | None:
    """Criticism or praise by the first evaluative word of ``span`` that is not negated. A word that
    judges only as a predicate must be the predicate of one of ``anchors`` (the content's verb, or the
    appraising verb and its predicates)."""
    tokens = sentence.tokens
    lemmas = [tokens[i].lemma.lower() for i in span]
    texts = [tokens[i].text.lower() for i in span]
    for code, index in _entry_index(lexicon):
        for at in range(len(span)):
            for entry in _starting_with(index, lemmas[at], texts[at]):
                if tuple(lemmas[at : at + len(entry)]) != entry and tuple(texts[at : at + len(entry)]) != entry:
                    continue
                word = tokens[span[at]]
                if " ".join(entry) in lexicon.predicative_only:
                    misused = not _predicate_of(sentence, word, anchors)
                else:
                    misused = _undergone(sentence, word) or _not_blaming_use(sentence, word, lexicon)
                if misused or _in_setting(sentence, word):
                    continue
                if any(negated(sentence, tokens[i], lexicon) for i in (word.i, word.head)):
                    return None  # "was not a mistake", "did not fail": no judgement either way
                return Classification(code, APPRAISAL_CONFIDENCE, " ".join(texts[at : at + len(entry)]))
    return None


Index = dict[str, tuple[tuple[int, tuple[str, ...]], ...]]


@lru_cache(maxsize=8)
def _entry_index(lexicon: Lexicon) -> tuple[tuple[str, Index], ...]:
    """Per code (criticism, then praise), the lexicon's entries by their first word, each with its place
    in the lexicon's order, so that a word is compared only with the entries that can start at it."""
    verbs = tuple((v,) for v in sorted(lexicon.criticism_verbs))
    out = []
    for code, entries in ((CRITICISM_CODE, (*lexicon.criticism, *verbs)), (PRAISE_CODE, lexicon.praise)):
        index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for place, entry in enumerate(entries):
            if entry:
                index.setdefault(entry[0], []).append((place, entry))
        out.append((code, {first: tuple(found) for first, found in index.items()}))
    return tuple(out)


def _starting_with(index: Index, lemma: str, text: str) -> list[tuple[str, ...]]:
    """The entries whose first word is the word's lemma or its text, in the lexicon's order."""
    found = index.get(lemma, ())
    if text != lemma:
        found = tuple(sorted((*found, *index.get(text, ()))))
    return [entry for _, entry in found]


def _predicate_of(sentence: Sentence, word: Token, anchors: set[int] | frozenset[int]) -> bool:
    """ "the war was illegal", "was a breach of the accord", "called the vote unfair", "dismissed them as
    baseless": ``word`` (or the word it is coordinated with) is what an anchor says of its subject, told
    as fact, not as what might be ("could be illegal"). Not "illegal immigrants", "breach of contract" or
    "a strike which was ruled illegal"."""
    tokens = sentence.tokens
    while word.dep == "conj" and word.head != word.i:
        word = tokens[word.head]
    head = tokens[word.head]
    if word.dep in ("pobj", "pcomp") and head.text.lower() == "as":
        word, head = head, tokens[head.head]
    if word.dep not in PREDICATE_DEPS or head.i not in anchors:
        return False
    return not any(c.dep == "aux" and c.text.lower() in POSSIBILITY_AUX for c in sentence.children(head.i))


def _undergone(sentence: Sentence, word: Token) -> bool:
    """ "suffered liver failure", "a power failure", "faced damage": a condition, not a judgement."""
    if word.pos == "NOUN" and any(
        c.dep == "compound" and c.lemma.lower() in CONDITION_COMPOUNDS for c in sentence.children(word.i)
    ):
        return True
    head = sentence.tokens[word.head]
    return word.dep == "dobj" and head.lemma.lower() in UNDERGOING_VERBS


def _in_setting(sentence: Sentence, word: Token) -> bool:
    """Whether ``word`` lies in a phrase that only sets the scene of the content: "following the failure
    of the first bid, the ministry worked hard", "when the talks ended in failure"."""
    tokens = sentence.tokens
    token, seen = word, set()
    while token.head != token.i and token.i not in seen:
        seen.add(token.i)
        if token.dep in ("prep", "acl", "advcl", "pobj") and token.text.lower() in SETTING_PREPS:
            return True  # "following the failure of …" (parsed as a preposition or a participle)
        kids = sentence.children(token.i)
        if token.dep == "advcl" and any(c.dep in ("mark", "advmod") and c.text.lower() in SETTING_MARKS for c in kids):
            return True  # "when the talks ended in failure"
        if token.dep in ("ccomp", "ROOT"):
            return False
        token = tokens[token.head]
    return False


def _not_blaming_use(sentence: Sentence, word: Token, lexicon: Lexicon) -> bool:
    """A blaming verb used as a noun or a modifier ("sued for damages", "a failed bid", ", damaging
    buildings"), or a material act ("violated the truce")."""
    lemma = word.lemma.lower()
    if lemma not in lexicon.criticism_verbs:
        return False
    objects = {c.lemma.lower() for c in sentence.children(word.i) if c.dep == "dobj"}
    clausal = word.pos in ("VERB", "AUX") and word.dep in CLAUSE_DEPS
    return not clausal or bool(objects & lexicon.material_objects)


def _hypothetical(sentence: Sentence, content: Token) -> bool:
    kids = sentence.children(content.i)
    marked = any(c.dep == "mark" and c.text.lower() in HYPOTHETICAL_MARKS for c in kids)
    return marked or any(sentence.tokens[i].text == "?" for i in _subtree(sentence, content.i))


def _subtree(sentence: Sentence, head: int) -> list[int]:
    return [t.i for t in sentence.subtree(head)]


def _own_span(sentence: Sentence, content: Token) -> list[int]:
    """The content clause without the content of any statement reported inside it."""
    inner = {
        i
        for c in sentence.children(content.i)
        if c.dep == "ccomp" and sentence.tokens[c.i].lemma.lower() != "be"
        for i in _subtree(sentence, c.i)
    }
    return [i for i in _subtree(sentence, content.i) if i not in inner]


def _causal_owners(sentence: Sentence, span: list[int], is_actor: set[int], lexicon: Lexicon) -> list[int]:
    """The owners of what an outcome is put down to: "because of Mr Brown's management", "thanks to X"
    (parsed with the noun on "because" itself or on its "of")."""
    tokens = sentence.tokens
    found: list[int] = []
    for i in span:
        if tokens[i].text.lower() not in CAUSAL_HEADS or tokens[i].dep not in ("prep", "advmod", "amod", "mark"):
            continue
        heads = [i, *(c.i for c in sentence.children(i) if c.text.lower() in CAUSAL_PREPS)]
        for pobj in (c for h in heads for c in sentence.children(h) if c.dep == "pobj"):
            found.extend(owners(sentence, pobj.i, is_actor, lexicon))
    return found


def _subject_owners(sentence: Sentence, content: Token, is_actor: set[int], lexicon: Lexicon) -> list[int]:
    """The actors the content's doer names (see ``appraisal_parties.owners``): itself, its owner ("Mr
    Campbell's return"), the party of an "of" or "by" phrase ("the ambition of Mr Blair", "neglect by its
    allies"), only the owner or the "by" party of an act done to someone ("the detention of the
    activists by the army"). A passive content's
    subject is what was done to ("the pipeline was damaged by a bomb"): its doer is the "by" agent. A
    noun content ("that 'major neglect' by its allies led to …", parsed as the head) is its own doer."""
    kids = sentence.children(content.i)
    subjects = [c.i for c in kids if c.dep == "nsubj"]
    if any(c.dep in ("nsubjpass", "auxpass") for c in kids):
        subjects = [p.i for c in kids if c.dep == "agent" for p in sentence.children(c.i) if p.dep == "pobj"]
    elif not subjects and content.pos == "NOUN":
        subjects = [content.i]
    return [o for s in subjects for o in owners(sentence, s, is_actor, lexicon)]


def _compatriot(target: Argument, source: Argument) -> Argument:
    """A party of no country named in a speaker's judgement is the speaker's own: "Tory leader Michael
    Howard said the government was making a mistake" judges the British government."""
    if not target.actor.code.startswith("---") or not source.actor.country:
        return target
    return replace(target, actor=given_country(target.actor, source.actor.country))


def appraised(
    sentence: Sentence, actors: SentenceActors
) -> Iterator[tuple[Clause, Classification, Argument, Argument]]:
    """Each appraisal of ``sentence`` as the coder builds an event from it: a clause on the appraising
    verb, the act, the speaker (a pronoun resolved as for any source) and the party judged."""
    for appraisal in appraisals(sentence, set(actors.found)):
        clause = statement_clause(sentence, appraisal.verb, appraisal.speaker, appraisal.targets)
        if game_dispute(sentence, clause, CRITICISM_CODE):  # "the coach said the referee's decision was wrong"
            continue
        for source in actors.sources(clause)[:1]:
            if REPORTER_SECTORS & set(source.actor.sectors):
                continue
            for head in appraisal.targets:
                target = _compatriot(actors.with_country(actors.found[head], [source]), source)
                if target.actor.code == source.actor.code and target.actor.text == source.actor.text:
                    continue  # one's own praise is no event
                filled = actors.with_country(source, [target])
                peer = target.actor.code == filled.actor.code
                yield clause, appraisal.found, filled, Argument(target.actor, target.head, target.recalled, peer)
