"""Words of a mention that change what it codes: a country's air power and armour are its military
("Israeli air strikes": ISRMIL), a counterpart holds the office of the peer beside it ("his Palestinian
counterpart": PSEGOV), a border names the edge of a country, not a place inside it, and a place in the
name of a treaty or a law ("the Kyoto Protocol", "the Oslo accords") names no party to anything, nor
does the former ruler of a colony ("the former Portuguese colony" is Guinea-Bissau, not Portugal) or the
country of a currency ("the U.S. dollar")."""

from __future__ import annotations

from dataclasses import replace

from eventscribe.actors.codes import is_non_national
from eventscribe.actors.currencies import ON_LINKS, is_currency, on_a_currency
from eventscribe.events.grammar import GRAMMAR
from eventscribe.model import Actor, Sentence, Token

__all__ = [
    "armed_forces",
    "is_country_place",
    "names_a_border",
    "names_a_currency",
    "names_a_document",
    "names_a_former_ruler",
    "names_no_party",
    "names_a_person",
    "peer_office",
]

#: Nouns of a peer in another country holding the same kind of office ("his Spanish counterpart").
PEER_NOUNS = GRAMMAR.peer_nouns
#: What only a state's armed forces field: air power, armour and warships. Used by a country ("Israeli
#: air strikes killed …", "Turkish tanks shelled …"), they are its military (MIL); rockets, bombs and
#: mortars are not here, as rebels fire them too, nor "fighters" and "bombers", who may be people.
STATE_FORCE_NOUNS = (GRAMMAR.aircraft_nouns - {"plane"}) | frozenset(
    {"airstrike", "gunboat", "navy", "tank", "warship", "destroyer", "frigate", "submarine"}
)  # "plane" is left out: "an Israeli plane" may be an airliner
#: Modifiers of a "tank" that is no armour ("a think tank", "a fuel tank").
NOT_ARMOUR = frozenset({"think", "fuel", "water", "oil", "gas", "storage", "septic", "fish"})
#: Modifiers that make a "strike" or "raid" one from the air ("air strikes", "air raids").
AIR_MODIFIERS = frozenset({"air", "aerial", "drone"})
#: Nouns of a frontier: "the Afghan border" is where Afghanistan ends, not a place inside it.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})
#: Nouns of a written agreement or law, named after where it was made ("the Kyoto Protocol", "the Oslo
#: accords", "the Geneva Conventions", "the Dayton agreement"): the place is no party to it. "deal" is left
#: out, as "the Iran deal" names a party.
DOCUMENT_NOUNS = frozenset(
    {"accord", "agreement", "charter", "convention", "declaration", "pact", "protocol", "treaty"}
)
#: Nouns of a land ruled from abroad: the nationality beside them names its (former) ruler, and the
#: phrase describes the land itself ("the former French colony", "a British protectorate").
COLONY_NOUNS = frozenset({"colony", "protectorate", "dominion"})
#: Words before a hyphen that count the sides of a modifier ("six-party", "multi-party", "cross-party").
COUNT_PREFIXES = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "single", "multi", "cross", "all",
     "inter", "bi", "tri", "many"}
)  # fmt: skip


def peer_office(sentence: Sentence, head: int, actor: Actor, peer: Actor) -> Actor:
    """A counterpart named by nationality alone holds the source's office ("Israel's prime minister met
    his Palestinian counterpart": PSEGOV, not the country PSE)."""
    token = sentence.tokens[head]
    noun = sentence.tokens[token.head] if token.dep in ("amod", "compound", "nmod") else token
    if noun.lemma.lower() not in PEER_NOUNS or actor.sectors or not peer.sectors or not is_country_place(actor):
        return actor
    return replace(actor, code=actor.country + "".join(peer.sectors), sectors=peer.sectors)


def names_a_person(sentence: Sentence, head: int) -> bool:
    """Whether the mention at ``head`` names a person ("Moshe Katsav", "President Katsav")."""
    return sentence.tokens[head].ent_type == "PERSON" or any(
        t.ent_type == "PERSON" for t in sentence.children(head) if t.dep in ("compound", "flat", "appos")
    )


def armed_forces(sentence: Sentence, head: int, actor: Actor) -> Actor:
    """A bare country whose state forces are the subject ("Israeli air strikes", "Turkish tanks") acts
    through its military: ISRMIL, TURMIL. A named group or a body keeps its code ("Hamas rockets")."""
    if not is_country_place(actor) or not _is_state_force(sentence, head):
        return actor
    return replace(actor, code=actor.country + "MIL", sectors=("MIL",))


def _is_state_force(sentence: Sentence, head: int) -> bool:
    token = sentence.tokens[head]
    lemma = token.lemma.lower()
    if token.pos != "NOUN":
        return False
    if lemma in STATE_FORCE_NOUNS:
        return not (lemma == "tank" and any(c.lemma.lower() in NOT_ARMOUR for c in sentence.children(head)))
    return lemma in ("strike", "raid") and any(
        c.dep in ("compound", "amod") and c.lemma.lower() in AIR_MODIFIERS for c in sentence.children(head)
    )


def names_a_border(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether token ``i`` names a border ("near the Afghan border", "on the Syrian frontier", "the
    border with Iraq"): the act happens at the country's edge, most often on the other side of it."""
    token = tokens[i]
    if token.lemma.lower() in BORDER_NOUNS:
        return True
    above = tokens[token.head]
    if token.dep in ("amod", "compound", "nmod", "poss"):
        return above.lemma.lower() in BORDER_NOUNS
    return token.dep == "pobj" and above.dep == "prep" and tokens[above.head].lemma.lower() in BORDER_NOUNS


def is_country_place(actor: Actor) -> bool:
    """Whether an actor is a bare country or place of one ("El Salvador": SLV), not a body."""
    return len(actor.code) == 3 and actor.code == actor.country and not is_non_national(actor.country)


def names_a_document(sentence: Sentence, i: int, actor: Actor, *, names_its_country: bool = False) -> bool:
    """Whether the mention at token ``i`` is a place inside the proper name of a treaty or law: spaCy's LAW
    entity ("the Kyoto Protocol"), or a proper noun before a noun of an agreement ("the Oslo accords").
    An organisation's code is kept ("the UN Charter"), and so is a nationality adjective, which names a
    party ("the Iranian nuclear agreement": dependency ``amod``, not a compound of names), and so is a
    country named as such (``names_its_country``), which is a party too ("the Peru border treaty"); only
    a town or region names where a treaty was made."""
    if names_its_country or is_non_national(actor.country) or actor.text.lower().startswith(("u.n.", "un ")):
        return False
    token = sentence.tokens[i]
    if token.ent_type == "LAW":
        return True
    head = token
    while head.dep in ("compound", "flat") and head.head != head.i:
        head = sentence.tokens[head.head]
    if head.lemma.lower() not in DOCUMENT_NOUNS:
        return False
    names = [token] if token is not head else [c for c in sentence.children(head.i) if c.dep in ("compound", "flat")]
    return bool(names) and all(t.pos == "PROPN" for t in names)


def names_a_former_ruler(sentence: Sentence, i: int) -> bool:
    """Whether token ``i`` is the nationality of the ruler in a colony's description ("the former
    Portuguese colony", "a British protectorate"): the phrase names the land, not the ruler."""
    token = sentence.tokens[i]
    if token.dep not in ("amod", "compound") or token.head == token.i:
        return False
    return sentence.tokens[token.head].lemma.lower() in COLONY_NOUNS


def names_a_count(sentence: Sentence, i: int) -> bool:
    """Whether token ``i`` is a role word counted in a hyphenated modifier ("the six-party talks", "a
    one-party state", "multi-party elections", "a cross-party group"): the phrase says how many sides
    there are, and names none of them."""
    tokens = sentence.tokens
    if i < 2 or tokens[i].dep not in ("compound", "amod", "nmod") or tokens[i - 1].text != "-":
        return False
    before = tokens[i - 2]
    return before.pos == "NUM" or before.text.lower() in COUNT_PREFIXES


def names_a_currency(sentence: Sentence, i: int, actor: Actor) -> bool:
    """Whether the mention at token ``i`` names money, not a party: a currency ("the U.S. dollar"), the
    country on one ("Japanese" in "the Japanese yen"), or a thing a country's currency measures, the
    country named only on the currency ("a one billion U.S. dollar investment")."""
    token = sentence.tokens[i]
    if is_currency(token) or on_a_currency(token, sentence.tokens[token.head]):
        return True
    return is_country_place(actor) and any(c.dep in ON_LINKS and is_currency(c) for c in sentence.children(i))


def names_no_party(sentence: Sentence, i: int, actor: Actor, *, names_its_country: bool = False) -> bool:
    """Whether the mention at ``i`` names no party though it resolves: a place in a treaty's name, the
    ruler in a colony's description, a count of sides ("six-party talks"), or money ("the U.S. dollar").
    ``names_its_country``: the mention is a name of the country itself."""
    return (
        names_a_document(sentence, i, actor, names_its_country=names_its_country)
        or names_a_former_ruler(sentence, i)
        or names_a_count(sentence, i)
        or names_a_currency(sentence, i, actor)
    )
