"""What the coder remembers while it reads one article.

First version of in-article reference: a surname that an earlier full name introduced ("Khaled Mashaal"
… "Mashaal") resolves like the full name; "he/him/she/her" take the latest person mentioned before them
that is not the clause's own subject; "they/them" the latest group or country; "the (Islamic) group" the
latest named group. An actor that names only a sector ("three teens", "police") takes its country from a
partner in the same state's politics ("the opposition" against KENGOV), else from another actor in the
same sentence, else from where the act happens ("in El Salvador"), else from the country the article is
mostly about. A role named again without its country ("troops" after "Israeli forces") is the body
named with it, and the police and courts lend their country to the people they act on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from eventscribe.actors.codes import is_national, is_non_national
from eventscribe.events.domestic_pairs import from_compatriot
from eventscribe.events.grammar import GRAMMAR
from eventscribe.events.mention_phrases import in_place_phrase
from eventscribe.events.reality import TRIP_VERBS
from eventscribe.events.role_words import is_country_place
from eventscribe.model import Actor, Sentence, Token

__all__ = ["ArticleContext", "fill_country", "is_person_mention"]

PERSON_PRONOUNS = GRAMMAR.person_pronouns
GROUP_PRONOUNS = GRAMMAR.group_pronouns
#: "it" refers to a country or organisation only when its antecedent is close by.
THING_PRONOUNS = GRAMMAR.thing_pronouns
THING_REACH = 1
#: "the group", "the movement": an organisation named earlier.
GROUP_DESCRIPTIONS = GRAMMAR.group_descriptions
PERSON_NOUN_ENDINGS = tuple(GRAMMAR.person_noun_endings)
#: Institutions whose names end like a person's ("military", "judiciary"): "it" refers to them.
INSTITUTION_NOUNS = frozenset({"constabulary", "judiciary", "military", "secretariat"})
#: Nouns with which "the country" refers back to the latest state named as an actor.
STATE_DESCRIPTIONS = frozenset({"country", "nation"})
#: Role codes of organised groups that "the group" can refer back to.
GROUP_SECTORS = frozenset({"REB", "UAF", "OPP", "PTY", "NGO", "CRM", "RAD", "SEP"})


@dataclass(slots=True)
class _Mention:
    actor: Actor
    position: tuple[int, int]
    person: bool
    #: False for a mention inside (or around) an earlier one of the same country: it adds no weight to
    #: that country as the article's main one.
    counted: bool = True
    #: Whether the mention is the object of a preposition of place ("in the eastern Congo").
    place: bool = False


def _named_state(mention: _Mention) -> bool:
    """A mention of a state itself (a bare country code), not as a place."""
    return not mention.place and is_country_place(mention.actor)


@dataclass(slots=True)
class ArticleContext:
    """Mentions seen so far in one article, in reading order."""

    surnames: dict[str, Actor] = field(default_factory=dict)
    mentions: list[_Mention] = field(default_factory=list)
    #: Finds the country the whole article's text names most often ("" if unknown), for mentions read
    #: before the article's main country is known ("the Senate" in the first sentence of an Australian
    #: story). Called at most once, and only when such a mention needs it.
    find_named_country: Callable[[], str] = lambda: ""
    named_country: str | None = None
    #: The country of the place the story was filed from, by its dateline ("BAGHDAD, Iraq -"); it counts
    #: as one more mention of that country when the article's main country is weighed, where no other
    #: country is named more often.
    filed: str = ""
    #: The countries the remembered mentions name (so that :meth:`filed_only` scans no mention list).
    named: set[str] = field(default_factory=set)

    def remember(self, sentence: Sentence, head: int, actor: Actor) -> None:
        """Record a resolved mention; a multi-word person name also teaches its surname."""
        token = sentence.tokens[head]
        person = is_person_mention(sentence, head)
        if person and token.pos == "PROPN":
            self.surnames.setdefault(token.text.lower(), actor)
        # "the body of a Palestinian schoolgirl": both are remembered, Palestine is counted once
        counted = not any(_one_phrase(sentence, m, head, actor) for m in self._this_sentence(sentence))
        counted = counted and not _destination(sentence, head)  # "who leaves for Moscow": not his country
        place = in_place_phrase(sentence.tokens, head)
        self.mentions.append(_Mention(actor, (sentence.index, head), person, counted, place))
        self.named.add(actor.country)

    def _this_sentence(self, sentence: Sentence) -> Iterator[_Mention]:
        """The mentions remembered from ``sentence``, latest first: they are the last ones remembered, as
        sentences are read in order, so a long article is not scanned whole for each new mention."""
        for mention in reversed(self.mentions):
            if mention.position[0] != sentence.index:
                return
            yield mention

    def recall(self, sentence: Sentence, head: int, *, exclude: Actor | None = None) -> Actor | None:
        """Resolve a surname or pronoun at ``head`` from earlier mentions, or None."""
        token = sentence.tokens[head]
        word = token.text.lower()
        if token.pos == "PROPN":
            known = self.surnames.get(word)
            return replace(known, text=token.text) if known else None
        if token.pos != "PRON":
            return None
        here = (sentence.index, head)
        for mention in reversed(self.mentions):
            if mention.position >= here:
                continue
            if exclude is not None and mention.actor.code == exclude.code:
                continue
            if word in PERSON_PRONOUNS and mention.person:
                return replace(mention.actor, text=token.text)
            if word in GROUP_PRONOUNS and not mention.person:
                return replace(mention.actor, text=token.text)
            if word in THING_PRONOUNS and not mention.person:
                if sentence.index - mention.position[0] > THING_REACH:
                    return None
                if not mention.actor.country:  # "the union for teachers … it": past the bare sector
                    continue
                return replace(mention.actor, text=token.text)
        return None

    def recall_description(self, sentence: Sentence, head: int, actor: Actor | None) -> Actor | None:
        """A definite description that names no country refers back: "the minister" to the latest
        mention with the same role ("the Iraqi defence minister"), "the group" to the latest organised
        group ("Hamas"). None when nothing earlier fits."""
        token = sentence.tokens[head]
        if token.pos != "NOUN" or not any(c.dep == "det" and c.text.lower() == "the" for c in sentence.children(head)):
            return None
        here = (sentence.index, head)
        lemma = token.lemma.lower()
        named = self._named_by_head(sentence, head, here)
        if named is not None:  # "the European Union ... the union", "the Senate Budget Committee ... the committee"
            return replace(named, text=token.text)
        for mention in reversed(self.mentions):
            if mention.position >= here or not mention.actor.country or mention.actor.country.startswith("-"):
                continue
            other = mention.actor
            if actor is not None and actor.sectors and not actor.country:
                if actor.sectors[0] in other.sectors and (mention.person or not _is_person_noun(token)):
                    return replace(other, text=actor.text)
            elif actor is None and lemma in GROUP_DESCRIPTIONS:
                if not mention.person and (len(other.code) > 6 or set(other.sectors) & GROUP_SECTORS):
                    return replace(other, text=token.text)
            elif actor is None and lemma in STATE_DESCRIPTIONS and _named_state(mention):
                # "condemned actions by Rwanda in the eastern Congo and demanded the country withdraw":
                # the latest state named as an actor, not as a place
                return replace(other, text=token.text)
        return None

    def _named_by_head(self, sentence: Sentence, head: int, here: tuple[int, int]) -> Actor | None:
        """The latest body named with the bare description's noun as its name's head word: "the union" after
        "the Soviet Union" or "the National Union of Mineworkers", "the committee" after "the Senate Budget
        Committee". A description with words of its own ("the trade union") is no such reference."""
        if any(c.dep != "det" for c in sentence.children(head)):
            return None
        word = sentence.tokens[head].text.lower()
        for mention in reversed(self.mentions):
            if mention.position >= here or mention.person or not mention.actor.code:
                continue
            name = mention.actor.text.split(" of ")[0].split()
            if len(name) > 1 and name[-1][:1].isupper() and name[-1].lower() == word:
                return mention.actor
        return None

    def describes_group(self, sentence: Sentence, head: int, actor: Actor | None) -> bool:
        """Whether the noun at ``head`` is a definite description of a group ("the group", "the Islamic
        group") that names no country of its own."""
        token = sentence.tokens[head]
        if token.pos != "NOUN" or token.lemma.lower() not in GROUP_DESCRIPTIONS:
            return False
        if not any(c.dep == "det" and c.text.lower() == "the" for c in sentence.children(head)):
            return False
        return actor is None or len(actor.country) != 3 or actor.country.startswith(("INT", "IMG", "-"))

    def article_country(self) -> str:
        """The country the article is about as far as it has been read, else the one its text names most."""
        main = self.main_country()
        if main:
            return main[0]
        if self.named_country is None:
            self.named_country = self.find_named_country()
        return self.named_country

    def filed_only(self, country: str) -> bool:
        """Whether ``country`` is known only from the dateline: no mention read so far names it."""
        return bool(country) and country == self.filed and country not in self.named

    def main_country(self) -> tuple[str, int] | None:
        """The country the article is mostly about (international actors aside), with its number of
        mentions: the only one named, or one named at least twice and more often than any other."""
        counts = Counter(
            m.actor.country for m in self.mentions
            if m.counted and len(m.actor.country) == 3 and not is_non_national(m.actor.country, also=("-",))
        )  # fmt: skip
        # the dateline backs the country the story names most (or names alone), and never outweighs one
        # named more ("THE HAGUE - lawyers for Milosevic" are no Dutch lawyers)
        if self.filed and counts[self.filed] == max(counts.values(), default=0):
            counts[self.filed] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1])):
            return None
        return ranked[0]


UNKNOWN_COUNTRY = "---"
#: Roots of violence (assault, fight, mass violence), and the sectors of irregulars who do it.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ATTACKER_SECTORS = frozenset({"REB", "UAF", "INS", "RAD", "CRM", "SEP"})
#: The sector of news media, whose country is not the story's ("told Reuters").
NEWS_SECTOR = "MED"


def fill_country(
    actor: Actor,
    others: list[Actor],
    partners: list[Actor],
    *,
    default: tuple[str, int] | None = None,
    scene: str = "",
    speakers: list[Actor] | None = None,
    act: str = "",
) -> Actor:
    """Give a sector-only actor ("three teens": CVL) the country of another actor in the sentence, else
    the article's main country (``default``: country and mentions). The countries of the actor's partners
    in the event are not taken from the sentence ("three teens abducted by Hamas" are not Palestinian),
    and a country named only once is not given to a partner of that country ("the government thanked
    China"). A partner that took its country from the article itself (it names none: "the government
    accused the rebels" in a story about Sri Lanka) blocks nothing: both are the article's. A partner in
    the same state's politics gives its country first ("the opposition" against KENGOV: KENOPP).

    Next comes the country where the act happens (``scene``: "soldiers and guerrillas died in a battle in
    El Salvador"), unless a partner names it, then the article's.

    When none offers one, the code starts with ``---`` (country unknown, as in PETRARCH).

    ``speakers`` are the partners who only tell of the act: one that names the actor's own role is the
    body speaking for it ("the Israeli army said troops shot …": ISRMIL), unlike a partner acted on.
    ``act`` is the CAMEO code of the act, when known: in a deal a firm and a government lend no country
    (see :func:`~eventscribe.events.domestic_pairs.domestic_pair`)."""
    if actor.country or actor.code.startswith(UNKNOWN_COUNTRY):
        return actor
    told = speakers or []
    named = _same_body(actor, [*others, *told], [p for p in partners if p not in told])
    if named is not None:  # "Israeli forces blocked roads …, and troops tore down houses": Israeli troops
        return replace(actor, code=named.country + "".join(actor.sectors), country=named.country, name=named.name)
    # a partner that names only its role is the body named with that role ("troops" after "Israeli forces")
    partners = [p if p.country else _same_body(p, others, []) or p for p in partners]
    filled = from_compatriot(actor, partners, default, act=act)
    if filled is not None:
        return filled
    home = _government_home(actor, partners, scene, act)
    if home:  # "government warplanes pounded rebel-held towns in northern Ivory Coast": the state's own forces
        return replace(actor, code=home + "".join(actor.sectors), country=home)
    if scene and act[:2] in VIOLENT_ROOTS and set(actor.sectors) & ATTACKER_SECTORS:
        # "a suicide attacker detonated a car bomb near a US-Iraqi checkpoint, wounding four US soldiers in
        # Samarra": irregulars are of where they strike, not of whom they strike there
        return replace(actor, code=scene + "".join(actor.sectors), country=scene)
    # a partner that took the scene's country names none of its own (both fought in El Salvador)
    taken = {p.country for p in partners if not _filled_from_article(p, default) and (p.name or p.country != scene)}
    # the country named once more, as a country, beside the partner ("Brazil's crisis deepens as governors
    # call for the removal of Finance Minister Funaro"): not the partner's alone
    taken -= {o.country for o in others if o not in partners and o.code == o.country and not o.sectors}
    filled = _from_sentence(actor, others, taken)
    if filled is not None:
        return filled
    return _from_place(actor, taken, scene, default)


def _government_home(actor: Actor, partners: list[Actor], scene: str, act: str) -> str:
    """The country of a state's forces named as the government's ("government troops", "government
    warplanes"; not "pro-government militias", who serve it without being it) in violence: where it
    happens, or the one place it strikes ("pounded rebel-held towns in northern Ivory Coast"); "" else."""
    if act[:2] not in VIOLENT_ROOTS or "government" not in actor.text.lower().split():
        return ""
    if not set(actor.sectors) & {"MIL", "COP"}:
        return ""
    # a region or town of the state, not the state named whole ("shelled Israel" is no Israeli act)
    places = {
        p.country for p in partners
        if p.country and p.code == p.country and is_national(p.country) and p.text.lower() != p.name.lower()
    }  # fmt: skip
    return scene or (next(iter(places)) if len(places) == 1 else "")


def _from_sentence(actor: Actor, others: list[Actor], taken: set[str]) -> Actor | None:
    """The country of the first other national actor of the sentence that is not a partner's country
    (``taken``) and not a named group's ("PSEREBHMS" says little about bystanders), nor a news medium's
    ("a government source told Reuters": the story is not British); None if none."""
    for other in others:
        if not other.country or is_non_national(other.country) or NEWS_SECTOR in other.sectors:
            continue
        if len(other.code) > 6 or other.country in taken:
            continue
        code = other.country + "".join(actor.sectors)
        return replace(actor, code=code, country=other.country, name=other.name)
    return None


def _from_place(actor: Actor, taken: set[str], scene: str, default: tuple[str, int] | None) -> Actor:
    """The country where the act happens, else the article's main country, else ``---`` (unknown)."""
    if scene and scene not in taken:
        return replace(actor, code=scene + actor.code, country=scene)  # "Shi'ite" there: IRQMUS
    if default is not None:
        country, mentions = default
        if mentions > 1 or country not in taken:
            return replace(actor, code=country + "".join(actor.sectors), country=country)
    return replace(actor, code=UNKNOWN_COUNTRY + actor.code)


def _same_body(actor: Actor, others: list[Actor], partners: list[Actor]) -> Actor | None:
    """The one actor of the clauses around a sector-only actor that names the same role with a country
    ("Israeli forces" for "troops", "Kenyan police" for "police"): a role named again without its
    country is the body just named, not a partner in the event."""
    if not actor.sectors:
        return None
    bodies = [
        o for o in others
        if o.sectors[:1] == actor.sectors[:1] and len(o.country) == 3 and o.country.isalpha()
        and len(o.code) <= 6 and not is_non_national(o.country)
        and o not in partners
    ]  # fmt: skip
    return bodies[0] if len({o.country for o in bodies}) == 1 else None


def _filled_from_article(partner: Actor, default: tuple[str, int] | None) -> bool:
    """Whether a partner names no country of its own and carries the article's main country: a role
    alone ("the rebels") that :func:`fill_country` gave the article's country keeps no name."""
    return default is not None and partner.country == default[0] and not partner.name


#: Verbs of setting out for a place (the trips of :data:`~eventscribe.events.reality.TRIP_VERBS`, less
#: a return home and the copula), and envoys sent to one: the place is where they go, not whose they are
#: ("Economy Minister Mustapha, who leaves for Moscow", "Egypt's ambassador to Moscow").
OUTWARD_VERBS = TRIP_VERBS - {"return", "be"}
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "emissary"})


def _destination(sentence: Sentence, head: int) -> bool:
    """Whether the mention at ``head`` is where someone sets out for or is sent to, which does not make
    the article that country's."""
    token = sentence.tokens[head]
    if token.dep != "pobj" or token.head == head:
        return False
    prep = sentence.tokens[token.head]
    if prep.text.lower() not in ("to", "for") or prep.head == prep.i:
        return False
    governor = sentence.tokens[prep.head].lemma.lower()
    return governor in OUTWARD_VERBS or governor in ENVOY_NOUNS


def _one_phrase(sentence: Sentence, mention: _Mention, head: int, actor: Actor) -> bool:
    """Whether an earlier mention of the same sentence and country is the phrase that ``head`` sits in,
    or sits in the phrase of ``head`` ("the body [of a Palestinian schoolgirl]"): a country named once
    is counted once when the article's main country is weighed."""
    index, other = mention.position
    if index != sentence.index or mention.actor.country != actor.country:
        return False
    return _below(sentence, head, other) or _below(sentence, other, head)


def _below(sentence: Sentence, i: int, top: int) -> bool:
    """Whether token ``i`` depends, directly or not, on token ``top``."""
    tokens = sentence.tokens
    seen: set[int] = set()
    while tokens[i].head != i and i not in seen:
        seen.add(i)
        i = tokens[i].head
        if i == top:
            return True
    return False


def is_person_mention(sentence: Sentence, head: int) -> bool:
    """Whether the mention at ``head`` names a person: a person's name, or a singular noun for one."""
    token = sentence.tokens[head]
    return token.ent_type == "PERSON" or _has_person_name(sentence, head) or _is_person_noun(token)


def _is_person_noun(token: Token) -> bool:
    """A singular common noun for a person ("leader", "minister", "spokesman")."""
    lemma = token.lemma.lower()
    # "-ment" names an institution or an act, not a person ("government", "parliament", "movement")
    if lemma.endswith("ment") or lemma in INSTITUTION_NOUNS:
        return False
    return token.pos == "NOUN" and token.tag == "NN" and lemma.endswith(PERSON_NOUN_ENDINGS)


def _has_person_name(sentence: Sentence, head: int) -> bool:
    return any(t.head == head and t.ent_type == "PERSON" for t in sentence.tokens)
