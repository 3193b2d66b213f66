"""Resolve actor mentions to CAMEO actor codes.

A mention is the head noun of an event argument together with its dependents: compounds, adjectives,
possessors, appositives, "of" phrases, names. The phrase's words are matched against the knowledge base
(longest match first) and combined:

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
"Korean") follows the context, and "Sindh province" is where the gazetteer puts Sindh.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from eventscribe.actors.codes import normalize, sectors_of
from eventscribe.actors.kb import ActorEntry, Country, KnowledgeBase, Match, load_kb
from eventscribe.actors.lexicon import LEXICON, SHARED_NAMES
from eventscribe.actors.names import is_pinyin_name
from eventscribe.model import Actor, Sentence, Token
from eventscribe.places.gazetteer import Gazetteer

__all__ = ["ActorResolver"]

#: Dependents that belong to a mention's phrase (their whole subtree is taken).
PHRASE_DEPS = frozenset(
    {"compound", "amod", "poss", "appos", "nmod", "det", "nummod", "flat", "flat:name", "nn", "npadvmod", "quantmod"}
)
#: Role words that give way to another role word in the same phrase ("army spokesman": MIL).
WEAK_ROLES = LEXICON.weak_roles
PRONOUN_POS = frozenset({"PRON"})
#: Collective nouns that can head a mention whose actor is named by a modifier ("the Hamas terrorist group").
COLLECTIVE_HEADS = LEXICON.collective_heads
#: Endings of nouns for people ("peacekeepers", "activists", "inspectors", "civilians", "militants").
PERSON_SUFFIXES = LEXICON.person_suffixes
#: Role codes that an international organisation takes on ("UN troops": IGOUNOMIL).
IGO_ROLES = LEXICON.igo_roles
#: Second halves of compounds that tie a mention to a country without making it that country's
#: ("Iranian-backed Houthi rebels" are not Iranian; "rebel-held towns" are not rebels).
AFFILIATIONS = LEXICON.affiliations
#: Words of sport: "the U.S. men's basketball team" plays, it does not act in politics.
SPORT_WORDS = LEXICON.sport_words
#: Prepositions whose object belongs to the mention ("dissidents from Myanmar", "the mayor of Nablus").
PHRASE_PREPS = LEXICON.phrase_preps
#: "former", "ex-": the office named next is no longer held ("former President Nazarbayev": KAZELI).
FORMER_WORDS = LEXICON.former_words
OFFICE_ROLES = LEXICON.office_roles
#: Words of address before a name ("Mr Putin", "Sheikh Tamim"): not a given name.
HONORIFICS = LEXICON.honorifics
#: Capitalised nouns that continue a place's name without making it another name ("Kuwait City").
PLACE_NOUNS = frozenset({"CITY", "STRIP", "PROVINCE", "REGION", "STATE", "ISLAND", "ISLANDS", "BANK", "COUNTY"})
#: Offices that a party's members hold as their country's ("Labour ministers": GOV, "Democratic senators": LEG).
PARTY_OFFICES = frozenset({"GOV", "LEG"})
#: Role codes of titles written before a name ("Senator", "Defence Minister", "General").
TITLE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "OPP"})

#: "Saudi-led forces": the affiliation word goes, the name before it stays (SAUMIL).
LEADING_AFFILIATIONS = LEXICON.leading_affiliations
#: "pro-Russian rebels", "anti-government protesters": the prefix and the name after it go.
OPPOSING_PREFIXES = LEXICON.opposing_prefixes
#: "Trump supporters": the people of the leader's country, not the leader's office.
FOLLOWER_WORDS = LEXICON.follower_words
#: "ethnic Albanians": an ethnic group, coded as the civilians of the country it lives in (CVL).
ETHNIC_WORDS = LEXICON.ethnic_words
#: Role codes of bodies of no country ("relief officials in Nairobi" are not Kenyan).
INTERNATIONAL_ROLES = LEXICON.international_roles
#: Prepositions after which a place is where an actor is ("in Nairobi").
LOCATION_WORDS = LEXICON.location_words
#: "the Bush administration": a leader's name before these words is the government.
GOVERNMENT_HEADS = LEXICON.government_heads
#: "the agency" alone in a sentence names no actor.
VAGUE_BODIES = LEXICON.vague_bodies
#: Roles of a leader whose followers are the opposition ("Navalny supporters"); others' are civilians.
FOLLOWED_OPPOSITION = frozenset({"OPP", "REB", "PTY", "ELI", "SEP", "RAD"})

ARTICLES = frozenset({"THE", "A", "AN"})
#: Words after which a place is where an actor is or is sent, not whose it is ("envoy to Switzerland").
HOST_WORDS = LOCATION_WORDS | {"TO"}
#: Words that end a bare text's head: "Prime Minister of Israel", "a diplomat in Washington", "miners
#: employed by the state corporation", "soldiers who fired".
HEAD_ENDS = HOST_WORDS | {"OF", "EMPLOYED", "BASED", "STATIONED", "DEPLOYED", "WORKING", "LIVING", "WHO", "WHICH"}
#: Adjectives written after the noun they describe, before their object ("insurgents loyal to al-Sadr").
POST_MODIFIERS = frozenset({"LOYAL", "FAITHFUL", "CLOSE", "OPPOSED"})
#: Nouns of a country's parts written after their name ("Sindh province", "Idlib governorate").
REGION_NOUNS = frozenset(
    {"province", "state", "region", "district", "governorate", "prefecture", "county", "oblast", "territory"}
)

_TEXT_WORD = re.compile(r"\S+")
_NAME_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*"

#: The country a context names, restricted to some countries (None: any) and leaving others out.
ContextCountry = Callable[[frozenset[str] | None, frozenset[str]], str]


def _no_context(among: frozenset[str] | None, exclude: frozenset[str]) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class _Word:
    """A knowledge-base word and the token (or character) range it came from."""

    word: str
    first: int
    last: int
    segment: int
    proper: bool = False  # written as a name (capitalised, or a proper noun in the parse)
    capital: bool = False  # written with a capital letter


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # word indices, end exclusive
    end: int
    matches: tuple[Match, ...]

    def first(self, *types: str) -> Match | None:
        for m in self.matches:
            if m.type in types:
                return m
        return None


class ActorResolver:
    """Resolve mentions with a :class:`KnowledgeBase` (the packaged one unless ``kb`` is given)."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else load_kb()

    # -- public API -------------------------------------------------------------------------------

    def resolve_span(
        self, sentence: Sentence, head: int, *, date: dt.date | None, exclude: frozenset[int] = frozenset()
    ) -> Actor | None:
        """The actor that the phrase headed by token ``head`` of ``sentence`` names, or None. Tokens in
        ``exclude`` (a wire dateline, say) are not part of any phrase."""
        tokens = sentence.tokens
        if not 0 <= head < len(tokens) or tokens[head].pos in PRONOUN_POS:
            return None
        selected = [i for i in self._phrase_tokens(sentence, head) if i not in exclude]
        words = _drop_affiliations(self._words_from_tokens([tokens[i] for i in selected], selected))
        # A common noun heads a mention only when it is a role word, a name or a collective noun:
        # "Hamas's terror infrastructure" and "the MH17 crash" are things, not actors.
        must_cover = tokens[head].pos == "NOUN" and not _may_head_actor(tokens[head])
        if tokens[head].lemma.lower() in VAGUE_BODIES and all(tokens[i].dep == "det" for i in selected if i != head):
            return None
        rest = " ".join(t.text for t in tokens if t.i not in selected and t.i not in exclude)

        def context(among: frozenset[str] | None, leave_out: frozenset[str]) -> str:
            return self.context_country(rest, date=date, among=among, exclude=leave_out)

        actor = self._resolve_words(words, head_index=head, date=date, head_required=must_cover, context=context)
        if actor is None:
            actor = self._region(sentence, head)
            if actor is None and tokens[head].ent_type == "PERSON":
                actor = self._chinese_person(_surface(sentence, selected, head), rest, date)
        elif not actor.country:  # "the government of Sindh province": PAKGOV
            regions = (self._region(sentence, i) for i in selected if i != head)
            place = next((r for r in regions if r is not None), None)
            if place is not None:
                actor = self._actor(place.country + "".join(actor.sectors))
        if actor is None:
            return None
        return _with_text(actor, _surface(sentence, selected, head))

    def resolve_text(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        """The actor a bare string names ("Iranian President Hassan Rouhani"), or None.

        The last word (before any "of") is taken as the head. When the text names a role but no country ("the
        president"), the country is taken from ``context`` if that names one."""
        if context:
            is_given, given = self._given_name(text, context, date)
            if is_given:
                return given
            named = self._named_before(text, context, date)
            if named is not None:
                return named
        words = []
        segment = 0  # a comma starts an apposition: "Kenzo Oshima, the UN Emergency Relief Coordinator"
        for m in _TEXT_WORD.finditer(text):
            proper = m.group()[:1].isupper()
            capital = any(c.isupper() for c in m.group())  # "al-Qaeda"
            for part in normalize(m.group()):
                words.append(_Word(part, m.start(), m.end(), segment, proper, capital))
            segment += m.group().endswith(",")
        opposed = self._opposed_countries(words)
        words = _drop_affiliations(words)
        if not words:
            return None
        head = words[-1]
        if segment and words[0].segment != words[-1].segment:  # the apposition describes the first part
            head = [w for w in words if w.segment == words[0].segment][-1]
        for k, w in enumerate(words[1:], 1):  # "Prime Minister of Israel": the head comes before "of"
            if w.word in HEAD_ENDS and (w.word == "OF" or not words[k - 1].proper):  # "diplomat in Washington"
                head = words[k - 1]
                if k >= 2 and head.word in POST_MODIFIERS:  # "insurgents loyal to al-Sadr": the insurgents
                    head = words[k - 2]
                break
        rest = context.replace(text, " ", 1) if context else ""

        def around(among: frozenset[str] | None, leave_out: frozenset[str]) -> str:
            return self.context_country(rest, date=date, among=among, exclude=leave_out) if rest else ""

        actor = self._resolve_words(words, head_index=head.first, date=date, context=around)
        if actor is None and context:
            actor = self._described(text, context, date)
        if actor is None:
            actor = self._chinese_person(text, context or "", date)
        if actor is not None:
            actor = _with_text(actor, text.strip())
        if context and actor is not None and not actor.country and not actor.code.startswith(("IGO", "NGO", "IMG")):
            country = self.context_country(context, date=date, exclude=opposed)
            if country:
                code = country + actor.code
                actor = Actor(code, self.kb.name_for(code), country, actor.sectors, actor.text)
        return actor

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
        words = [w for m in _TEXT_WORD.finditer(text) for w in normalize(m.group())]
        counts: dict[str, int] = {}
        for a, b, matches in self.kb.find(words):
            for other in SHARED_NAMES.get(tuple(words[a:b]), ())[1:]:
                if (among is None or other in among) and other not in exclude:
                    counts[other] = counts.get(other, 0) + 1
            country = ""
            for m in matches:
                if m.type in ("country", "demonym", "capital"):
                    country = m.ref.code
                    break
                if m.type == "actor":
                    code = m.ref.code_for(date) or ""
                    if "MED" in sectors_of(code):
                        break  # "told Reuters", "Al-Jazeera reported": the news medium, not the story's country
                    if code[:3] in self.kb.countries:
                        country = code[:3]
                        break
            if country and (among is None or country in among) and country not in exclude:
                counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else ""

    def _opposed_countries(self, words: list[_Word]) -> frozenset[str]:
        """Countries that "pro-" or "anti-" sets a mention apart from ("pro-Russian rebels": RUS)."""
        found: set[str] = set()
        for k, word in enumerate(words[:-1]):
            if word.word in OPPOSING_PREFIXES:
                for _, _, matches in self.kb.find([words[k + 1].word]):
                    found.update(m.ref.code for m in matches if m.type in ("country", "demonym", "capital"))
        return frozenset(found)

    def _named_before(self, text: str, context: str, date: dt.date | None) -> Actor | None:
        """A definite description ("the agency") of a body the context names in full, with a name that
        ends in the same noun ("the International Atomic Energy Agency", "Iran's Fars news agency"): that
        body, when it is known; a role the fuller name gives ("news agency": MED) takes the country from
        the context."""
        m = re.fullmatch(r"\s*the\s+([a-z]+)\s*", text, flags=re.IGNORECASE)
        if m is None or m.group(1).lower() not in COLLECTIVE_HEADS:
            return None
        noun = m.group(1)
        bare = self.resolve_text(noun, date=date)
        for full in re.finditer(rf"((?:[\w'\u2019.-]+\s+){{1,5}})(?i:{noun})\b", context):
            words = full.group(1).split()
            while words and not words[0][:1].isupper():  # start at a name: "Iran's Fars news agency"
                words = words[1:]
            fuller = " ".join([*words, noun]) if words else f"{full.group(1).split()[-1]} {noun}"
            actor = self.resolve_text(fuller, date=date)
            if actor is None or (bare is not None and actor.code == bare.code):
                continue
            if not actor.country:
                country = self.context_country(context, date=date)
                if not country:
                    continue
                actor = self._actor(country + actor.code)
            return _with_text(actor, text.strip())
        return None

    def _described(self, text: str, context: str, date: dt.date | None) -> Actor | None:
        """A person unknown to the knowledge base whom the context describes by a role word, in an
        apposition ("He Zhihua, a farmer in Hunan") or a title before the name ("farmer He Zhihua"): the
        role, with the country the context names (CHNAGR)."""
        name = text.strip()
        if not re.fullmatch(_NAME_RUN, name):
            return None
        after = re.search(rf"\b{re.escape(name)},\s+((?:a|an|the)\s+[^,.;:()]+)", context)
        before = re.search(rf"((?:\b[a-z][\w-]*\s+){{1,3}}){re.escape(name)}\b", context)
        for description in (after.group(1) if after else "", before.group(1) if before else ""):
            if not description.strip():
                continue
            actor = self.resolve_text(description, date=date, context=context.replace(name, " "))
            if actor is not None and actor.sectors and not actor.code.startswith(("IGO", "NGO", "IMG")):
                return actor
        return None

    def _chinese_person(self, text: str, context: str, date: dt.date | None) -> Actor | None:
        """A person unknown to the knowledge base with a Chinese name in Pinyin ("He Zhihua"): China's
        civilians, unless the context names another country and not China."""
        if not is_pinyin_name(text):
            return None
        country = self.context_country(context, date=date) if context else ""
        return self._actor("CHNCVL") if country in ("", "CHN") else None

    def _may_be_given_name(self, name: str) -> bool:
        """Whether a lone word names no place, body or role in the knowledge base (a person's name may)."""
        for _, _, matches in self.kb.find(list(normalize(name))):
            if any(m.type != "actor" or m.ref.kind != "person" for m in matches):
                return False
        return True

    def _given_name(self, text: str, context: str, date: dt.date | None) -> tuple[bool, Actor | None]:
        """A lone name that the context writes as the first of a longer name ("Manuel" of "Peru's
        president, Manuel Merino") is that person's given name, not some other entry's surname: the actor
        is the full name's, else the one an apposition before it names; False when neither names one.
        None when the text is no such given name."""
        name = text.strip()
        if not re.fullmatch(r"[A-Z][\w'\u2019-]+", name) or not self._may_be_given_name(name):
            return False, None
        full = re.search(rf"\b{re.escape(name)}\s+({_NAME_RUN})", context)
        if full is None:
            return False, None
        whole = f"{name} {full.group(1)}"
        actor = self.resolve_text(whole, date=date)
        if actor is None or not actor.country:
            before = re.search(rf"([^,.;:]+),\s*{re.escape(whole)}", context)
            described = self.resolve_text(before.group(1), date=date) if before else None
            actor = described if described is not None and described.country else actor
        return True, (_with_text(actor, name) if actor is not None else None)

    def _region(self, sentence: Sentence, head: int) -> Actor | None:
        """A province, state or region named before its kind ("Sindh province", "Idlib governorate"): the
        country the gazetteer puts it in."""
        tokens = sentence.tokens
        if tokens[head].lemma.lower() not in REGION_NOUNS:
            return None
        names = [c for c in sentence.children(head) if c.dep in ("compound", "flat", "amod") and c.pos == "PROPN"]
        if not names or names[-1].i != head - 1:
            return None
        name = "".join(t.text + t.whitespace for t in tokens[names[0].i : head]).strip()
        place = _gazetteer().lookup(name)
        if place is None or place.country not in self.kb.countries:
            return None
        return self._actor(place.country)

    # -- phrase building --------------------------------------------------------------------------

    @staticmethod
    def _phrase_tokens(sentence: Sentence, head: int) -> list[int]:
        keep = {head}
        stack = [head]
        while stack:
            i = stack.pop()
            for child in sentence.children(i):
                take = (
                    child.dep in PHRASE_DEPS
                    or child.dep == "case"
                    or (child.dep == "prep" and child.text.lower() in PHRASE_PREPS)
                    or (sentence.tokens[i].dep == "prep" and child.dep == "pobj")
                )
                if take and child.i not in keep:
                    keep.add(child.i)
                    stack.append(child.i)
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

    @staticmethod
    def _words_from_tokens(tokens: list[Token], indices: list[int]) -> list[_Word]:
        """Glue tokens not separated by whitespace ("Hamas" + "'s", "Amir" + "-" + "Abdollahian"),
        then split into knowledge-base words. Each gap in ``indices`` starts a new segment."""
        words: list[_Word] = []
        segment = 0
        group: list[Token] = []

        def flush() -> None:
            if not group:
                return
            text = "".join(t.text + t.whitespace for t in group[:-1]) + group[-1].text
            proper = any(t.pos == "PROPN" for t in group)
            capital = any(c.isupper() for c in text)
            for w in normalize(text):
                words.append(_Word(w, group[0].i, group[-1].i, segment, proper, capital))
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

    # -- resolution -------------------------------------------------------------------------------

    def _find(self, words: list[_Word], date: dt.date | None = None) -> list[_Found]:
        found: list[_Found] = []
        start = 0
        while start < len(words):
            end = start
            while end < len(words) and words[end].segment == words[start].segment:
                end += 1
            seg = [w.word for w in words[start:end]]
            for a, b, matches in self.kb.find(seg):
                if not any(w.capital for w in words[start + a : start + b]):
                    # "conservative clerics", "the labour minister": a body's name is written as a name
                    matches = [m for m in matches if m.type != "actor" or m.ref.kind != "organisation"]
                if matches:
                    found.append(_Found(start + a, start + b, tuple(matches)))
            start = end
        kept = _drop_name_starts(words, found)
        return sorted([*kept, *self._surnames(words, kept, date or dt.date.today())], key=lambda f: f.start)

    def _surnames(self, words: list[_Word], found: list[_Found], date: dt.date) -> list[_Found]:
        """Lone surnames of people in office on ``date`` ("Blunkett", "Mr Straw", "Chancellor Brown"): the
        one office holder of that surname, when there is one (see :meth:`KnowledgeBase.holder_by_surname`).
        A surname written after another unknown name ("Adam Curtis Brown") is some other person's."""
        covered = {k: f for f in found for k in range(f.start, f.end)}
        extra = []
        for k, w in enumerate(words):
            if k in covered or not w.proper or w.word in HONORIFICS or not w.word.isalpha():
                continue
            before = words[k - 1] if k > 0 and words[k - 1].segment == w.segment else None
            after = words[k + 1] if k + 1 < len(words) and words[k + 1].segment == w.segment else None
            titled = before is not None and (
                before.word in HONORIFICS or bool(covered.get(k - 1, _NONE).first("agent"))
            )
            if (before is not None and before.proper and not titled) or (after is not None and after.proper):
                continue
            entry = self.kb.holder_by_surname(w.word, date)
            if entry is not None:
                extra.append(_Found(k, k + 1, (Match("actor", entry),)))
        return extra

    def _resolve_words(
        self,
        words: list[_Word],
        *,
        head_index: int,
        date: dt.date | None,
        head_required: bool = False,
        context: ContextCountry = _no_context,
    ) -> Actor | None:
        actor = self._resolve_found(
            words, head_index=head_index, date=date, head_required=head_required, context=context
        )
        if actor is None or not any(w.word in FORMER_WORDS for w in words):
            return actor
        if not set(actor.sectors) & OFFICE_ROLES:
            return actor
        # A former office holder keeps the country and the standing (elite), not the office.
        if not actor.country:
            return Actor("ELI", "", "", ("ELI",))
        return self._actor(actor.country + "ELI")

    def _resolve_found(
        self,
        words: list[_Word],
        *,
        head_index: int,
        date: dt.date | None,
        head_required: bool = False,
        context: ContextCountry = _no_context,
    ) -> Actor | None:
        found = self._find(words, date)
        if not found or any(w.word in SPORT_WORDS for w in words):
            return None

        def covers_head(f: _Found) -> bool:
            return any(words[k].first <= head_index <= words[k].last for k in range(f.start, f.end))

        if head_required and not any(covers_head(f) for f in found):
            return None

        def rank(f: _Found) -> tuple[bool, int, int]:
            return (covers_head(f), f.end - f.start, f.start)

        agents = [f for f in found if f.first("agent")]
        role: _Found | None = None
        if agents:
            strong = [f for f in agents if " ".join(w.word for w in words[f.start : f.end]) not in WEAK_ROLES]
            role = max(strong or agents, key=rank)
        role_code = role.first("agent").ref if role else ""  # type: ignore[union-attr]

        named = sorted((f for f in found if f.first("actor")), key=rank, reverse=True)
        places = sorted((f for f in found if f.first("country", "demonym", "capital")), key=rank, reverse=True)
        if places and covers_head(places[0]) and not (named and covers_head(named[0])):
            named = []  # "Iran, the key sponsor of Hamas": the head itself names a country, and role
            if role is None or words[role.start].segment != words[places[0].start].segment:
                role_code = ""  # words elsewhere describe it; "ordinary Kazakhs" keeps its role
        fallback_country = ""
        office = self._international_office(words, named, agents, date)
        if office is not None:  # "Kenzo Oshima, UN under-secretary-general": the office, not the nationality
            named = [office]
            role, role_code = None, ""
        for f in named:
            entry: ActorEntry = f.first("actor").ref  # type: ignore[union-attr]
            code = entry.code_for(date)
            if code is not None:
                return self._named_actor(words, f, entry, code, role, role_code, covers_head)
            if len(entry.countries) == 1:
                fallback_country = fallback_country or next(iter(entry.countries))
        return self._unnamed_actor(words, places, role_code, fallback_country, context)

    def _named_actor(
        self,
        words: list[_Word],
        f: _Found,
        entry: ActorEntry,
        code: str,
        role: _Found | None,
        role_code: str,
        covers_head: Callable[[_Found], bool],
    ) -> Actor:
        """The actor of a knowledge-base name that has a code on the date, with the role words around it."""
        sectors = sectors_of(code)
        named_role = self._role_in_name(words, f) if entry.kind == "person" and len(code) == 6 else ""
        if named_role and code[:3] in self.kb.countries and set(sectors) <= {"ELI", "BUS", "CVL"}:
            # "President Hosni Mubarak", "the Bush administration": the office the text gives
            return self._actor(code[:3] + named_role, entry)
        if (
            role is not None
            and entry.kind == "person"
            and covers_head(role)
            and _words_of(words, role) in FOLLOWER_WORDS
        ):
            # "Trump supporters": the people of the leader's country; a leader out of office has a following
            # in the opposition
            return self._actor(code[:3] + ("OPP" if set(sectors) & FOLLOWED_OPPOSITION else "CVL"))
        if self._person_modifies_role(words, role, f, entry, code, covers_head):
            return self._actor(code[:3] + role_code)  # "insurgents loyal to Moqtada al-Sadr": IRQREB
        if role_code and entry.kind in ("person", "region") and set(sectors) <= {"ELI"}:
            code = code[:3] + role_code
            return self._actor(code, entry)
        if role is not None and self._titled(words, role, f, code, role_code):
            # "US Senator Marco Rubio": the title the article gives wins over the dated record
            return self._actor(code[:3] + role_code, entry)
        if role is not None and self._party_office(words, role, entry, code, role_code):
            return self._actor(code[:3] + role_code, entry)  # "Conservative MPs": GBRLEG
        if role_code and len(code) == 3:
            code = code + role_code
        elif role_code[:3] in INTERNATIONAL_ROLES and len(role_code) > 3 and code.startswith(("IGO", "NGO")):
            code = code + role_code[3:]  # "UN peacekeepers": IGOUNOMIL
        elif role_code in IGO_ROLES and code.startswith(("IGO", "NGO")) and not code.endswith(role_code):
            code = code + role_code
        return self._actor(code, entry)

    def _unnamed_actor(
        self,
        words: list[_Word],
        places: list[_Found],
        role_code: str,
        fallback_country: str,
        context: ContextCountry,
    ) -> Actor | None:
        """The actor of a mention that names no dated actor: a role at a place or of a country, a role
        alone, or the country of an undated name."""
        if role_code[:3] in INTERNATIONAL_ROLES:  # "relief officials in Nairobi" are where they work
            places = [f for f in places if not _after(words, f, LOCATION_WORDS)]
        elif len(places) > 1:  # "an Israeli diplomat in Washington", "a U.S. ambassador to Switzerland"
            places = [f for f in places if not _after(words, f, HOST_WORDS)] or places
        if places:
            place = places[0]
            match = place.first("country", "demonym", "capital")
            country: Country = match.ref  # type: ignore[union-attr]
            code = self._place_country(words, place, country.code, context)
            if role_code[:3] in INTERNATIONAL_ROLES and len(role_code) > 3:
                role_code = role_code[3:]  # "Nigerian peacekeepers": NGAMIL
            if code != country.code and match.type == "demonym" and not role_code:  # type: ignore[union-attr]
                role_code = "CVL"  # "ethnic Albanians in Serbia": Serbia's civilians, SRBCVL
            if role_code:
                return self._actor(code + role_code)
            if match.type == "capital":  # type: ignore[union-attr]
                return self._actor(code + "GOV")
            return self._actor(code)
        if role_code[:3] in INTERNATIONAL_ROLES:
            return Actor(
                role_code, self.kb.name_for(role_code), role_code[:3], sectors_of(role_code) or (role_code[:3],)
            )
        if role_code:
            if fallback_country:
                return self._actor(fallback_country + role_code)
            return Actor(role_code, "", "", sectors_of("XXX" + role_code))
        if fallback_country:
            return self._actor(fallback_country)
        return None

    def _role_in_name(self, words: list[_Word], name: _Found) -> str:
        """The office a person's matched name carries: a title it starts with ("PRESIDENT HOSNI MUBARAK":
        GOV) or a government word it ends with ("BUSH ADMINISTRATION": GOV); "" when none."""
        matched = [w.word for w in words[name.start : name.end]]
        if len(matched) > 1 and matched[-1] in GOVERNMENT_HEADS:
            return "GOV"
        for size in range(min(3, len(matched) - 1), 0, -1):
            for a, b, matches in self.kb.find(matched[:size]):
                role = next((m.ref for m in matches if m.type == "agent"), "")
                if a == 0 and b == size and role in TITLE_ROLES:
                    return str(role)
        return ""

    def _international_office(
        self, words: list[_Word], named: list[_Found], agents: list[_Found], date: dt.date | None
    ) -> _Found | None:
        """An international body that opens an apposition to a person, with a title ("Kenzo Oshima, the UN
        Emergency Relief Coordinator"): the office the article gives wins over the person's national code.
        A body named later in the apposition ("Rouhani, speaking at the UN") is no office."""
        if not named or named[0].first("actor").ref.kind != "person":  # type: ignore[union-attr]
            return None
        person = named[0]
        title_words = {words[f.start].word for f in agents}
        for f in named[1:]:
            code = f.first("actor").ref.code_for(date) or ""  # type: ignore[union-attr]
            segment = words[f.start].segment
            if not code.startswith(("IGO", "NGO")) or segment == words[person.start].segment:
                continue
            span = [k for k, w in enumerate(words) if w.segment == segment]
            before = [words[k].word for k in span if k < f.start and words[k].word not in ARTICLES]
            titled = f.end - f.start > 1 or f.end <= span[-1]
            if (not before and titled) or (len(before) >= 2 and before[-1] == "OF" and before[0] in title_words):
                return f  # "the UN envoy", "head of the IAEA"
        return None

    def _place_country(self, words: list[_Word], place: _Found, country: str, context: ContextCountry) -> str:
        """The country a place or demonym stands for: a name several countries share takes the one the
        context names ("Tripoli" beside "Lebanese cities": LBN); a demonym after "ethnic" the country the
        context names other than the demonym's own ("ethnic Albanians in Serbia": SRB)."""
        shared = SHARED_NAMES.get(tuple(w.word for w in words[place.start : place.end]))
        if shared:
            return context(frozenset(shared), frozenset()) or shared[0]
        ethnic = place.start > 0 and words[place.start - 1].word in ETHNIC_WORDS
        if ethnic and place.first("demonym") is not None:
            return context(None, frozenset({country})) or country
        return country

    def _titled(self, words: list[_Word], role: _Found, name: _Found, code: str, role_code: str) -> bool:
        """Whether an office title stands right before a person's name in the same run of words and
        names another office than the knowledge base's national code ("Senator Rubio", "Defence Minister
        Molano"); group codes (PSEREBHMS) are kept."""
        entry: ActorEntry = name.first("actor").ref  # type: ignore[union-attr]
        return (
            entry.kind == "person"
            and role_code in TITLE_ROLES
            and len(code) == 6
            and code[:3] in self.kb.countries
            and not code.endswith(role_code)
            and role.end == name.start
            and words[role.start].segment == words[name.start].segment
            and _words_of(words, role) not in WEAK_ROLES  # "Tory leader Michael Howard" leads no government
        )

    def _person_modifies_role(
        self,
        words: list[_Word],
        role: _Found | None,
        name: _Found,
        entry: ActorEntry,
        code: str,
        covers_head: Callable[[_Found], bool],
    ) -> bool:
        """Whether the phrase is headed by a role word and names a person only in a modifier ("insurgents
        loyal to Moqtada al-Sadr", "forces loyal to Gaddafi"): the role, of the person's country."""
        return (
            role is not None
            and entry.kind == "person"
            and covers_head(role)
            and not covers_head(name)
            and code[:3] in self.kb.countries
            and _words_of(words, role) not in WEAK_ROLES
            and role.first("agent").ref[:3] not in INTERNATIONAL_ROLES  # type: ignore[union-attr]
        )

    @staticmethod
    def _party_office(words: list[_Word], role: _Found, entry: ActorEntry, code: str, role_code: str) -> bool:
        """Whether a party's name describes holders of an office ("Labour ministers", "Republican
        senators"): they are the country's government or legislature, not the party."""
        return (
            entry.kind == "organisation"
            and len(code) == 6
            and code.endswith(("PTY", "OPP"))
            and role_code in PARTY_OFFICES
            and _words_of(words, role) not in WEAK_ROLES
        )

    def _actor(self, code: str, entry: ActorEntry | None = None) -> Actor:
        country = code[:3]
        return Actor(code, self.kb.name_for(code, entry), country, sectors_of(code))


_NONE = _Found(0, 0, ())


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _drop_name_starts(words: list[_Word], found: list[_Found]) -> list[_Found]:
    """Drop a person matched on the first word of a longer name that the knowledge base does not know
    ("Bobi Wine" is not a "Bobi" of the dictionaries), a person matched on a surname after a given name
    that none of the person's names has ("Xochitl Galvez" is not a Galvez of the dictionaries), a
    capital followed by two unknown names ("Douglas Paul James" is a person, not the Isle of Man) and a
    place after two unknown names ("Samuel Doria Medina"). A
    country or a capital followed by one unknown name is kept: that is mostly one of the country's
    bodies ("Pakistan Tehreek-e-Insaf", "Tehran Times")."""
    covered = {k for f in found for k in range(f.start, f.end)}

    def unknown_name(k: int, f: _Found) -> bool:
        return (
            0 <= k < len(words)
            and k not in covered
            and words[k].segment == words[f.start].segment
            and words[k].proper
            and words[k].word.lower() not in COLLECTIVE_HEADS
            and words[k].word not in PLACE_NOUNS
        )

    kept = []
    for f in found:
        actor = f.first("actor")
        person = actor is not None and actor.ref.kind == "person"
        capital = actor is None and not f.first("agent", "country") and f.first("capital")
        if words[f.start].proper and unknown_name(f.end, f):
            if person or (capital and unknown_name(f.end + 1, f)):
                continue
        if person and words[f.start].proper and _other_given_name(words, f, actor.ref, unknown_name):  # type: ignore[union-attr]
            continue
        place = actor is None and not f.first("agent") and f.first("country", "capital")
        if place and words[f.start].proper and unknown_name(f.start - 1, f) and unknown_name(f.start - 2, f):
            continue  # "Samuel Doria Medina" is a person, not the city of Medina
        kept.append(f)
    return kept


def _other_given_name(words: list[_Word], f: _Found, entry: ActorEntry, unknown: Callable[[int, _Found], bool]) -> bool:
    """Whether unknown names before the match ("Xochitl" before "Galvez") include none of the given
    names the person's full names start with (a bare surname entry cannot say: False)."""
    before = []
    k = f.start - 1
    while unknown(k, f):
        if words[k].word not in HONORIFICS and len(words[k].word) > 1:
            before.append(words[k].word)
        k -= 1
    given = {name.split()[0] for name in entry.names if " " in name}
    return bool(before) and bool(given) and not given & set(before)


def _drop_affiliations(words: list[_Word]) -> list[_Word]:
    """Remove "X-backed" and the like (the word before an affiliation word and the affiliation word),
    "-led" of "X-led" (X leads: it stays) and "pro-X", "anti-X" (the prefix and X)."""
    drop: set[int] = set()
    for k, word in enumerate(words):
        glued = k > 0 and words[k - 1].segment == word.segment
        if word.word in LEADING_AFFILIATIONS and glued:
            drop.add(k)
        elif word.word in AFFILIATIONS and k + 1 < len(words) and words[k + 1].word in ("TO", "BY", "WITH"):
            # "a group linked to al-Qaeda", "rebels backed by Rwanda": what follows is not the actor
            drop.update(j for j in range(k, len(words)) if words[j].segment == word.segment)
        elif word.word in AFFILIATIONS and glued:
            drop.update((k - 1, k))
        elif word.word in OPPOSING_PREFIXES and k + 1 < len(words) and words[k + 1].segment == word.segment:
            drop.update((k, k + 1))
    return [w for k, w in enumerate(words) if k not in drop] if drop else words


def _after(words: list[_Word], found: _Found, before: frozenset[str]) -> bool:
    """Whether the word before a match is one of ``before`` ("in Washington")."""
    return found.start > 0 and words[found.start - 1].word in before


def _words_of(words: list[_Word], found: _Found) -> str:
    return " ".join(w.word for w in words[found.start : found.end])


def _may_head_actor(token: Token) -> bool:
    """Whether a common noun can name an actor by itself: a named entity, a collective or a person noun."""
    lemma = token.lemma.lower()
    return (
        token.ent_type in ("PERSON", "ORG", "GPE", "NORP")
        or lemma in COLLECTIVE_HEADS
        or lemma.endswith(PERSON_SUFFIXES)
    )


def _with_text(actor: Actor, text: str) -> Actor:
    return Actor(actor.code, actor.name, actor.country, actor.sectors, text)


def _surface(sentence: Sentence, selected: list[int], head: int) -> str:
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
