"""How the names, places and role words of a mention combine into one actor code.

The words of a phrase are matched against the knowledge base (longest match first) and combined:

1. a named person or organisation whose code holds on the date ("Hassan Rouhani" in 2014: IRNGOV;
   "Hamas's political bureau leader Khaled Mashaal": PSEREBHMS), preferring the name that covers the
   head, then the longer one; a title or a role word around it may give the office instead
   ("US Senator Marco Rubio", "Conservative MPs", "insurgents loyal to Moqtada al-Sadr");
2. otherwise a country (name, demonym, possessive, or a capital standing for its government) joined
   with the role word of the phrase ("Israeli troops": ISRMIL, "Tehran": IRNGOV);
3. otherwise the role word alone ("three teens": CVL, with country "").

"former" keeps a former office holder's country and standing (ELI), not the office.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from eventscribe.actors.codes import is_international_body, sectors_of
from eventscribe.actors.foreign_parties import foreign_party_name, shared_party_name
from eventscribe.actors.kb import ActorEntry, Country, KnowledgeBase
from eventscribe.actors.lexicon import LEXICON, NATIONAL_BODIES, SHARED_NAMES
from eventscribe.actors.matching import find, make_actor
from eventscribe.actors.phrase import ContextCountry, Found, Word, after, no_context, words_of
from eventscribe.model import Actor

__all__ = ["resolve_words"]

#: Role words that give way to another role word in the same phrase ("army spokesman": MIL).
WEAK_ROLES = LEXICON.weak_roles
#: Role codes that an international organisation takes on ("UN troops": IGOUNOMIL).
IGO_ROLES = LEXICON.igo_roles
#: Words of sport: "the U.S. men's basketball team" plays, it does not act in politics.
SPORT_WORDS = LEXICON.sport_words
#: "former", "ex-": the office named next is no longer held ("former President Nazarbayev": KAZELI).
FORMER_WORDS = LEXICON.former_words
OFFICE_ROLES = LEXICON.office_roles
#: Offices that a party's members hold as their country's ("Labour ministers": GOV, "Democratic senators": LEG).
PARTY_OFFICES = frozenset({"GOV", "LEG"})
#: Role codes of titles written before a name ("Senator", "Defence Minister", "General").
TITLE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "OPP"})
#: "Trump supporters": the people of the leader's country, not the leader's office.
FOLLOWER_WORDS = LEXICON.follower_words
#: "ethnic Albanians": an ethnic group, coded as the civilians of the country it lives in (CVL).
ETHNIC_WORDS = LEXICON.ethnic_words
#: Role codes of bodies of no country ("relief officials in Nairobi" are not Kenyan).
INTERNATIONAL_ROLES = LEXICON.international_roles
#: Prepositions after which a place is where an actor is ("in Nairobi").
LOCATION_WORDS = LEXICON.location_words
#: Words after which a place is where an actor is or is sent, not whose it is ("envoy to Switzerland").
HOST_WORDS = LOCATION_WORDS | {"TO"}
#: "the Bush administration": a leader's name before these words is the government.
GOVERNMENT_HEADS = LEXICON.government_heads
#: Roles of a leader whose followers are the opposition ("Navalny supporters"); others' are civilians.
FOLLOWED_OPPOSITION = frozenset({"OPP", "REB", "PTY", "ELI", "SEP", "RAD"})
ARTICLES = frozenset({"THE", "A", "AN"})


def resolve_words(
    kb: KnowledgeBase,
    words: list[Word],
    *,
    head_index: int,
    date: dt.date | None,
    head_required: bool = False,
    context: ContextCountry = no_context,
) -> Actor | None:
    actor = _resolve_found(kb, words, head_index=head_index, date=date, head_required=head_required, context=context)
    if actor is None or not _former_outside_names(kb, words):
        return actor
    if not set(actor.sectors) & OFFICE_ROLES:
        return actor
    # A former office holder keeps the country and the standing (elite), not the office.
    if not actor.country:
        return Actor("ELI", "", "", ("ELI",))
    return make_actor(kb, actor.country + "ELI")


def _former_outside_names(kb: KnowledgeBase, words: list[Word]) -> bool:
    """Whether a word such as "former" qualifies the mention, not a body's name that holds it ("the
    International Criminal Tribunal for the former Yugoslavia" is a court at work, no former office).
    Names are looked up only when such a word is there: most mentions have none."""
    if not any(w.word in FORMER_WORDS for w in words):
        return False
    inside = {
        k
        for a, b, matches in kb.find([w.word for w in words])
        if any(m.type == "actor" and m.ref.kind == "organisation" for m in matches)
        for k in range(a, b)
    }
    return any(w.word in FORMER_WORDS and k not in inside for k, w in enumerate(words))


def _resolve_found(
    kb: KnowledgeBase,
    words: list[Word],
    *,
    head_index: int,
    date: dt.date | None,
    head_required: bool = False,
    context: ContextCountry = no_context,
) -> Actor | None:
    found = find(kb, words, date, context)
    if not found or any(w.word in SPORT_WORDS for w in words):
        return None

    def covers_head(f: Found) -> bool:
        return any(words[k].first <= head_index <= words[k].last for k in range(f.start, f.end))

    if head_required and not any(covers_head(f) for f in found):
        return None

    def rank(f: Found) -> tuple[bool, int, int]:
        return (covers_head(f), f.end - f.start, f.start)

    def place_rank(f: Found) -> tuple[bool, int, int, int]:
        # the first country written wins ("leaders from Spain and Portugal": ESP), but inside one written
        # compound its last part ("a Lebanese-American contractor" is American)
        return (covers_head(f), f.end - f.start, -words[f.start].first, f.start)

    agents = [f for f in found if f.first("agent") and not _capitalised_name_word(words, f)]
    role = _chosen_role(words, agents, rank)
    role_code = role.first("agent").ref if role else ""  # type: ignore[union-attr]

    named = sorted((f for f in found if f.first("actor")), key=rank, reverse=True)
    places = sorted((f for f in found if f.first("country", "demonym", "capital")), key=place_rank, reverse=True)
    if places:  # "British Asians" are Britain's: a region ("Asian") gives way to a country named with it
        named = [f for f in named if not _is_world_region(kb, f.first("actor").ref, date)]  # type: ignore[union-attr]
    if places and covers_head(places[0]) and not (named and covers_head(named[0])):
        named = []  # "Iran, the key sponsor of Hamas": the head itself names a country, and role
        if role is None or words[role.start].segment != words[places[0].start].segment:
            role_code = ""  # words elsewhere describe it; "ordinary Kazakhs" keeps its role
    office = _international_office(words, named, agents, date)
    if office is not None:  # "Kenzo Oshima, UN under-secretary-general": the office, not the nationality
        named = [office]
        role, role_code = None, ""
    party = foreign_party_name(kb, words, named, places, role_code, date) or shared_party_name(
        kb, words, named, places, role_code, date, context
    )
    if party is not None:
        return party
    for f in named:
        entry: ActorEntry = f.first("actor").ref  # type: ignore[union-attr]
        code = entry.code_for(date)
        if code is not None:
            return _named_actor(kb, words, f, entry, code, role, role_code, covers_head)
    fallback_country = _out_of_office_country(kb, named, date)
    if role is not None and role_code and not fallback_country:
        fallback_country = _body_country(words, role, context)  # "Senate leaders": USALEG
    return _unnamed_actor(kb, words, places, role_code, fallback_country, context)


#: Role words that are roles only in lower case: "the union" is a trade union, "the Union" a union of
#: states or the North of a civil war, and "Union Carbide" a company.
LOWER_CASE_ROLES = frozenset({"UNION"})


def _capitalised_name_word(words: list[Word], f: Found) -> bool:
    """Whether a lower-case-only role word is written with a capital past the text's first word."""
    word = " ".join(w.word for w in words[f.start : f.end])
    return word in LOWER_CASE_ROLES and words[f.start].capital and words[f.start].first > 0


def _chosen_role(
    words: list[Word], agents: list[Found], rank: Callable[[Found], tuple[bool, int, int]]
) -> Found | None:
    """The role word the mention is coded by: the best ranked one, a weak role ("official") only when
    no other is found."""
    if not agents:
        return None
    strong = [f for f in agents if " ".join(w.word for w in words[f.start : f.end]) not in WEAK_ROLES]
    return max(strong or agents, key=rank)


def _out_of_office_country(kb: KnowledgeBase, named: list[Found], date: dt.date | None) -> str:
    """The country (with ELI for a person) of the first named actor of one country that holds no code
    on the date: a person out of office is the elite of their country, as between offices."""
    for f in named:
        entry: ActorEntry = f.first("actor").ref  # type: ignore[union-attr]
        if entry.code_for(date) is None and len(entry.countries) == 1:
            country = next(iter(entry.countries))
            elite = entry.kind == "person" and country in kb.countries
            return country + ("ELI" if elite else "")
    return ""


def _is_world_region(kb: KnowledgeBase, entry: ActorEntry, date: dt.date | None) -> bool:
    """Whether an entry is a region of the world ("European": EUR), no country's part."""
    return entry.kind == "region" and (entry.code_for(date) or "")[:3] not in kb.countries


def _body_country(words: list[Word], role: Found, context: ContextCountry) -> str:
    """The country of a state body named without one ("the Senate", "senators"): the one of the countries
    that have such a body that the context names, else the one news means most often; "" for other roles."""
    countries = NATIONAL_BODIES.get(tuple(w.word for w in words[role.start : role.end]))
    if not countries:
        return ""
    return context(frozenset(countries) - {""}, frozenset()) or countries[0]


def _named_actor(
    kb: KnowledgeBase,
    words: list[Word],
    f: Found,
    entry: ActorEntry,
    code: str,
    role: Found | None,
    role_code: str,
    covers_head: Callable[[Found], bool],
) -> Actor:
    """The actor of a knowledge-base name that has a code on the date, with the role words around it."""
    sectors = sectors_of(code)
    named_role = _role_in_name(kb, words, f) if entry.kind == "person" and len(code) == 6 else ""
    if named_role and code[:3] in kb.countries and set(sectors) <= {"ELI", "BUS", "CVL"}:
        # "President Hosni Mubarak", "the Bush administration": the office the text gives
        return make_actor(kb, code[:3] + named_role, entry)
    if role is not None and entry.kind == "person" and covers_head(role) and words_of(words, role) in FOLLOWER_WORDS:
        # "Trump supporters": the people of the leader's country; a leader out of office has a following
        # in the opposition
        return make_actor(kb, code[:3] + ("OPP" if set(sectors) & FOLLOWED_OPPOSITION else "CVL"))
    if _person_modifies_role(kb, words, role, f, entry, code, covers_head):
        return make_actor(kb, code[:3] + role_code)  # "insurgents loyal to Moqtada al-Sadr": IRQREB
    if role_code and entry.kind in ("person", "region") and set(sectors) <= {"ELI"}:
        code = code[:3] + role_code
        return make_actor(kb, code, entry)
    if role is not None and _titled(kb, words, role, f, code, role_code):
        # "US Senator Marco Rubio": the title the article gives wins over the dated record
        return make_actor(kb, code[:3] + role_code, entry)
    if role is not None and _party_office(words, role, entry, code, role_code):
        return make_actor(kb, code[:3] + role_code, entry)  # "Conservative MPs": GBRLEG
    if role_code == "LAB" and "BUS" in sectors and code[:3] in kb.countries and role is not None and covers_head(role):
        return make_actor(kb, code[:3] + "LAB")  # "Samsung employees", "Air France staff": the firm's workforce
    if role_code and len(code) == 3:
        code = code + role_code
    elif role_code[:3] in INTERNATIONAL_ROLES and len(role_code) > 3 and is_international_body(code):
        code = code + role_code[3:]  # "UN peacekeepers": IGOUNOMIL
    elif role_code in IGO_ROLES and is_international_body(code) and not code.endswith(role_code):
        code = code + role_code
    return make_actor(kb, code, entry)


def _unnamed_actor(
    kb: KnowledgeBase,
    words: list[Word],
    places: list[Found],
    role_code: str,
    fallback_country: str,
    context: ContextCountry,
) -> Actor | None:
    """The actor of a mention that names no dated actor: a role at a place or of a country, a role
    alone, or the country of an undated name (``fallback_country``, with ELI for a person out of office)."""
    if role_code[:3] in INTERNATIONAL_ROLES:  # "relief officials in Nairobi" are where they work
        places = [f for f in places if not after(words, f, LOCATION_WORDS)]
    elif len(places) > 1:  # "an Israeli diplomat in Washington", "a U.S. ambassador to Switzerland"
        places = [f for f in places if not after(words, f, HOST_WORDS)] or places
    if places:
        place = places[0]
        match = place.first("country", "demonym", "capital")
        country: Country = match.ref  # type: ignore[union-attr]
        others = [f.first("country", "demonym", "capital").ref.code for f in places[1:]]  # type: ignore[union-attr]
        code = _place_country(words, place, country.code, context, others)
        if role_code[:3] in INTERNATIONAL_ROLES and len(role_code) > 3:
            role_code = role_code[3:]  # "Nigerian peacekeepers": NGAMIL
        if code != country.code and match.type == "demonym" and not role_code:  # type: ignore[union-attr]
            role_code = "CVL"  # "ethnic Albanians in Serbia": Serbia's civilians, SRBCVL
        if role_code:
            return make_actor(kb, code + role_code)
        if match.type == "capital" and not _names_another_body(words, place):  # type: ignore[union-attr]
            return make_actor(kb, code + "GOV")  # "Moscow said": the government
        return make_actor(kb, code)
    if role_code[:3] in INTERNATIONAL_ROLES:
        return Actor(role_code, kb.name_for(role_code), role_code[:3], sectors_of(role_code) or (role_code[:3],))
    if role_code:
        if fallback_country:
            return make_actor(kb, fallback_country[:3] + role_code)
        return Actor(role_code, "", "", sectors_of("XXX" + role_code))
    if fallback_country:
        return make_actor(kb, fallback_country)
    return None


def _names_another_body(words: list[Word], place: Found) -> bool:
    """Whether a capital opens the name of another body, a word written as a name after it ("the Tehran
    Times", "Kabul Bakers"): of the country, but no government."""
    after = place.end
    return after < len(words) and words[after].segment == words[place.start].segment and words[after].capital


def _role_in_name(kb: KnowledgeBase, words: list[Word], name: Found) -> str:
    """The office a person's matched name carries: a title it starts with ("PRESIDENT HOSNI MUBARAK":
    GOV) or a government word it ends with ("BUSH ADMINISTRATION": GOV); "" when none."""
    matched = [w.word for w in words[name.start : name.end]]
    if len(matched) > 1 and matched[-1] in GOVERNMENT_HEADS:
        return "GOV"
    for size in range(min(3, len(matched) - 1), 0, -1):
        for a, b, matches in kb.find(matched[:size]):
            role = next((m.ref for m in matches if m.type == "agent"), "")
            if a == 0 and b == size and role in TITLE_ROLES:
                return str(role)
    return ""


def _international_office(
    words: list[Word], named: list[Found], agents: list[Found], date: dt.date | None
) -> Found | None:
    """An international body that opens an apposition to a person, with a title ("Kenzo Oshima, the UN
    Emergency Relief Coordinator"), or that stands with its title right before the name ("OPEC president
    Rilwanu Lukman", who was also Nigeria's oil minister): the office the article gives wins over the
    person's national code.
    A body named later in the apposition ("Rouhani, speaking at the UN") is no office."""
    if not named or named[0].first("actor").ref.kind != "person":  # type: ignore[union-attr]
        return None
    person = named[0]
    title_words = {words[f.start].word for f in agents}
    titles = {k for f in agents for k in range(f.start, f.end)}
    for f in named[1:]:
        code = f.first("actor").ref.code_for(date) or ""  # type: ignore[union-attr]
        segment = words[f.start].segment
        if not is_international_body(code):
            continue
        if segment == words[person.start].segment:
            # "OPEC president Rilwanu Lukman": the body and its title right before the name
            between = range(f.end, person.start)
            if f.end < person.start and all(k in titles for k in between):
                return f
            continue
        span = [k for k, w in enumerate(words) if w.segment == segment]
        before = [words[k].word for k in span if k < f.start and words[k].word not in ARTICLES]
        titled = f.end - f.start > 1 or f.end <= span[-1]
        if (not before and titled) or (len(before) >= 2 and before[-1] == "OF" and before[0] in title_words):
            return f  # "the UN envoy", "head of the IAEA"
    return None


def _place_country(
    words: list[Word], place: Found, country: str, context: ContextCountry, others: list[str] | None = None
) -> str:
    """The country a place or demonym stands for: a name several countries share takes the one another
    place of the mention names ("Turkish Kurds": TUR), else the one the context names ("Tripoli" beside
    "Lebanese cities": LBN); a demonym after "ethnic" the country the context names other than the
    demonym's own ("ethnic Albanians in Serbia": SRB)."""
    shared = SHARED_NAMES.get(tuple(w.word for w in words[place.start : place.end]))
    if shared:
        named = [c for c in others or () if c in shared]
        return named[0] if named else context(frozenset(shared), frozenset()) or shared[0]
    ethnic = place.start > 0 and words[place.start - 1].word in ETHNIC_WORDS
    if ethnic and place.first("demonym") is not None:
        return context(None, frozenset({country})) or country
    return country


def _titled(kb: KnowledgeBase, words: list[Word], role: Found, name: Found, code: str, role_code: str) -> bool:
    """Whether an office title stands right before a person's name in the same run of words and
    names another office than the knowledge base's national code ("Senator Rubio", "Defence Minister
    Molano"); group codes (PSEREBHMS) are kept."""
    entry: ActorEntry = name.first("actor").ref  # type: ignore[union-attr]
    return (
        entry.kind == "person"
        and role_code in TITLE_ROLES
        and len(code) == 6
        and code[:3] in kb.countries
        and not code.endswith(role_code)
        and role.end == name.start
        and words[role.start].segment == words[name.start].segment
        and words_of(words, role) not in WEAK_ROLES  # "Tory leader Michael Howard" leads no government
    )


def _person_modifies_role(
    kb: KnowledgeBase,
    words: list[Word],
    role: Found | None,
    name: Found,
    entry: ActorEntry,
    code: str,
    covers_head: Callable[[Found], bool],
) -> bool:
    """Whether the phrase is headed by a role word and names a person only in a modifier ("insurgents
    loyal to Moqtada al-Sadr", "forces loyal to Gaddafi"): the role, of the person's country."""
    return (
        role is not None
        and entry.kind == "person"
        and covers_head(role)
        and not covers_head(name)
        and code[:3] in kb.countries
        and words_of(words, role) not in WEAK_ROLES
        and role.first("agent").ref[:3] not in INTERNATIONAL_ROLES  # type: ignore[union-attr]
    )


def _party_office(words: list[Word], role: Found, entry: ActorEntry, code: str, role_code: str) -> bool:
    """Whether a party's name describes holders of an office ("Labour ministers", "Republican
    senators"): they are the country's government or legislature, not the party."""
    return (
        entry.kind == "organisation"
        and len(code) == 6
        and code.endswith(("PTY", "OPP"))
        and role_code in PARTY_OFFICES
        and words_of(words, role) not in WEAK_ROLES
    )
