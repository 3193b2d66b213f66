"""The words of an actor mention: which tokens belong to its phrase, and how they become knowledge-base words.

A mention is the head noun of an event argument together with its dependents: compounds, adjectives,
possessors, appositives, "of" phrases, names (:func:`phrase_tokens`). Its tokens, or the words of a bare
text, are glued and normalised into :class:`Word` records (:func:`words_from_tokens`, :func:`text_words`);
affiliation words and what they attach are dropped (:func:`drop_affiliations`). Matches of the knowledge
base over those words are :class:`Found` records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventscribe.actors.codes import normalize
from eventscribe.actors.kb import Match
from eventscribe.actors.lexicon import LEXICON
from eventscribe.model import Actor, Sentence, Token

__all__ = [
    "NONE",
    "ContextCountry",
    "Found",
    "Word",
    "after",
    "against_the_state",
    "drop_affiliations",
    "drop_victims",
    "in_compound",
    "may_head_actor",
    "names_victims",
    "no_context",
    "person_tokens",
    "phrase_tokens",
    "surface",
    "text_words",
    "with_text",
    "words_from_tokens",
    "words_of",
]

#: Dependents that belong to a mention's phrase (their whole subtree is taken).
PHRASE_DEPS = frozenset(
    {"compound", "amod", "poss", "appos", "nmod", "det", "nummod", "flat", "flat:name", "nn", "npadvmod", "quantmod"}
)
#: Prepositions whose object belongs to the mention ("dissidents from Myanmar", "the mayor of Nablus").
PHRASE_PREPS = LEXICON.phrase_preps
#: Nouns for doers of harm whose "of" phrase names their victims ("the kidnappers of two French reporters").
VICTIM_HEADS = LEXICON.victim_heads
#: Collective nouns that can head a mention whose actor is named by a modifier ("the Hamas terrorist group").
COLLECTIVE_HEADS = LEXICON.collective_heads
#: Endings of nouns for people ("peacekeepers", "activists", "inspectors", "civilians", "militants").
PERSON_SUFFIXES = LEXICON.person_suffixes
#: Second halves of compounds that tie a mention to a country without making it that country's
#: ("Iranian-backed Houthi rebels" are not Iranian; "rebel-held towns" are not rebels).
AFFILIATIONS = LEXICON.affiliations
#: Affiliation words that are also plain adjectives: they tie only when hyphened to a name ("Iranian-armed
#: militias"); "Iraqi armed forces" are Iraq's.
ADJECTIVE_AFFILIATIONS = frozenset({"ARMED"})
#: "Saudi-led forces": the affiliation word goes, the name before it stays (SAUMIL).
LEADING_AFFILIATIONS = LEXICON.leading_affiliations
#: "pro-Russian rebels", "anti-government protesters": the prefix and the name after it go.
OPPOSING_PREFIXES = LEXICON.opposing_prefixes
#: Heads naming people against something, whose "of" phrase names what they are against, not whose they
#: are: "critics of the Iraq war" are no Iraqis, "opponents of the Syrian regime" no part of it (they are
#: the Syrian opposition: :func:`against_the_state`).
OPPONENT_HEADS = frozenset(
    {
        "ADVERSARIES", "ADVERSARY", "CRITIC", "CRITICS", "DETRACTOR", "DETRACTORS", "ENEMIES", "ENEMY", "FOE",
        "FOES", "OPPONENT", "OPPONENTS",
    }
)  # fmt: skip

_TEXT_WORD = re.compile(r"\S+")

#: The country a context names, restricted to some countries (None: any) and leaving others out.
ContextCountry = Callable[[frozenset[str] | None, frozenset[str]], str]


def no_context(among: frozenset[str] | None, exclude: frozenset[str]) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class Word:
    """A knowledge-base word and the token (or character) range it came from."""

    word: str
    first: int
    last: int
    segment: int
    proper: bool = False  # written as a name (capitalised, or a proper noun in the parse)
    capital: bool = False  # written with a capital letter
    person: bool = False  # inside a person's name of two words or more in the parse ("Michael Jordan")


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # word indices, end exclusive
    end: int
    matches: tuple[Match, ...]

    def first(self, *types: str) -> Match | None:
        for m in self.matches:
            if m.type in types:
                return m
        return None


NONE = Found(0, 0, ())


def phrase_tokens(sentence: Sentence, head: int) -> list[int]:
    """The indices of the tokens of the phrase headed by ``head``, in order."""
    keep = {head}
    stack = [head]
    while stack:
        i = stack.pop()
        # an apposition after a conjunct belongs to that conjunct ("US forces and cleric Muqtada al-Sadr's
        # militia", the militia parsed as the forces' apposition)
        conjunct = min((c.i for c in sentence.children(i) if c.dep == "conj"), default=len(sentence.tokens))
        for child in sentence.children(i):
            if child.dep == "appos" and child.i > conjunct:
                continue
            take = (
                child.dep in PHRASE_DEPS
                or child.dep == "case"
                or (
                    child.dep == "prep" and child.text.lower() in PHRASE_PREPS and not names_victims(sentence, i, child)
                )
                or (child.dep == "prep" and speaks_for(sentence.tokens[i], child))
                or (sentence.tokens[i].dep == "prep" and child.dep == "pobj")
            )
            if take and child.i not in keep:
                keep.add(child.i)
                stack.append(child.i)
            described = _described_as(sentence, i, child)
            if described is not None and described not in keep:
                keep.add(described)
                stack.append(described)
    tokens = sentence.tokens
    for i in range(1, len(tokens) - 1):  # "Amir" "-" "Abdollahian": keep glued punctuation
        if (
            i not in keep
            and i - 1 in keep
            and i + 1 in keep
            and not tokens[i - 1].whitespace
            and not tokens[i].whitespace
        ):
            keep.add(i)
    return sorted(keep)


def _described_as(sentence: Sentence, head: int, clause: Token) -> int | None:
    """The predicate noun of a relative clause that says what a named person is, read as an apposition:
    "Turner, who is opposition leader in Parliament" is the opposition leader; None for other clauses."""
    if clause.dep != "relcl" or clause.lemma.lower() != "be" or sentence.tokens[head].pos != "PROPN":
        return None
    kids = sentence.children(clause.i)
    if not any(c.dep == "nsubj" and c.text.lower() == "who" for c in kids):
        return None
    return next((c.i for c in kids if c.dep == "attr" and c.pos in ("NOUN", "PROPN")), None)


#: People who act for the party their "to" or "for" phrase names: "an aide to President Bush", "a
#: spokesman for Hamas", "chief negotiator for the Palestinians". (Not envoys and ambassadors, whose "to"
#: names the host: "the US ambassador to Iraq".)
REPRESENTATIVE_HEADS = {
    "to": frozenset({"aide", "adviser", "advisor", "assistant", "counsellor", "counselor", "confidant"}),
    "for": frozenset(
        {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "negotiator", "representative", "adviser", "advisor"}
    ),
}


def speaks_for(head: Token, prep: Token) -> bool:
    """Whether ``prep`` names the party that ``head`` acts for (see :data:`REPRESENTATIVE_HEADS`)."""
    return head.lemma.lower() in REPRESENTATIVE_HEADS.get(prep.text.lower(), frozenset())


def names_victims(sentence: Sentence, head: int, prep: Token) -> bool:
    """Whether ``prep`` is the "of" of a doer of harm, before the people harmed ("the Iraqi kidnappers of
    two French reporters" are Iraqi, not French; "the captors of two Italian women" are no civilians)."""
    return prep.text.lower() == "of" and sentence.tokens[head].lemma.lower() in VICTIM_HEADS


def drop_victims(words: list[Word]) -> list[Word]:
    """The words of a bare text without the victims after a doer of harm ("the Iraqi kidnappers of two
    French journalists": "the Iraqi kidnappers"), as :func:`phrase_tokens` leaves them out of a phrase."""
    for k, word in enumerate(words[1:], 1):
        doer = words[k - 1].word.lower()
        if word.word == "OF" and (doer in VICTIM_HEADS or (doer.endswith("s") and doer[:-1] in VICTIM_HEADS)):
            return words[:k]
    return words


def words_from_tokens(tokens: list[Token], indices: list[int], persons: frozenset[int] = frozenset()) -> list[Word]:
    """Glue tokens not separated by whitespace ("Hamas" + "'s", "Amir" + "-" + "Abdollahian"),
    then split into knowledge-base words. Each gap in ``indices`` starts a new segment. Tokens whose
    index is in ``persons`` are inside a person's name of two words or more."""
    words: list[Word] = []
    segment = 0
    group: list[Token] = []

    def flush() -> None:
        if not group:
            return
        text = "".join(t.text + t.whitespace for t in group[:-1]) + group[-1].text
        proper = any(t.pos == "PROPN" for t in group)
        capital = any(c.isupper() for c in text)
        person = all(t.i in persons for t in group)
        for w in normalize(text):
            words.append(Word(w, group[0].i, group[-1].i, segment, proper, capital, person))
        group.clear()

    previous: Token | None = None
    for tok in tokens:
        if previous is not None and (tok.i != previous.i + 1):
            flush()
            segment += 1
        elif previous is not None and previous.whitespace:
            flush()
        if tok.dep == "punct" and tok.text in {",", "(", ")", ";", ":", "\u2014", "--"}:
            flush()
            segment += 1
            previous = tok
            continue
        group.append(tok)
        previous = tok
    flush()
    return words


#: A parenthesised acronym after a name in a bare text: " (NUT)".
ACRONYM_GLOSS = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,9})\)(?=\s|$)")


def person_tokens(sentence: Sentence) -> frozenset[int]:
    """The tokens of the sentence's person names of two words or more ("Michael Jordan", "Chad Smith")."""
    return frozenset(
        i for e in sentence.entities if e.label == "PERSON" and e.end - e.start >= 2 for i in range(e.start, e.end)
    )


def acronym_gloss(tokens: tuple[Token, ...], selected: list[int], head: int) -> frozenset[int]:
    """The tokens of a parenthesised acronym that follows the head's name in a phrase ("the Nigerian Union
    of Teachers (NUT)": "(", "NUT", ")"), or none. The acronym restates the name; a dictionary may know it
    as another body (the British NUT)."""
    for k in selected:
        if k <= head + 1 or k + 1 >= len(tokens) or tokens[k - 1].text != "(" or tokens[k + 1].text != ")":
            continue
        word = tokens[k].text
        if len(word) >= 2 and word[:1].isupper() and sum(c.isupper() for c in word) >= 2:
            return frozenset({k - 1, k, k + 1})
    return frozenset()


_ARTICLES = frozenset({"THE", "A", "AN"})


def text_words(text: str) -> tuple[list[Word], int]:
    """The knowledge-base words of a bare text, with character ranges, and the number of commas that
    start a new segment (an apposition: "Kenzo Oshima, the UN Emergency Relief Coordinator")."""
    words: list[Word] = []
    segment = 0
    for m in _TEXT_WORD.finditer(text):
        # an article that opens the text is capitalised as the sentence's first word, not as a name's:
        # "The Philippines" is the Philippines, not a person named "The Philippines"
        opening = not words and m.group().upper() in _ARTICLES
        proper = m.group()[:1].isupper() and not opening
        capital = any(c.isupper() for c in m.group()) and not opening  # "al-Qaeda"
        for part in normalize(m.group()):
            words.append(Word(part, m.start(), m.end(), segment, proper, capital))
        segment += m.group().endswith(",")
    return words, segment


def drop_affiliations(words: list[Word]) -> list[Word]:
    """Remove "X-backed" and the like (the word before an affiliation word and the affiliation word),
    "-led" of "X-led" (X leads: it stays) and "pro-X", "anti-X" (the prefix and X)."""
    drop: set[int] = set()
    for k, word in enumerate(words):
        glued = k > 0 and words[k - 1].segment == word.segment
        hyphened = glued and words[k - 1].first == word.first  # one written word: "Iranian-armed"
        if word.word in LEADING_AFFILIATIONS and glued:
            drop.add(k)
        elif word.word in AFFILIATIONS and k + 1 < len(words) and words[k + 1].word in ("TO", "BY", "WITH"):
            # "a group linked to al-Qaeda", "rebels backed by Rwanda": what follows is not the actor
            drop.update(j for j in range(k, len(words)) if words[j].segment == word.segment)
        elif word.word in AFFILIATIONS and glued and (word.word not in ADJECTIVE_AFFILIATIONS or hyphened):
            drop.update((k - 1, k))
        elif word.word in OPPOSING_PREFIXES and k + 1 < len(words) and words[k + 1].segment == word.segment:
            drop.update((k, k + 1))
        elif _opposed_of(words, k):
            # "opponents of the Syrian regime": the state they oppose goes, its country stays; "critics of the
            # Iraq war": what they oppose goes
            rest = [j for j in range(k + 1, len(words)) if words[j].segment == word.segment]
            state = any(words[j].word in STATE_WORDS for j in rest)
            drop.update(j for j in rest if not state or words[j].word in STATE_WORDS or j == k + 1)
    return [w for k, w in enumerate(words) if k not in drop] if drop else words


#: What "anti-" sets a group against when the group is the state's opposition ("anti-government forces").
STATE_WORDS = frozenset({"GOVERNMENT", "REGIME", "JUNTA", "STATE", "ESTABLISHMENT"})


def against_the_state(words: list[Word]) -> bool:
    """Whether the words set the mention against its state ("anti-government forces", "anti-regime
    groups", "opponents of the Syrian regime"): its people are the opposition or, armed, rebels, whatever
    their noun says otherwise."""
    anti = any(
        w.word == "ANTI"
        and k + 1 < len(words)
        and words[k + 1].word in STATE_WORDS
        and words[k + 1].segment == w.segment
        for k, w in enumerate(words)
    )
    return anti or any(
        _opposed_of(words, k) and any(v.word in STATE_WORDS and v.segment == w.segment for v in words[k + 2 :])
        for k, w in enumerate(words)
    )


def _opposed_of(words: list[Word], k: int) -> bool:
    """Whether the word at ``k`` is one of :data:`OPPONENT_HEADS` with an "of" phrase after it."""
    return (
        words[k].word in OPPONENT_HEADS
        and k + 1 < len(words)
        and words[k + 1].word == "OF"
        and words[k + 1].segment == words[k].segment
    )


def affiliate_words(words: list[Word]) -> list[Word]:
    """The words of what a mention is linked to ("a group linked to al-Qaeda": AL QAEDA), or none."""
    for k, word in enumerate(words[:-2]):
        if word.word in AFFILIATIONS and words[k + 1].word in ("TO", "WITH"):
            return [w for w in words[k + 2 :] if w.segment == word.segment]
    return []


def after(words: list[Word], found: Found, before: frozenset[str]) -> bool:
    """Whether the word before a match is one of ``before`` ("in Washington")."""
    return found.start > 0 and words[found.start - 1].word in before


def in_compound(words: list[Word], k: int) -> bool:
    """Whether word ``k`` is a part of one written word with another ("US" and "born" of "US-born"):
    the parts share the written word's span."""
    span = (words[k].first, words[k].last)
    return any(j != k and (w.first, w.last) == span for j, w in enumerate(words))


def words_of(words: list[Word], found: Found) -> str:
    return " ".join(w.word for w in words[found.start : found.end])


#: Nouns for the one who heads a body, which the body's name after "of" codes ("the head of the IMF",
#: "the chief of the Iraqi army"), as a person noun's would ("the chairman of the central bank").
OFFICE_HEADS = frozenset({"head", "chief"})


def may_head_actor(token: Token) -> bool:
    """Whether a common noun can name an actor by itself: a named entity, a collective or a person noun."""
    lemma = token.lemma.lower()
    return (
        token.ent_type in ("PERSON", "ORG", "GPE", "NORP")
        or lemma in COLLECTIVE_HEADS
        or lemma in OFFICE_HEADS
        or lemma.endswith(PERSON_SUFFIXES)
    )


def with_text(actor: Actor, text: str) -> Actor:
    return Actor(actor.code, actor.name, actor.country, actor.sectors, text)


def surface(sentence: Sentence, selected: list[int], head: int) -> str:
    """The article text of the contiguous run of phrase tokens around the head, without a leading
    determiner or trailing punctuation: "the Hamas leader" -> "Hamas leader"."""
    chosen = set(selected)
    first = last = head
    while first - 1 in chosen and sentence.tokens[first - 1].text not in (",", "(", ";", "\u2014"):
        first -= 1
    while last + 1 in chosen and sentence.tokens[last + 1].text not in (",", ")", ";", "\u2014"):
        last += 1
    toks = sentence.tokens
    while first < head and (toks[first].dep == "det" or toks[first].pos in ("DET", "PUNCT")):
        first += 1
    while last > head and toks[last].pos == "PUNCT":
        last -= 1
    return "".join(t.text + t.whitespace for t in toks[first:last]) + toks[last].text
