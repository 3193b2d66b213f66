"""The actor mentions of one sentence, each resolved once: :func:`resolve_mentions` maps every noun head
(and every name inside a mention that is no actor) to an :class:`Argument`, refers descriptions back to
the groups named before them, places sector-only actors ("police in Nairobi") and remembers the mentions
for later sentences. :class:`~eventscribe.events.arguments.SentenceActors` picks sources and targets
from what it finds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from eventscribe.actors import ActorResolver
from eventscribe.actors.armed_opposition import as_armed_opposition
from eventscribe.actors.codes import is_national
from eventscribe.events.company_offices import as_company_officers
from eventscribe.events.context import STATE_DESCRIPTIONS, ArticleContext
from eventscribe.events.datelines import filed_country
from eventscribe.events.loyalties import with_patron_country
from eventscribe.events.mention_phrases import in_place_phrase, is_gloss, named_group, phrase_head
from eventscribe.events.owners import with_owner_country
from eventscribe.events.role_words import is_country_place, names_no_party
from eventscribe.events.suspected_members import as_suspected_members
from eventscribe.model import Actor, Sentence, Token
from eventscribe.places import Gazetteer
from eventscribe.places.gazetteer import normalise_name
from eventscribe.tickers import ticker_tokens

__all__ = ["Argument", "resolve_mentions"]


@dataclass(frozen=True, slots=True)
class Argument:
    """An actor found at token ``head``; ``recalled`` when it came from an earlier mention."""

    actor: Actor
    head: int
    recalled: bool = False
    #: Another person with the source's own code ("Blair urged London mayor Ken Livingstone"): a target
    #: even so, where an actor's code alone would make it the source again.
    peer: bool = False


#: Roles in which a nationality word the tagger took for an adjective is a person ("killed a Palestinian").
DEMONYM_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def _demonym_noun(token: Token) -> bool:
    """A nationality word tagged as an adjective but used as a noun ("shot and killed a Palestinian as he
    approached"): an argument of its own, not a modifier."""
    return token.pos == "ADJ" and token.ent_type == "NORP" and token.dep in DEMONYM_NOUN_DEPS


def resolve_mentions(
    resolver: ActorResolver,
    sentence: Sentence,
    date: dt.date | None,
    context: ArticleContext,
    skip: frozenset[int],
) -> dict[int, Argument]:
    """Resolve every noun head of the sentence once, and remember the mentions for later sentences."""
    found: dict[int, Argument] = {}
    if skip and sentence.index == 0:  # the dateline ("BAGHDAD, Iraq -") tells where the story was filed
        context.filed = filed_country(sentence, skip)
    skip = skip | ticker_tokens(sentence)  # "Union Carbide Corp <UK>": the ticker names no party
    nouns = [t for t in sentence.tokens if (t.pos in ("PROPN", "NOUN", "PRON") or _demonym_noun(t)) and t.i not in skip]
    # A noun the parser made a modifier ("the Islamic Jihad militant commander") is read after its head,
    # and only where the head's mention does not take it in.
    heads = [t for t in nouns if t.dep not in ("compound", "flat") and not (t.dep == "amod" and t.pos == "NOUN")]
    # A name inside a mention that is not an actor ("the Hamas terrorist infrastructure") counts alone.
    modifiers = [t for t in nouns if t.dep in ("compound", "flat") or (t.dep == "amod" and t.pos == "NOUN")]
    modifiers += [t for t in sentence.tokens if t.dep == "amod" and t.ent_type in ("NORP", "GPE") and t.i not in skip]
    # Nearest modifier first, so that "Islamic State" is read before "Islamic" alone.
    modifiers.sort(key=lambda t: -t.i)
    article = context.article_country  # asked only by a mention that needs it
    for token in heads + modifiers:
        if token.dep in ("compound", "flat", "amod") and phrase_head(sentence, token.i) in found:
            continue
        if token.dep == "appos" and token.head in found and is_gloss(sentence, token.i):
            continue  # "the Nigerian Union of Teachers (NUT)": the acronym restates its head's name
        actor = resolver.resolve_span(sentence, token.i, date=date, exclude=skip, article=article)
        recalled = False
        if actor is None and token.pos == "PROPN":
            actor = context.recall(sentence, token.i)
            recalled = actor is not None
        if token.pos == "NOUN" and (actor is None or not actor.country):
            described = context.recall_description(sentence, token.i, actor)  # "the minister", "the group"
            if described is not None:
                actor, recalled = described, True
        if actor is not None and not names_no_party(
            sentence, token.i, actor, names_its_country=_is_country(resolver, token)
        ):
            found[token.i] = Argument(actor, token.i, recalled)
    _refer_back_in_sentence(sentence, context, found)
    with_owner_country(sentence, found, context)  # "his government", "the country's army"
    with_patron_country(sentence, found)  # "guerrillas loyal to Palestinian leader Yasser Arafat"
    as_company_officers(sentence, found)  # "Acme Inc said its president resigned": BUS, not GOV
    as_suspected_members(sentence, found)  # "20 people suspected of being members of Eta": ESPREB
    for head, arg in list(found.items()):
        if not arg.actor.country:
            arg = _located(sentence, arg, found)
        found[head] = replace(arg, actor=as_armed_opposition(arg.actor))
    for arg in found.values():
        if not arg.recalled and not _inside_mention(sentence, arg, found):
            context.remember(sentence, arg.head, arg.actor)
    return found


def _inside_mention(sentence: Sentence, arg: Argument, found: dict[int, Argument]) -> bool:
    """Whether ``arg`` modifies a mention of the same country ("U.S." in "a U.S. military adviser"):
    the article names that country once there, not twice."""
    parent = found.get(sentence.tokens[arg.head].head)
    return parent is not None and parent.head != arg.head and parent.actor.country == arg.actor.country


def _refer_back_in_sentence(sentence: Sentence, context: ArticleContext, found: dict[int, Argument]) -> None:
    """A description of a group ("the Islamic group") after a named group in the same sentence ("two
    Hamas militants") refers to the nearest such group before it, rather than to an earlier sentence's."""
    for token in sentence.tokens:
        here = found.get(token.i)
        if not context.describes_group(sentence, token.i, None if here is None or here.recalled else here.actor):
            continue
        named = [a for i, a in sorted(found.items()) if i < token.i and named_group(a.actor)]
        named = _same_noun_before(sentence, token, found) or named
        if named:
            found[token.i] = Argument(replace(named[-1].actor, text=token.text), token.i, True)
    for token in sentence.tokens:
        if not _describes_firm(sentence, token, found.get(token.i)):
            continue
        # "prosecute U.S.-based Newmont Mining …, accusing the company of …": the firm named before it
        firms = [a for i, a in sorted(found.items()) if i < token.i and not a.recalled and _named_firm(a)]
        if firms:
            found[token.i] = Argument(replace(firms[-1].actor, text=token.text), token.i, True)
    for token in sentence.tokens:
        if token.i in found or not _describes_state(sentence, token):
            continue
        # "condemned actions by Rwanda in the eastern Congo and demanded the country withdraw": the
        # nearest state before it named as an actor, not as a place
        states = [a for i, a in sorted(found.items()) if i < token.i and _state_as_actor(sentence, found, i)]
        if states:
            found[token.i] = Argument(replace(states[-1].actor, text=token.text), token.i, True)


#: Roles in which a state named is an actor of its clause, or the owner of a thing ("Brazil's economy …
#: urged the country"), not a modifier ("US-led forces").
STATE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "poss"})


def _state_as_actor(sentence: Sentence, found: dict[int, Argument], i: int) -> bool:
    """Whether the mention at ``i`` names a state as a party: a bare country code, an argument of its
    clause, not a place ("in the eastern Congo") and not the last word of another name ("Republic of Congo")."""
    token = sentence.tokens[i]
    if not is_country_place(found[i].actor):
        return False
    if token.dep not in STATE_ARGUMENT_DEPS or in_place_phrase(sentence.tokens, i):
        return False
    of = sentence.tokens[token.head]
    return not (token.dep == "pobj" and of.text.lower() == "of" and of.head in found)


#: Nouns with which "the company" refers back to the latest firm named in its sentence.
FIRM_DESCRIPTIONS = frozenset({"bank", "carrier", "company", "concern", "corporation", "firm", "lender"})


def _describes_firm(sentence: Sentence, token: Token, here: Argument | None) -> bool:
    """ "the company" or "the firm": a definite description of a firm that names no country of its own."""
    if token.pos != "NOUN" or token.lemma.lower() not in FIRM_DESCRIPTIONS:
        return False
    if here is not None and (here.recalled or (len(here.actor.country) == 3 and here.actor.country.isalpha())):
        return False
    return _definite(sentence, token) and not any(
        c.dep in ("amod", "compound", "poss") for c in sentence.children(token.i)
    )


def _definite(sentence: Sentence, token: Token) -> bool:
    """Whether the noun ``token`` has the article "the"."""
    return any(c.dep == "det" and c.text.lower() == "the" for c in sentence.children(token.i))


def _named_firm(arg: Argument) -> bool:
    """A firm named as such: a business with a country and a name of its own (longer than a role)."""
    return "BUS" in arg.actor.sectors and len(arg.actor.country) == 3 and arg.actor.name != ""


def _describes_state(sentence: Sentence, token: Token) -> bool:
    """ "the country" or "the nation" as an argument (not "the country's army", whose owner is read apart)."""
    if token.pos != "NOUN" or token.lemma.lower() not in STATE_DESCRIPTIONS or token.dep == "poss":
        return False
    return _definite(sentence, token)


def _same_noun_before(sentence: Sentence, token: Token, found: dict[int, Argument]) -> list[Argument]:
    """The group that "the group" repeats: an earlier mention with the same head noun and a country of
    its own ("An Iraqi group linked to al-Qaeda killed …, the group said": the Iraqi group, not the
    al-Qaeda named inside its modifier)."""
    lemma = token.lemma.lower()
    same = [
        a for i, a in sorted(found.items())
        if i < token.i and sentence.tokens[i].lemma.lower() == lemma and not a.recalled
        and len(a.actor.country) == 3 and a.actor.country.isalpha()
    ]  # fmt: skip
    return same[-1:]


def _located(sentence: Sentence, arg: Argument, found: dict[int, Argument]) -> Argument:
    """A sector-only actor placed in a country takes it: "police in Nairobi" are Kenyan police."""
    for prep in sentence.children(arg.head):
        if prep.dep != "prep" or prep.text.lower() not in ("in", "from"):
            continue
        for pobj in sentence.children(prep.i):
            place = found.get(pobj.i)
            if place is None:
                continue
            country = place.actor.country
            if is_national(country):
                code = country + "".join(arg.actor.sectors)
                return replace(arg, actor=replace(arg.actor, code=code, country=country, name=place.actor.name))
    return arg


def _is_country(resolver: ActorResolver, token: Token) -> bool:
    """Whether a word names a country as such ("Peru", "Britain"), not a town or capital of it ("Kyoto",
    "Oslo"): the gazetteer's entry for it is the country's own, under the country's name."""
    place = Gazetteer.load().lookup(token.text)
    country = resolver.kb.countries.get(place.country) if place is not None else None
    return country is not None and place is not None and normalise_name(place.name) == normalise_name(country.name)
