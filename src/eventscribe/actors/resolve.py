"""Resolve actor mentions to CAMEO actor codes: the public resolver.

A mention is the head noun of an event argument together with its dependents (see
:mod:`eventscribe.actors.phrase`), or a bare text. Its words are matched against the knowledge base
(:mod:`eventscribe.actors.matching`) and combined into one code (:mod:`eventscribe.actors.roles`):

1. a named person or organisation whose code holds on the date ("Hassan Rouhani" in 2014: IRNGOV;
   "Hamas's political bureau leader Khaled Mashaal": PSEREBHMS), preferring the name that covers the
   head, then the longer one;
2. otherwise a country (name, demonym, possessive, or a capital standing for its government) joined
   with the role word of the phrase ("Israeli troops": ISRMIL, "Tehran": IRNGOV);
3. otherwise the role word alone ("three teens": CVL, with country "").

Pronouns and unknown words give None. Some mentions are read by their grammar first: "Saudi-led forces"
are Saudi (SAUMIL), "pro-Russian rebels" are not Russian (the context gives their country), "Trump
supporters" are the leader's people (USACVL), "ethnic Albanians" in Serbia are Serbia's people (SRBCVL),
"relief officials in Nairobi" serve no country (NGO), a name several countries share ("Tripoli",
"Korean") follows the context, and "Sindh province" is where the gazetteer puts Sindh. A bare text
that names nothing by itself may be read from its context (:mod:`eventscribe.actors.descriptions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from eventscribe.actors import descriptions, orgnames
from eventscribe.actors.codes import is_non_national
from eventscribe.actors.eras import in_era
from eventscribe.actors.kb import KnowledgeBase, load_kb
from eventscribe.actors.lexicon import LEXICON
from eventscribe.actors.matching import country_in_text, make_actor, opposed_countries
from eventscribe.actors.phrase import (
    ACRONYM_GLOSS,
    AFFILIATIONS,
    ContextCountry,
    Word,
    acronym_gloss,
    affiliate_words,
    against_the_state,
    drop_affiliations,
    drop_victims,
    may_head_actor,
    person_tokens,
    phrase_tokens,
    speaks_for,
    surface,
    text_words,
    with_text,
    words_from_tokens,
)
from eventscribe.actors.roles import HOST_WORDS, resolve_words
from eventscribe.model import Actor, Sentence

__all__ = ["ActorResolver"]

PRONOUN_POS = frozenset({"PRON"})
#: "the agency" alone in a sentence names no actor.
VAGUE_BODIES = LEXICON.vague_bodies
#: Words that end a bare text's head even after a capitalised word ("Leaders from Spain", "President of France").
_ALWAYS_HEAD_ENDS = frozenset({"OF", "FROM"})
#: Words that end a bare text's head: "Prime Minister of Israel", "a diplomat in Washington", "miners
#: employed by the state corporation", "soldiers who fired".
HEAD_ENDS = (
    HOST_WORDS | _ALWAYS_HEAD_ENDS | {"EMPLOYED", "BASED", "STATIONED", "DEPLOYED", "WORKING", "LIVING", "WHO", "WHICH"}
)
#: Nouns of an organised body that says nothing of its aims: linked to an armed group, it is one ("an
#: Iraqi group linked to al-Qaeda": IRQREB).
BODY_NOUNS = frozenset(
    {"GROUP", "GROUPS", "CELL", "CELLS", "FACTION", "FACTIONS", "NETWORK", "OUTFIT", "ORGANISATION", "ORGANIZATION"}
)
#: Nouns of a body that, set against the state, is the opposition ("an anti-government movement").
OPPOSITION_BODIES = BODY_NOUNS | {
    "GROUPS", "MOVEMENT", "MOVEMENTS", "COALITION", "ALLIANCE", "FRONT", "CAMPAIGN", "BLOC", "CAMP",
    "ORGANISATIONS", "ORGANIZATIONS",
}  # fmt: skip
#: Sectors and code prefixes of armed groups.
ARMED_SECTORS = frozenset({"REB", "UAF", "INS"})
#: Adjectives written after the noun they describe, before their object ("insurgents loyal to al-Sadr").
POST_MODIFIERS = frozenset({"LOYAL", "FAITHFUL", "CLOSE", "OPPOSED"})


def _linked_words(sentence: Sentence, head: int) -> list[Word]:
    """The words of what the head is linked to by a participle after it ("group" in "a group linked to
    al-Qaeda": AL QAEDA), or none."""
    for child in sentence.children(head):
        if child.dep != "acl" or child.text.upper() not in AFFILIATIONS:
            continue
        for prep in sentence.children(child.i):
            if prep.dep == "prep" and prep.text.lower() in ("to", "with"):
                objects = [c.i for c in sentence.children(prep.i) if c.dep == "pobj"]
                if objects:
                    selected = phrase_tokens(sentence, objects[0])
                    return words_from_tokens([sentence.tokens[i] for i in selected], selected)
    return []


def _text_head(words: list[Word], segment: int) -> Word:
    """The head word of a bare text: its last word, that of the first part when an apposition follows
    it, or the word before "of", "from" or a place ("Prime Minister of Israel", "Leaders from Spain and
    Portugal", "a diplomat in Washington")."""
    head = words[-1]
    if segment and words[0].segment != words[-1].segment:  # the apposition describes the first part
        head = [w for w in words if w.segment == words[0].segment][-1]
    for k, w in enumerate(words[1:], 1):
        if w.word in HEAD_ENDS and (w.word in _ALWAYS_HEAD_ENDS or not words[k - 1].proper):
            head = words[k - 1]
            if k >= 2 and head.word in POST_MODIFIERS:  # "insurgents loyal to al-Sadr": the insurgents
                head = words[k - 2]
            break
    return head


class ActorResolver:
    """Resolve mentions with a :class:`KnowledgeBase` (the packaged one unless ``kb`` is given)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else load_kb()

    def resolve_span(
        self,
        sentence: Sentence,
        head: int,
        *,
        date: dt.date | None,
        exclude: frozenset[int] = frozenset(),
        article: str | Callable[[], str] = "",
    ) -> Actor | None:
        """The actor that the phrase headed by token ``head`` of ``sentence`` names, or None. Tokens in
        ``exclude`` (a wire dateline, say) are not part of any phrase. ``article`` is the country the
        article is about, if known (or a function that finds it, called only when needed): when the
        sentence names none of the countries a mention may belong to ("the Senate": USA, AUS, …), the
        article's is taken if it is one of them."""
        tokens = sentence.tokens
        if not 0 <= head < len(tokens) or tokens[head].pos in PRONOUN_POS:
            return None
        selected = [i for i in phrase_tokens(sentence, head) if i not in exclude]
        spelled = self._spelled_out_span(sentence, head, selected, date=date, exclude=exclude, article=article)
        if spelled is not None:
            return spelled
        phrase = words_from_tokens([tokens[i] for i in selected], selected, person_tokens(sentence))
        words = drop_affiliations(phrase)
        # A common noun heads a mention only when it is a role word, a name or a collective noun:
        # "Hamas's terror infrastructure" and "the MH17 crash" are things, not actors.
        must_cover = tokens[head].pos == "NOUN" and not may_head_actor(tokens[head])
        # "an aide to President Bush": one who acts for the party the phrase names is that party's
        must_cover = must_cover and not any(
            c.dep == "prep" and speaks_for(tokens[head], c) for c in sentence.children(head)
        )
        if tokens[head].lemma.lower() in VAGUE_BODIES and all(tokens[i].dep == "det" for i in selected if i != head):
            return None
        rest = " ".join(t.text for t in tokens if t.i not in selected and t.i not in exclude)
        context = self._span_context(rest, date, article)
        actor = resolve_words(self.kb, words, head_index=head, date=date, head_required=must_cover, context=context)
        actor = self._by_head(actor, tokens[head].text.upper(), phrase, date, lambda: _linked_words(sentence, head))
        country_of_article = article if callable(article) else lambda: article
        actor = self._span_by_description(actor, sentence, selected, head, rest, date, country_of_article)
        if actor is None:
            return None
        return in_era(with_text(actor, surface(sentence, selected, head)), date)

    def _spelled_out_span(
        self,
        sentence: Sentence,
        head: int,
        selected: list[int],
        *,
        date: dt.date | None,
        exclude: frozenset[int],
        article: str | Callable[[], str],
    ) -> Actor | None:
        """The actor of an acronym's spelled-out name when it has a country ("the Nigerian Union of
        Teachers (NUT)": the spelled-out name decides), else None."""
        gloss = acronym_gloss(sentence.tokens, selected, head)
        if not gloss:
            return None
        spelled = self.resolve_span(sentence, head, date=date, exclude=exclude | gloss, article=article)
        return spelled if spelled is not None and spelled.country else None

    def _span_context(self, rest: str, date: dt.date | None, article: str | Callable[[], str]) -> ContextCountry:
        """The context country finder of a span: the rest of the sentence, else the article's country
        when it is one of those a mention may belong to."""

        def context(among: frozenset[str] | None, leave_out: frozenset[str]) -> str:
            named = self.context_country(rest, date=date, among=among, exclude=leave_out)
            if named or among is None:
                return named
            country = article() if callable(article) else article
            return country if country in among and country not in leave_out else ""

        return context

    def _by_head(
        self,
        actor: Actor | None,
        head: str,
        phrase: list[Word],
        date: dt.date | None,
        linked: Callable[[], list[Word]] = list,
    ) -> Actor | None:
        """The actor as its head word reads it: a body set against the state is the opposition, a bare
        region adjective names none, a body linked to an armed group is one (``linked``: the words of
        what a participle links it to, asked for only when the phrase itself says no affiliation)."""
        if against_the_state(phrase):
            actor = self._opposition(actor, head)
        actor = self._not_a_bare_region(actor, head)
        if head in BODY_NOUNS:
            actor = self._armed_by_link(actor, affiliate_words(phrase) or linked(), date) or actor
        return actor

    def _span_by_description(
        self,
        actor: Actor | None,
        sentence: Sentence,
        selected: list[int],
        head: int,
        rest: str,
        date: dt.date | None,
        article: Callable[[], str],
    ) -> Actor | None:
        """The actor read from how the phrase is written: a capitalised name typed by its head ("the
        Nigerian Labour Congress"), a region of a country ("Sindh province"), a Chinese person's name,
        and a country-less role of a region's body ("the government of Sindh province": PAKGOV). A
        region's name several countries share may be chosen by the article's country (``article``)."""
        tokens = sentence.tokens
        if tokens[head].text[:1].isupper():
            actor = orgnames.typed_name(self.kb, surface(sentence, selected, head), actor, date=date)
        if actor is None:
            actor = descriptions.region(self.kb, sentence, head, article)
            if actor is None and tokens[head].ent_type == "PERSON":
                actor = descriptions.chinese_person(self.kb, surface(sentence, selected, head), rest, date)
        elif not actor.country:
            regions = (descriptions.region(self.kb, sentence, i, article) for i in selected if i != head)
            place = next((r for r in regions if r is not None), None)
            if place is not None:
                actor = make_actor(self.kb, place.country + "".join(actor.sectors))
        return actor

    def resolve_text(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        """The actor a bare string names ("Iranian President Hassan Rouhani"), or None.

        The last word (before any "of") is taken as the head. When the text names a role but no country ("the
        president"), the country is taken from ``context`` if that names one."""
        early = self._text_by_context(text, date, context)
        if early is not None:
            return early
        words, segment = text_words(text)
        kept = drop_victims(drop_affiliations(words))
        if not kept:
            return None
        head = _text_head(kept, segment)
        rest = context.replace(text, " ", 1) if context else ""

        def around(among: frozenset[str] | None, leave_out: frozenset[str]) -> str:
            return self.context_country(rest, date=date, among=among, exclude=leave_out) if rest else ""

        actor = resolve_words(self.kb, kept, head_index=head.first, date=date, context=around)
        actor = self._by_head(actor, head.word, words, date)
        actor = orgnames.typed_name(self.kb, text, actor, date=date)
        if actor is None and context:
            actor = descriptions.described(self, text, context, date)
        if actor is None:
            actor = descriptions.chinese_person(self.kb, text, context or "", date)
        if actor is not None:
            actor = with_text(actor, text.strip())
        if context and actor is not None and not actor.country and not is_non_national(actor.code):
            country = self.context_country(context, date=date, exclude=opposed_countries(self.kb, words))
            if country:
                code = country + actor.code
                actor = Actor(code, self.kb.name_for(code), country, actor.sectors, actor.text)
        return in_era(actor, date) if actor is not None else None

    def _text_by_context(self, text: str, date: dt.date | None, context: str | None) -> Actor | None:
        """The actor of a bare text read before its own words: an acronym's spelled-out name with a
        country ("the Nigerian Union of Teachers (NUT)"), a given name or an earlier mention in the
        context; None when none of these decides."""
        spelled_out = ACRONYM_GLOSS.sub("", text).strip()
        if spelled_out != text.strip() and spelled_out:
            spelled = self.resolve_text(spelled_out, date=date, context=context)
            if spelled is not None and spelled.country:
                return with_text(spelled, text.strip())
        if not context:
            return None
        is_given, given = descriptions.given_name(self, text, context, date)
        if is_given:
            return given
        return descriptions.named_before(self, text, context, date)

    def _not_a_bare_region(self, actor: Actor | None, head: str) -> Actor | None:
        """None for a region of the world named by its adjective alone ("European" of "European Community
        spending plans", "Western"): it describes, it acts only with a role or as a people ("European
        leaders": EURGOV, "Europeans": EUR)."""
        if actor is None or actor.sectors or actor.code != actor.country or not self.kb.is_region_code(actor.code):
            return actor  # "Rohan" of an imported dictionary is no region, though it ends as "Asian" does
        return None if head.endswith(("AN", "ERN")) else actor

    def _opposition(self, actor: Actor | None, head: str) -> Actor | None:
        """A group set against its state: armed (MIL, UAF, COP), rebels (REB); a body with no role of its
        own ("anti-government groups"), the opposition (OPP); any other role it keeps ("students")."""
        if actor is None:
            return Actor("OPP", "", "", ("OPP",)) if head in OPPOSITION_BODIES else None
        if is_non_national(actor.code):
            return actor
        first = actor.sectors[0] if actor.sectors else ""
        role = "REB" if first in ("MIL", "UAF", "COP") else "OPP" if first in ("", "GOV") else ""
        if not role:
            return actor
        return make_actor(self.kb, actor.country + role) if actor.country else Actor(role, "", "", (role,))

    def _armed_by_link(self, actor: Actor | None, linked: list[Word], date: dt.date | None) -> Actor | None:
        """A body with no role of its own ("an Iraqi group") linked to an armed group ("to al-Qaeda") is
        an armed group of its country (IRQREB); None when the link says nothing of the kind."""
        if not linked or (actor is not None and actor.sectors):
            return None
        link = resolve_words(self.kb, linked, head_index=linked[-1].first, date=date)
        if link is None or not (set(link.sectors) & ARMED_SECTORS or link.code.startswith("IMG")):
            return None
        country = actor.country if actor is not None else ""
        return make_actor(self.kb, country + "REB") if country else Actor("REB", "", "", ("REB",))

    def context_country(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        among: frozenset[str] | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> str:
        """The country a context (a sentence or an article) names most often: by name, demonym, capital
        or a national actor; the earliest named wins a tie. "" when it names none. Only countries in
        ``among`` count when it is given; those in ``exclude`` never do. A name that several countries
        share counts for each of them ("Tripoli": Libya and Lebanon)."""
        return country_in_text(self.kb, text, date=date, among=among, exclude=exclude)
